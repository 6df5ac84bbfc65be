import { isBlank } from './values';
import type { Cell } from '../spreadsheet/read';
import { spreadsheetReader } from '../spreadsheet/readInThread';

/** One sheet of a list, its non-blank rows with their Excel row numbers (CSV: line numbers). */
export interface ListSheet {
  name: string;
  rows: { rowNumber: number; cells: Cell[] }[];
}

/**
 * Every sheet and non-blank row of a list held in memory: the lists other than worker lists (BPJS,
 * employers, projects) run to tens of thousands of rows at most, and their kind is told from the
 * whole file before any row is taken. Read through the one door (readInThread.ts), so an .xls or .ods
 * is parsed in its own thread.
 */
export async function readListSheets(file: string, displayName: string): Promise<ListSheet[]> {
  const sheets: ListSheet[] = [];
  await spreadsheetReader(file, displayName).read({
    displayName,
    onSheet: (name) => sheets.push({ name, rows: [] }),
    onRow: (rowNumber, cells) => {
      if (cells.some((c) => !isBlank(c))) sheets.at(-1)!.rows.push({ rowNumber, cells });
    },
  });
  return sheets;
}

/** Texts that may carry a list's date or month: the file name, sheet names and the title rows. */
export function titleTexts(displayName: string, sheets: readonly ListSheet[], rows = 5): string[] {
  return [displayName, ...sheets.flatMap((s) => [s.name, ...s.rows.slice(0, rows).flatMap((r) => r.cells.map((c) => (typeof c === 'string' ? c : '')))])].filter(Boolean);
}
