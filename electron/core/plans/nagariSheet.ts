import { formatNumber, formatRupiah } from '../../../shared/domain/format';
import { parseWholeNumber } from '../../../shared/domain/numbers';
import type { RegionRow } from '../db/queries/regions';
import { invalidInput } from '../errors';
import { guessFrom } from '../importer/headers';
import { RegionMatcher } from '../regions/matcher';
import { readSpreadsheet, type Cell } from '../spreadsheet/read';
import { isColumnNumberRow, isTotalRow } from '../spreadsheet/rows';

/**
 * Each nagari's own amount for an APB Nagari line, read from a sheet the nagari or the finance office
 * sent: a header naming the nagari column and the amount column (title rows above it are skipped),
 * any writing of Rupiah ("Rp 12.000.000,-"). Rows that cannot be taken are listed with the reason;
 * the rest are returned for the officer to check before they go into the scenario.
 */

type Column = 'village' | 'code' | 'district' | 'budget' | 'rowNumber';
const VOCABULARY: Record<Column, string[]> = {
  village: ['nagari', 'desa', 'kelurahan', 'nama nagari', 'nama desa', 'desa kelurahan', 'nagari desa', 'gampong'],
  code: ['kode', 'kode nagari', 'kode desa', 'kode wilayah', 'kode kemendagri'],
  district: ['kecamatan', 'kec', 'nama kecamatan'],
  budget: ['anggaran', 'jumlah anggaran', 'pagu', 'pagu anggaran', 'alokasi', 'nilai', 'jumlah', 'rp', 'anggaran rp', 'jumlah rp', 'dana', 'apb nagari', 'apbdes', 'iuran'],
  rowNumber: ['no', 'no urut', 'nomor'],
};
const MAX_ROWS = 5_000;

export interface NagariAmounts {
  entries: { code: string; name: string; districtName: string; budget: number; row: number }[];
  rejected: { row: number; message: string }[];
  notes: string[];
}

const text = (cell: Cell | undefined): string =>
  cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).replace(/\s+/g, ' ').trim();

/** "Rp 12.000.000,-", "12.000.000,00", 12000000 -> 12000000; null when empty, NaN when not a whole Rupiah amount. */
export function readRupiah(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : Number.NaN;
  const raw = text(cell)
    .replace(/^rp\.?\s*/i, '')
    .replace(/,-$|\.-$/, '')
    .replace(/\s+/g, '');
  return parseWholeNumber(raw);
}

