import { describe, expect, it } from 'vitest';
import { isDateFormat, serialCell } from '../../electron/core/platform/spreadsheet/cellValues';
import { sheetTokenizer, SheetStructureError } from '../../electron/core/platform/spreadsheet/cellXml';
import { cellText, MAGNITUDES, readCount, readDate, readNik, readRupiah, readYear, workersMagnitude } from '../../electron/core/platform/lists/values';

/**
 * Every value a cell can hold ends as a value or a row-level message: the readers' conversions are
 * total (no invalid Date, NaN or Infinity leaves them), and the value-reading module turns any figure
 * into a number it can store or a sentence.
 */

describe('a cell\'s number in a date format', () => {
  it('is a date while Excel\'s calendar holds it, and the number Excel shows as "#####" beyond it', () => {
    expect(serialCell(32888, true, false)).toEqual(new Date('1990-01-15T00:00:00Z'));
    expect(serialCell(31426, true, true)).toEqual(new Date('1990-01-15T00:00:00Z'));
    expect(serialCell(2_958_465, true, false)).toEqual(new Date('9999-12-31T00:00:00Z'));
    expect(serialCell(1e20, true, false)).toBe(1e20);
    expect(serialCell(-5, true, false)).toBe(-5);
    expect(serialCell(Number.NaN, true, false)).toBeNull();
    expect(serialCell(Number.POSITIVE_INFINITY, false, false)).toBeNull();
    expect(serialCell(12, false, false)).toBe(12);
  });

  it('is told by its format, quoted and escaped letters left out', () => {
    expect(isDateFormat('dd/mm/yyyy')).toBe(true);
    expect(isDateFormat('dd"/"mmmm"/"yyyy')).toBe(true);
    expect(isDateFormat('[$-421]d mmmm yyyy')).toBe(true);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('"Rp "#,##0')).toBe(false);
    expect(isDateFormat('#,##0\\ \\h\\a\\r\\i')).toBe(false);
    expect(isDateFormat('_(* #,##0_)')).toBe(false);
  });
});

