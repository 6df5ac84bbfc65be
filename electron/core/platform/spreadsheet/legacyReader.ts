import crypto from 'node:crypto';
import fs from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { CakapError, fileUnreadable } from '../errors';
import { EXCEL_MAX_COLUMNS, isDateFormat, realDate, serialCell } from './cellValues';
import { passwordProtected } from './detect';
import { checkLegacyFile, checkLegacySize } from './legacyGuard';
import type { Cell, ReadOptions } from './readOptions';

/**
 * The legacy formats, Excel 97–2003 .xls (BIFF8; also Excel 5/95's BIFF5 and the bare BIFF2–4
 * worksheets) and OpenDocument .ods, read with SheetJS (@e965/xlsx, README: Dependencies and why)
 * into the same sheets and rows as the .xlsx reader: the sheets' own names in tab order, rows as Excel
 * numbers them, cells[0] = column A, and every cell converted by the same rules (cellValues.ts).
 *
 * SheetJS does not stream: it parses the whole workbook, then the rows are handed on. So this runs
 * only in a reader thread with its own memory and time limits (readInThread.ts), and only after
 * legacyGuard.ts has checked the file.
 */


const READ_OPTIONS: XLSX.ParsingOptions = {
  type: 'buffer',
  dense: true,
  // Dates are converted here, by the rules the .xlsx reader uses: the serial number and the cell's format.
  cellDates: false,
  cellNF: true,
  cellText: false,
  cellFormula: false,
  cellHTML: false,
  cellStyles: false,
  bookVBA: false,
  bookDeps: false,
  bookFiles: false,
  bookProps: false,
  WTF: false,
};

export async function readLegacy(file: string, displayName: string, format: 'xls' | 'ods', options: ReadOptions): Promise<void> {
  const { workbook, size, hash } = await checkAndParse(file, displayName, format);
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const sheets = workbook.SheetNames.filter((name) => Array.isArray(workbook.Sheets[name]?.['!data']));
  if (sheets.length === 0) throw fileUnreadable(`Berkas "${displayName}" tidak berisi lembar kerja (sheet) apa pun.`);
  options.onBytes?.(size, size);

  let index = 0;
  for (const name of sheets) {
    const rows = workbook.Sheets[name]!['!data']!;
    options.onSheet(name, index++);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      const cells = rowCells(row, date1904);
      if (cells.length === 0) continue;
      const wait = options.onRow(r + 1, cells);
      if (wait) await wait;
    }
    // A finished sheet's cells can go while the next one is handed on.
    delete workbook.Sheets[name];
  }
  options.onHash?.(hash);
}

/** The file checked and parsed; its bytes are not kept while the rows are handed on. */
async function checkAndParse(file: string, displayName: string, format: 'xls' | 'ods'): Promise<{ workbook: XLSX.WorkBook; size: number; hash: string }> {
  checkLegacySize(fs.statSync(file).size, displayName);
  const data = fs.readFileSync(file);
  await checkLegacyFile(file, displayName, format, data);
  if (format === 'xls' && !isUnicodeWorkbook(data)) await loadCodepages();
  return { workbook: parse(data, displayName, format), size: data.length, hash: crypto.createHash('sha256').update(data).digest('hex') };
}

/**
 * Excel 97–2003 (BIFF8, a "Workbook" stream) and OpenDocument store text as Unicode; Excel 5/95
 * (BIFF5, a "Book" stream) and the bare BIFF2–4 sheets in the PC's codepage, which SheetJS decodes
 * with its codepage tables.
 */
function isUnicodeWorkbook(data: Buffer): boolean {
  return data.includes(Buffer.from('Workbook\0', 'utf16le'));
}

let codepagesLoaded = false;

/**
 * The ES module build of SheetJS (tsx, vitest) carries no codepage tables: without them an Excel 5/95
 * file's text in Windows-1252 loses "€ – “ ”". The CommonJS build (the bundled app) loads them itself.
 * They are large, so they are loaded only for a file that needs them.
 */
async function loadCodepages(): Promise<void> {
  if (codepagesLoaded) return;
  XLSX.set_cptable(await import('@e965/xlsx/dist/cpexcel.full'));
  codepagesLoaded = true;
}

function parse(data: Buffer, displayName: string, format: 'xls' | 'ods'): XLSX.WorkBook {
  // SheetJS reports oddities it reads past on console.error ("ODS number format may be incorrect"):
  // said once per cell of a LibreOffice file, they say nothing the user could act on.
  const quiet = console.error;
  console.error = () => {};
  try {
    return XLSX.read(data, READ_OPTIONS);
  } catch (error) {
    if (error instanceof CakapError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (/password/i.test(message)) throw passwordProtected(displayName, format === 'ods' ? 'ods' : 'excel');
    const what = format === 'xls' ? 'Excel 97–2003 (.xls)' : 'OpenDocument (.ods)';
    throw fileUnreadable(
      `Berkas "${displayName}" rusak atau bukan lembar kerja ${what} yang sah (${message.split('\n')[0]!.slice(0, 120)}). Minta pengirim mengirim ulang berkasnya, atau buka di Excel atau LibreOffice lalu simpan ulang.`,
    );
  } finally {
    console.error = quiet;
  }
}

/** A row's cells as the importers see them, trailing empty cells left off (as the .xlsx reader does). */
function rowCells(row: (XLSX.CellObject | undefined)[], date1904: boolean): Cell[] {
  const width = Math.min(row.length, EXCEL_MAX_COLUMNS);
  const cells: Cell[] = [];
  let last = -1;
  for (let c = 0; c < width; c++) {
    const cell = row[c];
    const value = cell ? cellValue(cell, date1904) : null;
    if (value === null) continue;
    while (cells.length < c) cells.push(null);
    cells[c] = value;
    last = c;
  }
  cells.length = last + 1;
  return cells;
}

function cellValue(cell: XLSX.CellObject, date1904: boolean): Cell {
  const value = cell.v;
  switch (cell.t) {
    case 's':
      // An empty text reads as an empty cell, as in the .xlsx reader.
      return typeof value === 'string' ? (value === '' ? null : value) : value === undefined || value === null ? null : String(value);
    case 'n':
      return typeof value === 'number' ? serialCell(value, typeof cell.z === 'string' && isDateFormat(cell.z), date1904) : null;
    case 'b':
      return typeof value === 'boolean' ? value : null;
    case 'd':
      return value instanceof Date ? realDate(value) : null;
    default:
      // 'e' (#DIV/0!, #N/A …) and 'z' (an empty cell with a style): nothing, as an error is in the .xlsx reader.
      return null;
  }
}
