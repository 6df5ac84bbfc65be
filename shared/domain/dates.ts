import { MONTH_NAMES } from './format';

/**
 * Reading dates and months as people in an Indonesian office type them, whatever the language of
 * their Windows: "3 Desember 2026", "3 Des 2026", "03-12-2026", "3/12/2026", "03.12.2026" (day
 * first), and the ISO form "2026-12-03". Months: "Desember 2026", "Des 2026", "12-2026", "2026-12".
 * Showing them is format.ts's job (formatDate, formatMonth).
 */

/** Month names and the abbreviations offices use, lower case, to the month number. */
export const MONTH_BY_NAME: Readonly<Record<string, number>> = {
  ...Object.fromEntries(MONTH_NAMES.map((name, i) => [name.toLowerCase(), i + 1])),
  jan: 1, feb: 2, peb: 2, pebruari: 2, mar: 3, apr: 4, jun: 6, jul: 7,
  agu: 8, agt: 8, ags: 8, agus: 8, sep: 9, sept: 9, okt: 10, nov: 11, nop: 11, nopember: 11, des: 12,
};

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 31 April, 29 February of a common year
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(text: string): number | null {
  return MONTH_BY_NAME[text.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** A typed date -> "YYYY-MM-DD", or null when it is not a real calendar date. Day first, never month first. */
export function parseDateInput(input: string): string | null {
  const text = input.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{4})$/.exec(text);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[ \-/.]*([A-Za-z]+\.?)[ \-/.,]*(\d{4})$/.exec(text);
  if (m) {
    const month = monthNumber(m[2]!);
    return month === null ? null : isoDate(Number(m[3]), month, Number(m[1]));
  }
  return null;
}

/** A typed month -> "YYYY-MM", or null. */
export function parseMonthInput(input: string): string | null {
  const text = input.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4}) ?[-/.] ?(\d{1,2})$/.exec(text);
  let year: number;
  let month: number | null;
  if (m) {
    year = Number(m[1]);
    month = Number(m[2]);
  } else if ((m = /^(\d{1,2}) ?[-/.] ?(\d{4})$/.exec(text))) {
    year = Number(m[2]);
    month = Number(m[1]);
  } else if ((m = /^([A-Za-z]+\.?)[ \-/.,]*(\d{4})$/.exec(text))) {
    year = Number(m[2]);
    month = monthNumber(m[1]!);
  } else {
    return null;
  }
  if (month === null || month < 1 || month > 12 || year < 1900 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}
