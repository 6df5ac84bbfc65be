import ExcelJS from 'exceljs';
import fs from 'node:fs';

export type SheetSpec = {
  name: string;
  rows: (string | number | Date | null | undefined)[][];
  merges?: string[];
  /** Column letters to hide, as offices hide helper columns. */
  hidden?: string[];
};

/** Writes a real .xlsx file with exceljs, the way a test builds the input a village would send. */
export async function writeXlsx(file: string, sheets: SheetSpec[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    for (const row of spec.rows) sheet.addRow(row.map((v) => (v === undefined ? null : v)));
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    for (const letter of spec.hidden ?? []) sheet.getColumn(letter).hidden = true;
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Writes a CSV exactly as given (the test chooses delimiter, BOM and encoding). */
export function writeCsv(file: string, lines: string[], options: { bom?: boolean; encoding?: 'utf8' | 'latin1' } = {}): string {
  const text = lines.join('\r\n') + '\r\n';
  const body = Buffer.from(text, options.encoding ?? 'utf8');
  fs.writeFileSync(file, options.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body);
  return file;
}
