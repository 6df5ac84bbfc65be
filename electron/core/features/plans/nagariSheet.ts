import { formatNumber, formatRupiah } from '../../../../shared/domain/format';
import type { RegionRow } from '../../platform/db/queries/regions';
import { invalidInput } from '../../platform/errors';
import { cellText, MAGNITUDES, readRupiah } from '../../platform/lists/values';
import { isTotalsRow } from '../../platform/lists/notes';
import { readListSheets } from '../../platform/lists/readSheets';
import { columnsOf, detectTable, type Vocabulary } from '../../platform/lists/table';
import { RegionMatcher } from '../regions/matcher';
import { describeSkipped, isBlankRow, isColumnNumberRow, sameCells, tableRows } from '../../platform/lists/rows';

/**
 * Each nagari's own amount for an APB Nagari line, read from a sheet the nagari or the finance office
 * sent, through the list readers every feature shares (header detection under title rows, totals and
 * signature rows skipped, any writing of Rupiah: "Rp 12.000.000,-", "12 jt"). Rows that cannot be
 * taken are listed with the reason; the rest are returned for the officer to check before they go into
 * the scenario.
 */

export type NagariSheetColumn = 'village' | 'code' | 'district' | 'budget' | 'rowNumber';
export const NAGARI_SHEET_VOCABULARY: Vocabulary<NagariSheetColumn> = {
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

export async function readNagariSheet(
  file: string,
  displayName: string,
  regions: { villages: readonly RegionRow[]; districts: readonly RegionRow[]; villageLabel: string },
): Promise<NagariAmounts> {
  const label = regions.villageLabel;
  // One table: the first sheet.
  const sheet = (await readListSheets(file, displayName))[0];
  const rows = sheet?.rows ?? [];
  if (rows.length > MAX_ROWS) throw invalidInput(`Berkas "${displayName}" terlalu panjang untuk daftar anggaran per ${label.toLowerCase()}.`);
  const cells = rows.map((r) => r.cells);
  const table = detectTable<NagariSheetColumn>(cells, NAGARI_SHEET_VOCABULARY, ['village', 'budget']) ?? detectTable<NagariSheetColumn>(cells, NAGARI_SHEET_VOCABULARY, ['code', 'budget']);
  if (!table) {
    throw invalidInput(
      `Berkas "${displayName}" tidak berisi daftar anggaran per ${label.toLowerCase()}: perlu kolom nama (atau kode) ${label.toLowerCase()} dan kolom anggaran (Rupiah).`,
    );
  }
  const col = columnsOf(table);
  const headers = table.columns.map((c) => c.header);
  const text = (row: readonly unknown[], column: number | undefined) => (column === undefined ? '' : cellText(row[column] as never));

  const districtName = new Map(regions.districts.map((d) => [d.code, d.name]));
  const matcher = new RegionMatcher(regions.villages.map((v) => ({ code: v.code, name: v.name })));
  const parentOf = new Map(regions.villages.map((v) => [v.code, v.parent_code]));
  const districtMatcher = new RegionMatcher(regions.districts.map((d) => ({ code: d.code, name: d.name })));
  const result: NagariAmounts = { entries: [], rejected: [], notes: [] };
  const seen = new Map<string, number>();

  // What follows the table (a signature block, notes, a second table) is not a nagari: said once.
  const isHeader = (cells: readonly unknown[]) => detectTable<NagariSheetColumn>([cells as never], NAGARI_SHEET_VOCABULARY, ['village', 'budget']) !== null;
  const ownHeader = sameCells(headers);
  const body = tableRows(rows.slice(table.headerIndex + 1), col.code ?? col.budget, isHeader, ownHeader);
  for (const skipped of body.skipped) {
    const sentence = describeSkipped(skipped);
    result.notes.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`);
  }
  for (const { rowNumber: row, cells } of body.rows) {
    if (isBlankRow(cells) || isColumnNumberRow(cells) || isTotalsRow(cells) || ownHeader(cells)) continue;
    const name = text(cells, col.village);
    const code = text(cells, col.code);
    const amountCell = cells[col.budget!];
    if (!name && !code) {
      if (cellText(amountCell)) result.rejected.push({ row, message: `Baris ${row}: nama ${label.toLowerCase()} kosong.` });
      continue;
    }
    const given = code || name;
    // A kecamatan column, when there is one, settles names two kecamatan share.
    const districtText = text(cells, col.district);
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
    const read = readRupiah(amountCell, `Anggaran ${match.region.name}`, MAGNITUDES.nagariBudget);
    if (read.ok && read.warning) result.notes.push(`Baris ${row}: ${read.warning.text}`);
    if (!read.ok) {
      result.rejected.push({ row, message: `Baris ${row}: ${read.text}` });
      continue;
    }
    const budget = read.value;
    if (budget === null) {
      result.rejected.push({ row, message: `Baris ${row}: anggaran ${match.region.name} kosong.` });
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
