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

/** Words offices put after a figure to scale it: "750 jt", "1,25 M", "2 miliar", "1,5 T". */
const RUPIAH_SCALES: [RegExp, number][] = [
  [/^(t|tn|triliun|trilyun|trilliun)$/, 1e12],
  [/^(m|miliar|milyar|milyard|miliard|mlr|myr|b|bn)$/, 1e9],
  [/^(jt|juta|jta|j)$/, 1e6],
  [/^(rb|ribu|rbu|k)$/, 1e3],
];

/**
 * Money as offices type it, in whole Rupiah: 1250000000, "Rp 1.250.000.000,-", "Rp. 1.250.000.000,00",
 * "IDR 1,250,000,000", "1,25 M", "1,25 miliar", "750 jt", "Rp 750 Juta", "250 rb". Returns null for an
 * empty cell (or a lone "-"), NaN for anything that is not an amount of money.
 */
export function parseRupiah(value: string | number | boolean | Date | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value) : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  let text = value.trim().toLowerCase().replace(/\u00a0/g, ' ');
  if (text === '' || /^[-–—]+$/.test(text)) return null;
  text = text
    .replace(/^(rp|idr)\.?\s*/, '')
    .replace(/\s*(,-|,—|\.-|-)$/, '')
    .replace(/\s*rupiah$/, '')
    .trim();
  const scaled = /^(\d+(?:[.,]\d+)*)\s*([a-z]+)\.?$/.exec(text);
  if (scaled) {
    const scale = RUPIAH_SCALES.find(([pattern]) => pattern.test(scaled[2]!));
    if (!scale) return Number.NaN;
    const figure = readFigure(scaled[1]!);
    return Number.isNaN(figure) ? Number.NaN : Math.round(figure * scale[1]);
  }
  const whole = parseWholeNumber(text.replace(/\s+/g, ''));
  if (whole !== null && !Number.isNaN(whole)) return whole >= 0 ? whole : Number.NaN;
  // "1.250.000.000,50": sen are dropped, money is counted in whole Rupiah.
  const withCents = /^(\d{1,3}(?:\.\d{3})+|\d{4,}),\d{1,2}$/.exec(text);
  if (withCents) return Math.round(Number(`${withCents[1]!.replace(/\./g, '')}.${text.split(',')[1]}`));
  return Number.NaN;
}

/** The figure before a scale word: "1,25" or "1.25" is a decimal; "1.250" is a thousand-grouped whole number. */
function readFigure(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d+[.,]\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  if (/^\d{1,3}([.,]\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ''));
  return parseDecimal(text);
}