export async function readNagariSheet(
  file: string,
  displayName: string,
  regions: { villages: readonly RegionRow[]; districts: readonly RegionRow[]; villageLabel: string },
): Promise<NagariAmounts> {
  const rows: { row: number; cells: Cell[] }[] = [];
  let sheets = 0;
  await readSpreadsheet(file, {
    displayName,
    onSheet: () => sheets++,
    onRow: (row, cells) => {
      if (sheets > 1 || !cells.some((c) => text(c) !== '')) return;
      if (rows.length >= MAX_ROWS) throw invalidInput(`Berkas "${displayName}" terlalu panjang untuk daftar anggaran per ${regions.villageLabel.toLowerCase()}.`);
      rows.push({ row, cells });
    },
  });
  const label = regions.villageLabel;

  // The header: the row among the first 20 naming a nagari (or code) column and an amount column.
  let header: { index: number; columns: Map<Column, number> } | null = null;
  for (let i = 0; i < Math.min(rows.length, 20) && !header; i++) {
    const columns = new Map<Column, number>();
    const confidence = new Map<Column, number>();
    rows[i]!.cells.forEach((cell, c) => {
      const guess = guessFrom(text(cell), VOCABULARY, null);
      if (guess && guess.confidence >= 0.75 && guess.confidence > (confidence.get(guess.field) ?? 0)) {
        columns.set(guess.field, c);
        confidence.set(guess.field, guess.confidence);
      }
    });
    if ((columns.has('village') || columns.has('code')) && columns.has('budget')) header = { index: i, columns };
  }
  if (!header) {
    throw invalidInput(
      `Berkas "${displayName}" tidak berisi daftar anggaran per ${label.toLowerCase()}: perlu kolom nama (atau kode) ${label.toLowerCase()} dan kolom anggaran (Rupiah).`,
    );
  }

  const districtName = new Map(regions.districts.map((d) => [d.code, d.name]));
  const matcher = new RegionMatcher(regions.villages.map((v) => ({ code: v.code, name: v.name })));
  const parentOf = new Map(regions.villages.map((v) => [v.code, v.parent_code]));
  const districtMatcher = new RegionMatcher(regions.districts.map((d) => ({ code: d.code, name: d.name })));
  const col = header.columns;
  const result: NagariAmounts = { entries: [], rejected: [], notes: [] };
  const seen = new Map<string, number>();

  for (const { row, cells } of rows.slice(header.index + 1)) {
    if (isColumnNumberRow(cells) || isTotalRow(cells)) continue;
    const name = text(cells[col.get('village') ?? -1]);
    const code = text(cells[col.get('code') ?? -1]);
    const amountCell = cells[col.get('budget')!];
    if (!name && !code) {
      if (text(amountCell)) result.rejected.push({ row, message: `Baris ${row}: nama ${label.toLowerCase()} kosong.` });
      continue;
    }
    const given = code || name;
    // A kecamatan column, when there is one, settles names two kecamatan share.
    const districtText = text(cells[col.get('district') ?? -1]);
    const district = districtText ? districtMatcher.match(districtText) : null;
    let match = matcher.match(given);
    if (match.kind === 'ambiguous' && district && (district.kind === 'exact' || district.kind === 'loose')) {
      const within = match.candidates.filter((c) => parentOf.get(c.code) === district.region.code);
      if (within.length === 1) match = { kind: 'exact', region: within[0]! };
    }
    if (match.kind === 'unknown') {
      const hint = match.suggestions.length > 0 ? ` Maksud Anda ${match.suggestions.map((s) => s.name).join(' atau ')}?` : '';
      result.rejected.push({ row, message: `Baris ${row}: ${label.toLowerCase()} "${given}" tidak dikenal.${hint}` });
      continue;
    }
    if (match.kind === 'ambiguous') {
      const names = match.candidates.map((c) => `${c.name} (Kec. ${districtName.get(parentOf.get(c.code) ?? '') ?? '?'})`);
      result.rejected.push({ row, message: `Baris ${row}: "${given}" bisa berarti ${names.join(' atau ')}; tambahkan kolom kecamatan atau kodenya.` });
      continue;
    }
    const budget = readRupiah(amountCell);
    if (budget === null) {
      result.rejected.push({ row, message: `Baris ${row}: anggaran ${match.region.name} kosong.` });
      continue;
    }
    if (Number.isNaN(budget)) {
      result.rejected.push({ row, message: `Baris ${row}: "${text(amountCell)}" bukan jumlah Rupiah (tulis misalnya 12.000.000).` });
      continue;
    }
    if (budget < 0) {
      result.rejected.push({ row, message: `Baris ${row}: anggaran ${match.region.name} tidak boleh negatif.` });
      continue;
    }
    const earlier = seen.get(match.region.code);
    if (earlier !== undefined) {
      result.rejected.push({ row, message: `Baris ${row}: ${label} ${match.region.name} sudah ada di baris ${earlier}.` });
      continue;
    }
    seen.set(match.region.code, row);
    if (match.kind === 'loose') result.notes.push(`Baris ${row}: "${given}" dibaca sebagai ${label} ${match.region.name}.`);
    result.entries.push({
      code: match.region.code,
      name: match.region.name,
      districtName: districtName.get(parentOf.get(match.region.code) ?? '') ?? '',
      budget,
      row,
    });
  }
  if (result.entries.length === 0 && result.rejected.length === 0) {
    throw invalidInput(`Berkas "${displayName}" tidak berisi satu pun baris anggaran per ${label.toLowerCase()}.`);
  }
  if (result.entries.length > 0) {
    const total = result.entries.reduce((n, e) => n + e.budget, 0);
    result.notes.unshift(`${formatNumber(result.entries.length)} ${label.toLowerCase()} terbaca, jumlah anggaran ${formatRupiah(total)}.`);
  }
  return result;
}
