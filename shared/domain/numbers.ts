/**
 * Whole numbers as offices type them: 12345, "12.345" (id-ID thousands), "12,345", "12 345".
 * Returns null for an empty value and NaN for anything that is not a whole number.
 */
export function parseWholeNumber(value: string | number | boolean | Date | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  const text = value.trim().replace(/\s+/g, '');
  if (text === '') return null;
  if (/^-?\d+$/.test(text)) return Number(text);
  if (/^-?\d{1,3}([.,]\d{3})+$/.test(text) && new Set(text.replace(/[-\d]/g, '')).size === 1) {
    return Number(text.replace(/[.,]/g, ''));
  }
  // "12.345,00" or "12,345.00": a grouped number with a zero fraction is still whole.
  const grouped = /^(-?\d{1,3}(?:([.,])\d{3})*)([.,])0+$/.exec(text);
  if (grouped && grouped[2] !== grouped[3]) return Number(grouped[1]!.replace(/[.,]/g, ''));
  return Number.NaN;
}

/** A decimal typed either way: "28,3" or "28.3" -> 28.3. NaN when it is not a number. */
export function parseDecimal(value: string | number): number {
  if (typeof value === 'number') return value;
  const text = value.trim().replace(/\s+/g, '').replace(/%$/, '');
  if (/^-?\d+([.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  return Number.NaN;
}
