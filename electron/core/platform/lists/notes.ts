import { cellText } from './values';
import type { Cell } from '../spreadsheet/read';

/**
 * A totals row of an employer or project list: one cell that is only the label ("Jumlah", "Total",
 * "Jml.", "Grand total:"). Stricter than spreadsheet/rows.ts `isTotalRow`, which takes any cell that
 * starts with the word, because business names do: "PT Total Bangun Persada Tbk" is a contractor.
 */
const TOTAL = /^(jumlah|total|jml\.?|sub\s*total|grand\s*total)(\s+(seluruhnya|keseluruhan|akhir|total))?\s*:?$/i;

export function isTotalsRow(cells: readonly Cell[]): boolean {
  return cells.some((cell) => typeof cell === 'string' && TOTAL.test(cellText(cell)));
}
