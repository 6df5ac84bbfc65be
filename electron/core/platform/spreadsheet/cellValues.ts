import type { Cell } from './readOptions';

/**
 * What every reader does with a cell's number, whatever the file format: a number in a date or time
 * format becomes a Date (UTC, as Excel shows it), any other number stays a number. Total: no input
 * makes a Date that is not a real date, and no NaN or Infinity reaches the importers. A serial
 * outside Excel's calendar (before 1900-01-00 or after 9999-12-31, as a damaged or mutated file can
 * hold) stays the number Excel would show as "#####", so the importer rejects that one row in words.
 */

/** Excel's last row and column (1,048,576 and XFD = 16,384). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** Excel's day 0 in Unix days, for the 1900 system; the 1904 system starts 1462 days later. */
const EXCEL_EPOCH_DAYS = 25_569;
const DAY_MS = 86_400_000;
/** 9999-12-31, the last day Excel can show, in the 1900 system. */
const LAST_SERIAL = 2_958_465;

export function serialCell(value: number, isDate: boolean, date1904: boolean): Cell {
  if (!Number.isFinite(value)) return null;
  if (!isDate) return value;
  const serial = value + (date1904 ? 1462 : 0);
  if (serial < 0 || serial > LAST_SERIAL) return value;
  return new Date(Math.round((serial - EXCEL_EPOCH_DAYS) * DAY_MS));
}

/** A Date a reader got from elsewhere (an ISO date cell, a library): kept only when it is a real date Excel can show. */
export function realDate(date: Date): Date | null {
  const time = date.getTime();
  return Number.isNaN(time) || time < -EXCEL_EPOCH_DAYS * DAY_MS - 2 * DAY_MS || time > (LAST_SERIAL - EXCEL_EPOCH_DAYS + 1) * DAY_MS ? null : date;
}

/**
 * A format code shows a date when, outside quotes, [brackets] and escaped characters ("\h", the padding
 * after "_" and "*"), it has a date or time letter (exceljs's rule, with the escapes Excel allows).
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/[\\_*]./g, '');
  return /[ymdhMsb]/.test(bare);
}
