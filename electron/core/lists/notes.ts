import { cellText } from '../importer/values';
import type { Cell } from '../spreadsheet/read';

/**
 * Rows of a list that are not entries: the totals row, the signature block under the table
 * ("Mengetahui,", "Kepala Dinas …", "( H. ZULKIFLI )", "NIP. 1970…", "Padang Aro, 2 Juni 2025"),
 * and the header repeated where a printed export started a new page.
 */
const TOTAL = /^(jumlah|total|jml|sub\s*total|grand\s*total)(\s+(seluruhnya|keseluruhan|akhir|total))?\s*:?$/i;
const FOOTER =
  /^(mengetahui|menyetujui|diketahui oleh|dibuat oleh|disetujui)\b|^(kepala|kabid|kasi|sekretaris|camat|wali\s*nagari|walinagari|lurah|plt|plh|a\.?\s?n\.?)\b|^\(.*\)$|^(nip|nrp|nik)\b[.:\s]|,\s*\d{1,2}\s+\p{L}+\s+\d{4}$|^(ttd|dto)\.?$/iu;

export function isTotalLabel(text: string): boolean {
  return TOTAL.test(text.trim());
}

export function looksLikeFooter(text: string): boolean {
  return FOOTER.test(text.trim());
}

/**
 * Whether a row is a note rather than an entry: a totals row, or a row whose filled cells are all
 * signature-block text or a header echo, with nothing in the columns that identify an entry.
 */
export function isNoteRow(cells: readonly Cell[], headers: readonly string[], keyColumns: readonly number[]): boolean {
  const texts = cells.map((c) => cellText(c));
  const filled = texts.filter((t) => t !== '');
  if (filled.length === 0) return true;
  if (filled.some(isTotalLabel)) return true;
  const headerEcho = texts.every((t, i) => t === '' || t.toLowerCase() === (headers[i] ?? '').toLowerCase());
  if (headerEcho) return true;
  const keyed = keyColumns.some((i) => texts[i] !== undefined && texts[i] !== '' && !looksLikeFooter(texts[i]!));
  if (keyed) return false;
  return filled.every(looksLikeFooter) || filled.length <= 1;
}
