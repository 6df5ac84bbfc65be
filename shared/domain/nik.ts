/**
 * The NIK (Nomor Induk Kependudukan): 16 digits = region (province 2, regency 2, district 2),
 * birth date DDMMYY with 40 added to the day for women, then a 4-digit sequence.
 */

export interface NikParts {
  nik: string;
  provinceCode: string;
  /** "13.11" */
  regencyCode: string;
  /** "13.11.01" */
  districtCode: string;
  sex: 'L' | 'P';
  day: number;
  month: number;
  /** Two digits only: the century is not in the NIK. */
  yearTwoDigits: number;
  /** Whether DDMMYY is a date that exists. */
  dateValid: boolean;
}

export function parseNik(nik: string): NikParts | null {
  if (!/^\d{16}$/.test(nik)) return null;
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yearTwoDigits = Number(nik.slice(10, 12));
  const sex = rawDay > 40 ? 'P' : 'L';
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  return {
    nik,
    provinceCode: nik.slice(0, 2),
    regencyCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}`,
    districtCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
    sex,
    day,
    month,
    yearTwoDigits,
    // Any century works for validity except 29 February, which needs a leap year: 2000 covers "00".
    dateValid: isValidDate(2000 + yearTwoDigits, month, day) || isValidDate(1900 + yearTwoDigits, month, day),
  };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** "1311015205800003" -> "1311**********03": region kept for context, the rest hidden. */
export function maskNik(nik: string): string {
  if (nik.length < 8) return '*'.repeat(nik.length);
  return `${nik.slice(0, 4)}${'*'.repeat(nik.length - 6)}${nik.slice(-2)}`;
}

const SIXTEEN_DIGITS = /(?<!\d)\d{16}(?!\d)/g;

/** Any 16-digit run (a NIK) in a text, masked: no full NIK reaches a document or a reader's screen unless one was asked for. */
export function maskNikRuns(text: string): string {
  return text.replace(SIXTEEN_DIGITS, (nik) => maskNik(nik));
}

/** Every string of a value (an API answer) with its NIKs masked; numbers, booleans and structure as they are. */
export function maskNiksDeep<T>(value: T): T {
  if (typeof value === 'string') return maskNikRuns(value) as T;
  if (Array.isArray(value)) return value.map(maskNiksDeep) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskNiksDeep(v)])) as T;
  return value;
}
