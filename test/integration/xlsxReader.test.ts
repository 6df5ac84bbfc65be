import ExcelJS from 'exceljs';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHash } from '../../electron/core/platform/spreadsheet/fileHash';
import { readSpreadsheet, type Cell } from '../../electron/core/platform/spreadsheet/read';
import { writeInlineWorkbookLast, writeWithExceljs, writeWithExceljsStream, writeWithLibreOffice, writeWithOpenpyxl } from '../helpers/listCorpus';
import { tempDir } from '../helpers/temp';
import { sheetXml, workbookParts, writeZip } from '../helpers/zip';

/**
 * Cakap's .xlsx reader against exceljs, the library it replaced for reading: on every file of the
 * list corpus and on generated workbooks (dates in the 1900 and 1904 systems, numbers, booleans,
 * formulas with cached values, rich text, empty and sparse rows, hidden sheets), both must give the
 * same sheets and the same cells. exceljs reads with styles cached (so dates are dates). Where
 * exceljs is knowingly wrong, the last tests say what Excel shows and that Cakap's reader gives it.
 */

interface Read {
  sheets: string[];
  rows: [number, number, Cell[]][];
}

async function readWithCakap(file: string): Promise<Read & { hash: string | null }> {
  const out: Read & { hash: string | null } = { sheets: [], rows: [], hash: null };
  await readSpreadsheet(file, {
    onSheet: (name) => out.sheets.push(name),
    onRow: (rowNumber, cells) => void out.rows.push([out.sheets.length - 1, rowNumber, cells]),
    onHash: (hash) => (out.hash = hash),
  });
  return out;
}

/** exceljs's streaming reader, its values flattened as Cakap's reader used to flatten them. */
async function readWithExceljs(file: string): Promise<Read> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  const out: Read = { sheets: [], rows: [] };
  for await (const sheet of reader) {
    out.sheets.push((sheet as unknown as { name: string }).name);
    for await (const row of sheet) {
      const values = row.values as unknown[];
      const cells: Cell[] = [];
      for (let c = 1; c < values.length; c++) cells.push(flatten(values[c]));
      out.rows.push([out.sheets.length - 1, row.number, cells]);
    }
  }
  return out;
}

function flatten(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
  if ('formula' in v || 'sharedFormula' in v) return flatten(v.result);
  if ('text' in v) return flatten(v.text);
  return null;
}

async function expectSameAsExceljs(file: string): Promise<Read> {
  const ours = await readWithCakap(file);
  const reference = await readWithExceljs(file);
  // exceljs calls the sheets "Sheet1", "Sheet2"… when the workbook part comes after them in the zip
  // (issue 17); then only the rows are compared, and the names are checked against the file's own.
  if (!reference.sheets.every((name, i) => name === `Sheet${i + 1}`)) expect(ours.sheets).toEqual(reference.sheets);
  // A <row> without cells (openpyxl and LibreOffice write them for empty rows) is an empty row to
  // Cakap's reader and nothing to exceljs's: the importers treat both alike.
  const withCells = (rows: Read['rows']) => rows.filter(([, , cells]) => cells.length > 0);
  expect(withCells(ours.rows)).toEqual(withCells(reference.rows));
  expect(ours.hash).toBe(await fileHash(file));
  return ours;
}

