import type { Cell } from './read';

/** Rows of a table that are not data, whatever the table is about. */

/** "Jumlah", "Total", "Jml", "Sub total": the totals row at the bottom of a list. */
export const TOTAL_LABEL = /^(jumlah|total|jml|sub\s*total)\b/i;

function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** The "(1) (2) (3)" row many offices put under the header. */
export function isColumnNumberRow(cells: readonly Cell[]): boolean {
  const first = text(cells[0]) || text(cells[1]);
  // Most rows fail on the first filled cell: no array is built for them.
  if (first !== '(1)' && first !== '1' && first !== '1.' && first !== '(2)' && first !== '2') return false;
  const filled = cells.map(text).filter((t) => t !== '');
  if (filled.length < 2) return false;
  const offset = filled[0] === '(2)' || filled[0] === '2' ? 1 : 0;
  return filled.every((t, i) => t === `(${i + 1 + offset})` || t === String(i + 1 + offset) || t === `${i + 1 + offset}.`);
}

/** A totals row: a "Jumlah"/"Total" label somewhere in it. */
export function isTotalRow(cells: readonly Cell[]): boolean {
  return cells.some((c) => typeof c === 'string' && TOTAL_LABEL.test(c.trim()));
}

/**
 * Sheets that hold how to fill the list or the values of its drop-down lists, never data: Cakap's
 * templates have a "Petunjuk" and a "Pilihan" sheet, and many offices' forms a "Petunjuk pengisian".
 * They are passed over without a warning.
 */
export function isHelpSheet(name: string): boolean {
  return /^\s*(petunjuk(\s+pengisian)?|pilihan|cara\s+(mengisi|pengisian))\s*$/i.test(name);
}
