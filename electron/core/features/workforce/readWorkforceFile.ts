import { parseWholeNumber } from '../../../../shared/domain/numbers';
import type { RegionRow } from '../../platform/db/queries/regions';
import { invalidInput } from '../../platform/errors';
import { RegionMatcher } from '../regions/matcher';
import type { Cell } from '../../platform/spreadsheet/read';
import { spreadsheetReader } from '../../platform/spreadsheet/readInThread';
import { isColumnNumberRow } from '../../platform/lists/rows';
import { checkMagnitude, MAGNITUDES } from '../../platform/lists/values';

export interface WorkforceEntry {
  areaCode: string;
  count: number;
  rowNumber: number;
}

const MAX_ROWS = 5000;
const AREA_HEADER = /kecamatan|wilayah|daerah|kode/i;
const COUNT_HEADER = /bekerja|penduduk|jumlah|angkatan|tenaga|pekerja|jiwa|orang/i;
const TOTAL_LABEL = /^(jumlah|total|kabupaten\s*$|kab\.?\s*$)/i;

/**
 * Reads "working population per kecamatan" from a BPS-style table: a header row naming the
 * kecamatan column (title rows above it are skipped), or two bare columns (kecamatan, count).
 * Everything must be understood, or nothing is taken: the error names each row to fix.
 */
export async function readWorkforceFile(
  file: string,
  displayName: string,
  regions: { regency: RegionRow; districts: RegionRow[] },
): Promise<{ entries: WorkforceEntry[]; notes: string[] }> {
  const rows: { rowNumber: number; cells: Cell[] }[] = [];
  let sheets = 0;
  await spreadsheetReader(file, displayName).read({
    displayName,
    // Only the first sheet: a workforce table is one table.
    onSheet: () => sheets++,
    onRow: (rowNumber, cells) => {
      if (sheets > 1 || !cells.some((c) => text(c) !== '')) return;
      rows.push({ rowNumber, cells });
      if (rows.length > MAX_ROWS) throw invalidInput(`Berkas "${displayName}" terlalu panjang untuk tabel penduduk bekerja per kecamatan.`);
    },
  });

  const header = rows.slice(0, 20).findIndex(isHeaderRow);
  const headerCells = header >= 0 ? rows[header]!.cells.map(text) : [];
  const body = header >= 0 ? rows.slice(header + 1) : rows;
  const areaColumn = header >= 0 ? pickAreaColumn(headerCells) : firstTextColumn(body);
  const countColumn = pickCountColumn(headerCells, body, areaColumn);

  const matcher = new RegionMatcher(regions.districts.map((d) => ({ code: d.code, name: d.name })));
  const regencyNames = new Set([regions.regency.name.toLowerCase(), regions.regency.name.replace(/^Kabupaten |^Kota /, '').toLowerCase()]);
  const problems: string[] = [];
  const notes: string[] = [];
  const entries: WorkforceEntry[] = [];
  const seen = new Map<string, number>();

  for (const row of body) {
    const areaText = text(row.cells[areaColumn] ?? null);
    const countCell = row.cells[countColumn] ?? null;
    if (isColumnNumberRow(row.cells)) continue;
    if (TOTAL_LABEL.test(areaText)) continue;
    const where = `baris ${row.rowNumber}`;
    if (areaText === '') {
      if (text(countCell) !== '') problems.push(`${where}: nama kecamatan kosong`);
      continue;
    }
    const count = parseWholeNumber(typeof countCell === 'string' ? countCell.trim() : countCell);
    if (count === null) {
      problems.push(`${where}: jumlah penduduk bekerja untuk "${areaText}" kosong`);
      continue;
    }
    if (Number.isNaN(count)) {
      problems.push(`${where}: "${text(countCell)}" bukan bilangan bulat`);
      continue;
    }
    if (count < 0) {
      problems.push(`${where}: jumlah penduduk bekerja tidak boleh negatif (${count})`);
      continue;
    }
    const size = checkMagnitude(count, text(countCell), `jumlah penduduk bekerja untuk "${areaText}"`, MAGNITUDES.workforce);
    if (!size.ok) {
      problems.push(`${where}: ${size.text.replace(/\.$/, '')}`);
      continue;
    }
    if (size.warning) notes.push(`Baris ${row.rowNumber}: ${size.warning.text}`);

    let areaCode: string;
    if (regencyNames.has(areaText.toLowerCase()) || areaText === regions.regency.code) {
      areaCode = regions.regency.code;
    } else {
      const match = matcher.match(areaText);
      if (match.kind === 'unknown') {
        const hint = match.suggestions.length > 0 ? ` (maksud Anda ${match.suggestions.map((s) => s.name).join(' atau ')}?)` : '';
        problems.push(`${where}: kecamatan "${areaText}" tidak dikenal di ${regions.regency.name}${hint}`);
        continue;
      }
      if (match.kind === 'ambiguous') {
        problems.push(`${where}: "${areaText}" bisa berarti ${match.candidates.map((c) => c.name).join(' atau ')}`);
        continue;
      }
      if (match.kind === 'loose') notes.push(`Baris ${row.rowNumber}: "${areaText}" dibaca sebagai Kecamatan ${match.region.name}.`);
      areaCode = match.region.code;
    }
    const earlier = seen.get(areaCode);
    if (earlier !== undefined) {
      problems.push(`${where}: wilayah yang sama sudah ada di baris ${earlier}`);
      continue;
    }
    seen.set(areaCode, row.rowNumber);
    entries.push({ areaCode, count, rowNumber: row.rowNumber });
  }

  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join('; ');
    const more = problems.length > 5 ? `; dan ${problems.length - 5} masalah lain` : '';
    throw invalidInput(`Berkas "${displayName}" tidak disimpan, perbaiki dulu: ${shown}${more}.`);
  }
  if (entries.length === 0) {
    throw invalidInput(
      `Berkas "${displayName}" tidak berisi angka penduduk bekerja per kecamatan. Kolom yang diharapkan: nama atau kode kecamatan, lalu jumlah penduduk bekerja.`,
    );
  }
  return { entries, notes };
}