describe('what comes after the reader never meets an invalid date or a number it cannot hold', () => {
  it('an invalid Date or a non-finite number reads as an empty text, a date message, or nothing at all', () => {
    const invalid = new Date(Number.NaN);
    expect(cellText(invalid)).toBe('');
    expect(cellText(Number.POSITIVE_INFINITY)).toBe('');
    expect(readDate(invalid)).toMatchObject({ ok: false, code: 'DATE_INVALID' });
    expect(readDate(1e20)).toMatchObject({ ok: false, code: 'DATE_INVALID' });
  });

  it('a NIK typed as a number past 2^53 is refused with the usual message, never rounded', () => {
    expect(readNik(1311015501900001, true)).toEqual({ ok: true, value: '1311015501900001' });
    expect(readNik(9171015501900000, true)).toMatchObject({
      ok: false,
      code: 'NIK_NUMBER_ROUNDED',
      text: expect.stringContaining('(terbaca 9171015501900000)'),
    });
    expect(readNik(1e20, true)).toMatchObject({ ok: false, code: 'NIK_NUMBER_ROUNDED', text: expect.stringContaining('100000000000000000000') });
  });

  it('a figure beyond any plausible value rejects its row ("angka terlalu besar"); a merely odd one is taken with a warning', () => {
    expect(readRupiah(1e20, 'Nilai kontrak')).toEqual({
      ok: false,
      code: 'NUMBER_TOO_LARGE',
      text: 'Nilai kontrak "100000000000000000000": angka terlalu besar (lebih dari Rp 10 triliun, jauh di atas nilai satu kontrak atau satu anggaran kegiatan di sebuah kabupaten). Periksa angkanya.',
      rejectRow: true,
    });
    expect(readRupiah('Rp 12.000.000.000.000', 'Nilai kontrak')).toMatchObject({ ok: false, code: 'NUMBER_TOO_LARGE' });
    expect(readRupiah(2_000_000_000_000, 'Nilai kontrak')).toMatchObject({
      ok: true,
      value: 2_000_000_000_000,
      warning: { code: 'NUMBER_UNUSUAL', text: 'Nilai kontrak 2.000.000.000.000 tidak biasa (lebih dari Rp 1 triliun untuk satu kontrak); tetap diambil, periksa lagi angkanya.' },
    });
    expect(readRupiah(5e13, 'Modal usaha', MAGNITUDES.capital)).toMatchObject({ ok: true, warning: { code: 'NUMBER_UNUSUAL' } });
    expect(readRupiah(750_000_000, 'Nilai kontrak')).toEqual({ ok: true, value: 750_000_000 });
  });

  it('a business with more workers than the regency\'s working population is refused; the ceiling without one is 5 million', () => {
    const solokSelatan = workersMagnitude({ count: 90_000, label: 'Kabupaten Solok Selatan tahun 2025' });
    expect(readCount(100_000, 'Jumlah tenaga kerja', solokSelatan)).toMatchObject({
      ok: false,
      code: 'NUMBER_TOO_LARGE',
      text: 'Jumlah tenaga kerja "100.000": angka terlalu besar (lebih banyak daripada seluruh penduduk bekerja Kabupaten Solok Selatan tahun 2025 (90.000 orang)). Periksa angkanya.',
    });
    expect(readCount(9500, 'Jumlah tenaga kerja', solokSelatan)).toMatchObject({ ok: true, value: 9500, warning: { code: 'NUMBER_UNUSUAL' } });
    expect(readCount('120 orang', 'Jumlah tenaga kerja', solokSelatan)).toEqual({ ok: true, value: 120 });
    expect(readCount('99999999999999999999', 'Jumlah tenaga kerja')).toMatchObject({ ok: false, code: 'NUMBER_TOO_LARGE', rejectRow: true });
    expect(readCount(1e16, 'Jumlah tenaga kerja')).toMatchObject({ ok: false, code: 'NUMBER_TOO_LARGE', text: expect.stringContaining('lebih dari 5 juta orang') });
  });

  it('a year outside 1900–2100 is not a year', () => {
    expect(readYear(2025)).toEqual({ ok: true, value: 2025 });
    expect(readYear('2.025')).toEqual({ ok: true, value: 2025 });
    expect(readYear(1e20, 'Tahun laporan')).toMatchObject({ ok: false, code: 'YEAR_INVALID' });
  });
});

describe('row and cell references in a worksheet', () => {
  function rowsOf(xml: string): { row: number; cells: number[] }[] {
    const rows: { row: number; cells: number[] }[] = [];
    let cells: number[] = [];
    const tokenizer = sheetTokenizer(
      (cell) => cells.push(cell.column),
      (row) => rows.push({ row, cells }),
      () => (cells = []),
    );
    tokenizer.write(Buffer.from(`<worksheet><sheetData>${xml}</sheetData></worksheet>`));
    tokenizer.end();
    return rows;
  }

  it('a missing or malformed reference means the next row or column, as Excel reads a missing one', () => {
    expect(rowsOf('<row r="2"><c r="B2"><v>1</v></c></row><row r="x3"><c r="c3"><v>1</v></c><c><v>2</v></c></row><row><c r="$E$4"><v>1</v></c></row><row r="0"><c r="A"><v>1</v></c></row>')).toEqual([
      { row: 2, cells: [1] },
      { row: 3, cells: [0, 1] },
      { row: 4, cells: [0] },
      { row: 5, cells: [0] },
    ]);
  });

  it('a cell named twice or before the one left of it is refused, naming the cell', () => {
    expect(() => rowsOf('<row r="3"><c r="B3"><v>1</v></c><c r="B3"><v>2</v></c></row>')).toThrow(new SheetStructureError('sel B3 disebut dua kali'));
    expect(() => rowsOf('<row r="3"><c r="D3"><v>1</v></c><c r="B3"><v>2</v></c></row>')).toThrow('sel B3 tertulis sesudah sel D3 (urutan sel terbalik)');
  });
});