/** A workbook with every kind of cell a list can hold, written by exceljs. */
async function everyKindOfCell(file: string, date1904: boolean): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet('Jenis sel');
  sheet.addRow(['Teks', 'Angka', 'Pecahan', 'Tanggal', 'Benar', 'Rumus', 'Rumus teks', 'Teks kaya']);
  sheet.addRow([
    'Siti Aminah',
    1311015205800003,
    3.25,
    new Date(Date.UTC(1980, 4, 12)),
    true,
    { formula: 'B2*2', result: 2622030411600006 },
    { formula: 'UPPER(A2)', result: 'SITI AMINAH' },
    { richText: [{ text: 'Budi ' }, { font: { bold: true }, text: 'Santoso' }] },
  ]);
  sheet.getCell('D2').numFmt = 'dd/mm/yyyy';
  sheet.addRow([]);
  // Sparse: cells far apart, empty ones between.
  const sparse = sheet.getRow(5);
  sparse.getCell(1).value = 'A5';
  sparse.getCell(30).value = 'AD5';
  sparse.commit();
  sheet.addRow(['<&> "kutip" \'apostrof\'', -0.5, 1e-7, new Date(Date.UTC(2025, 9, 31, 12, 30)), false]);
  sheet.getCell('D6').numFmt = '[$-421]d mmmm yyyy h:mm';
  sheet.addRow(['  spasi di tepi  ', 'Ünïcödé — 日本 — 😀', '=bukan rumus', null, 0]);
  const hidden = workbook.addWorksheet('Tersembunyi', { state: 'hidden' });
  hidden.addRow(['x', 1]);
  workbook.addWorksheet('Kosong');
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('the .xlsx reader gives the same cells as exceljs', () => {
  it('on every file of the list corpus, whoever wrote it', async () => {
    const dir = tempDir();
    for (const write of [writeWithExceljs, writeWithExceljsStream, writeWithOpenpyxl, writeWithLibreOffice]) {
      const ours = await expectSameAsExceljs(await write(dir));
      expect(ours.sheets).toEqual(['Sungai Kunyit', 'Lubuk Gadang', 'Abai']);
    }
    // exceljs cannot name the sheets of a file whose workbook part comes last, nor read inline
    // strings the way the corpus writes them (xml:space): compared by content with the exceljs file.
    const inline = await readWithCakap(writeInlineWorkbookLast(dir));
    const plain = await readWithCakap(await writeWithExceljs(tempDir()));
    expect(inline.sheets).toEqual(plain.sheets);
    const withCells = (rows: Read['rows']) => rows.filter(([, , cells]) => cells.length > 0);
    expect(withCells(inline.rows)).toEqual(withCells(plain.rows));
  }, 120_000);

  it('on dates in the 1900 and the 1904 date systems, numbers, booleans, formulas, rich text, sparse and empty rows, hidden and empty sheets', async () => {
    const dir = tempDir();
    for (const system1904 of [false, true]) {
      const ours = await expectSameAsExceljs(await everyKindOfCell(path.join(dir, `sel-${system1904 ? 1904 : 1900}.xlsx`), system1904));
      expect(ours.sheets).toEqual(['Jenis sel', 'Tersembunyi', 'Kosong']);
      const row2 = ours.rows.find(([, r]) => r === 2)![2];
      expect(row2).toEqual(['Siti Aminah', 1311015205800003, 3.25, new Date(Date.UTC(1980, 4, 12)), true, 2622030411600006, 'SITI AMINAH', 'Budi Santoso']);
      expect(ours.rows.find(([, r]) => r === 5)![2]).toEqual(['A5', ...Array<null>(28).fill(null), 'AD5']);
      expect(ours.rows.find(([, r]) => r === 6)![2][3]).toEqual(new Date(Date.UTC(2025, 9, 31, 12, 30)));
    }
  });

  it('on generated lists as big as an office sends (2.000 rows, shared strings, streaming writer)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'besar.xlsx');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
    const sheet = workbook.addWorksheet('Daftar');
    sheet.addRow(['NO', 'NIK', 'NAMA', 'TGL LAHIR', 'NO HP']).commit();
    for (let i = 1; i <= 2_000; i++) {
      const row = sheet.addRow([i, `13110152058${String(i).padStart(5, '0')}`, `Pekerja ${i % 97}`, new Date(Date.UTC(1960 + (i % 40), i % 12, 1 + (i % 28))), i % 5 === 0 ? null : `0812${i}`]);
      row.getCell(4).numFmt = 'dd-mm-yyyy';
      row.commit();
    }
    sheet.commit();
    await workbook.commit();
    const ours = await readWithCakap(file);
    const reference = await readWithExceljs(file);
    expect(ours.sheets).toEqual(['Daftar']);
    expect(reference.sheets).toEqual(['Daftar']);
    expect(ours.rows).toEqual(reference.rows);
  });
});

describe('where exceljs is wrong, the reader gives what Excel shows', () => {
  const inline = (ref: string, xml: string) => `<c r="${ref}" t="inlineStr"><is>${xml}</is></c>`;

  it('rich text in an inline string is all its runs (exceljs keeps the last), an escaped ampersand stays one (exceljs unescapes twice)', async () => {
    const file = writeZip(
      path.join(tempDir(), 'teks.xlsx'),
      workbookParts(
        sheetXml(
          `<row r="1">${inline('A1', '<r><t>Budi </t></r><r><rPr><b/></rPr><t>Santoso</t></r>')}${inline('B1', '<t>PT &amp;amp; CV</t>')}` +
            `<c r="C1" t="str"><f>A1</f><v>a&amp;lt;b</v></c></row>`,
        ),
      ),
    );
    const ours = await readWithCakap(file);
    expect(ours.rows).toEqual([[0, 1, ['Budi Santoso', 'PT &amp; CV', 'a&lt;b']]]);
    const reference = await readWithExceljs(file);
    expect(reference.rows).toEqual([[0, 1, ['Santoso', 'PT & CV', 'a<b']]]);
  });

  it('a formula\'s cached boolean is a boolean, an error is empty, a date cell written as ISO text is a date', async () => {
    const file = writeZip(
      path.join(tempDir(), 'rumus.xlsx'),
      workbookParts(sheetXml(`<row r="1"><c r="A1" t="b"><f>1=1</f><v>1</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C1" t="d"><v>1980-05-12T00:00:00Z</v></c></row>`)),
    );
    expect((await readWithCakap(file)).rows).toEqual([[0, 1, [true, null, new Date(Date.UTC(1980, 4, 12))]]]);
  });

  it('cells and rows without references, a namespace prefix, comments and CDATA are read in place', async () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="${ns}"><x:sheetData><!-- dibuat sistem lain --><x:row><x:c t="inlineStr"><x:is><x:t><![CDATA[Siti & Aminah]]></x:t></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row><x:row><x:c r="C2"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const file = writeZip(path.join(tempDir(), 'awalan.xlsx'), workbookParts(xml));
    expect((await readWithCakap(file)).rows).toEqual([
      [0, 1, ['Siti & Aminah', 7]],
      [0, 2, [null, null, 1]],
    ]);
  });

  it('a sheet of a few megabytes in one cell-less stretch, split anywhere by the inflater, reads whole', async () => {
    // Random text (a repeated one would look like a zip bomb), with multi-byte characters and entities.
    const name = (i: number) => `Ünïcödé &amp; ${crypto.randomBytes(12_000).toString('base64')} ${i}`;
    const names = Array.from({ length: 400 }, (_, i) => name(i));
    const rows = names.map((n, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${n}</t></is></c></row>`).join('');
    const file = writeZip(path.join(tempDir(), 'panjang.xlsx'), workbookParts(sheetXml(rows)));
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    const ours = await readWithCakap(file);
    expect(ours.rows).toHaveLength(400);
    expect(ours.rows.every(([, r, cells]) => cells[0] === names[r - 1]!.replace('&amp;', '&'))).toBe(true);
  });
});