function text(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function pickAreaColumn(header: string[]): number {
  const byName = header.findIndex((h) => /kecamatan|wilayah|daerah/i.test(h) && !/kode/i.test(h));
  return byName >= 0 ? byName : header.findIndex((h) => AREA_HEADER.test(h));
}

/** A header row has several cells, one of them a short label naming the area column. */
function isHeaderRow(row: { cells: Cell[] }): boolean {
  const filled = row.cells.map(text).filter((t) => t !== '');
  return filled.length >= 2 && filled.some((t) => t.length <= 40 && AREA_HEADER.test(t));
}

function firstTextColumn(body: { cells: Cell[] }[]): number {
  const width = Math.max(0, ...body.map((r) => r.cells.length));
  for (let c = 0; c < width; c++) {
    const values = body.map((r) => text(r.cells[c] ?? null)).filter((v) => v !== '');
    if (values.filter((v) => Number.isNaN(parseWholeNumber(v))).length > values.length / 2) return c;
  }
  return 0;
}

function pickCountColumn(header: string[], body: { cells: Cell[] }[], areaColumn: number): number {
  const named = header.findIndex((h, i) => i !== areaColumn && COUNT_HEADER.test(h) && !/^no\.?$/i.test(h));
  if (named >= 0) return named;
  // No telling header: the first column right of the area whose cells are mostly numbers.
  const width = Math.max(0, ...body.map((r) => r.cells.length));
  for (let c = areaColumn + 1; c < width; c++) {
    const values = body.map((r) => r.cells[c] ?? null).filter((v) => text(v) !== '');
    const numeric = values.filter((v) => !Number.isNaN(parseWholeNumber(typeof v === 'string' ? v.trim() : v)));
    if (values.length > 0 && numeric.length >= values.length / 2) return c;
  }
  return areaColumn + 1;
}
