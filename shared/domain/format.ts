/**
 * The one place where numbers, money, percentages and dates become text for people.
 * Everything a user reads (screens, PDF, Excel labels, CLI lines) goes through here, so
 * "19,22 %", "Rp 16.800" and "24 November 2026" look the same everywhere.
 */

const MONTHS = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

export const MONTH_NAMES: readonly string[] = MONTHS;

const integerFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const decimalFormats = new Map<number, Intl.NumberFormat>();

function decimalFormat(digits: number): Intl.NumberFormat {
  let format = decimalFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    decimalFormats.set(digits, format);
  }
  return format;
}

/** 1234567 -> "1.234.567"; with digits, 19.2 -> "19,20". */
export function formatNumber(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '–';
  return digits === 0 ? integerFormat.format(value) : decimalFormat(digits).format(value);
}

/** 16800 -> "Rp 16.800" (plain space, so PDFs and tests read it the same way). */
export function formatRupiah(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const text = integerFormat.format(Math.abs(Math.round(value)));
  return value < 0 ? `-Rp ${text}` : `Rp ${text}`;
}

/** A percentage given in percent units: 19.22 -> "19,22 %". */
export function formatPercent(percent: number, digits = 2): string {
  if (!Number.isFinite(percent)) return '–';
  return `${decimalFormat(digits).format(percent)} %`;
}

/** Percentage points, for gaps: 9.08 -> "9,08 poin". */
export function formatPoints(points: number, digits = 2): string {
  if (!Number.isFinite(points)) return '–';
  return `${decimalFormat(digits).format(points)} poin`;
}

/** A file size: 5_300 -> "6 KB", 2_500_000 -> "2,4 MB", 3_300_000_000 -> "3,1 GB" (binary units). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '–';
  const MiB = 1024 * 1024;
  if (bytes >= 1024 * MiB) return `${decimalFormat(1).format(bytes / (1024 * MiB))} GB`;
  if (bytes >= MiB) return `${decimalFormat(1).format(bytes / MiB)} MB`;
  return `${integerFormat.format(Math.ceil(bytes / 1024))} KB`;
}

/** An ISO date "2026-11-24" (or a Date) -> "24 November 2026". */
export function formatDate(value: string | Date): string {
  const parts = toParts(value);
  if (!parts) return '–';
  return `${parts.day} ${MONTHS[parts.month - 1]} ${parts.year}`;
}

/** "2026-11" -> "November 2026". */
export function formatMonth(value: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(value);
  if (!match) return '–';
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `${MONTHS[month - 1]} ${match[1]}` : '–';
}

/** A timestamp -> "24 November 2026 pukul 14.05" (the id-ID time separator is a dot). */
export function formatDateTime(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '–';
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return `${formatDate(date)} pukul ${hh}.${mm}`;
}

function toParts(value: string | Date): { year: number; month: number; day: number } | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() };
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** "2025-01".."2025-12" -> "Januari–Desember 2025"; across years "Juli 2025–Juni 2026"; one month "Mei 2025". */
export function formatMonthRange(from: string, to: string): string {
  if (from === to) return formatMonth(from);
  const [fy, fm] = [from.slice(0, 4), Number(from.slice(5, 7))];
  const [ty, tm] = [to.slice(0, 4), Number(to.slice(5, 7))];
  if (fy === ty) return `${MONTHS[fm - 1]}–${MONTHS[tm - 1]} ${fy}`;
  return `${MONTHS[fm - 1]} ${fy}–${MONTHS[tm - 1]} ${ty}`;
}

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

/** "2026-12-15" -> "Selasa" (the calendar date as written, whatever the time zone). */
export function formatDayName(value: string): string {
  const parts = toParts(value);
  if (!parts) return '–';
  return DAYS[new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay()]!;
}

const UNITS = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

function wordsBelowThousand(n: number): string {
  if (n < 12) return UNITS[n]!;
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) return `${UNITS[Math.floor(n / 10)]} puluh${n % 10 ? ` ${UNITS[n % 10]}` : ''}`;
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return `${hundreds === 1 ? 'seratus' : `${UNITS[hundreds]} ratus`}${rest ? ` ${wordsBelowThousand(rest)}` : ''}`;
}

/** 1_680_000 -> "satu juta enam ratus delapan puluh ribu": a whole number in words, as a minute writes the amount agreed. */
export function formatNumberInWords(value: number): string {
  const n = Math.round(Math.abs(value));
  if (n === 0) return 'nol';
  const scales: [number, string][] = [
    [1e12, 'triliun'],
    [1e9, 'miliar'],
    [1e6, 'juta'],
    [1e3, 'ribu'],
  ];
  let rest = n;
  const words: string[] = [];
  for (const [size, name] of scales) {
    const part = Math.floor(rest / size);
    if (part === 0) continue;
    words.push(size === 1e3 && part === 1 ? 'seribu' : `${wordsBelowThousand(part)} ${name}`);
    rest %= size;
  }
  if (rest > 0) words.push(wordsBelowThousand(rest));
  return `${value < 0 ? 'minus ' : ''}${words.join(' ')}`;
}
