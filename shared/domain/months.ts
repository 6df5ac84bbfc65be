/** Months as "YYYY-MM" text: how programs, enrolments and recaps count time. */

export function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Whole months from `from` to `to`, both included; 0 when `to` is before `from`. */
export function monthsBetween(from: string, to: string): number {
  return Math.max(0, monthIndex(to) - monthIndex(from) + 1);
}

export function addMonths(month: string, count: number): string {
  return monthFromIndex(monthIndex(month) + count);
}

export function maxMonth(a: string, b: string): string {
  return a > b ? a : b;
}

export function minMonth(a: string, b: string): string {
  return a < b ? a : b;
}

/** The months two ranges share (inclusive), or 0. */
export function overlapMonths(aFrom: string, aTo: string, bFrom: string, bTo: string): number {
  return monthsBetween(maxMonth(aFrom, bFrom), minMonth(aTo, bTo));
}

/** "2025-06-30" -> "2025-06". */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The calendar date where the office is (local time), as "YYYY-MM-DD": 00.30 WIB is already the next day. */
export function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
