/**
 * Values written into exported spreadsheets: always plain values, never formulas. Text that a
 * spreadsheet program could take for a formula (starting with = + - @, tab or CR) stays a string
 * and its cell is formatted as Text (numFmt "@"), so Excel shows it as typed and never evaluates
 * it, not even after the user edits the cell.
 */
export function safeCellValue(value: unknown): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return String(value);
}

/** Whether a text would be read as a formula by a spreadsheet program. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
