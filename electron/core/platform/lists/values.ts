import { isValidDate } from '../../../../shared/domain/nik';
import { formatNumber } from '../../../../shared/domain/format';
import { parseRupiah, parseWholeNumber } from '../../../../shared/domain/numbers';
import { cleanText } from '../../../../shared/domain/text';
import type { Cell } from '../spreadsheet/read';

/**
 * Reading one cell of a worker list into a clean value, or saying in plain Indonesian what is
 * wrong with it. Pure functions: the row checks and the tests use them directly.
 */

/**
 * A cell read: its value (with a warning when the value is taken but odd), or why it cannot be
 * taken. `rejectRow` marks a value no column could hold (angka terlalu besar): the row is rejected
 * even where the importer only warns about that column's other problems.
 */
export type Read<T> =
  | { ok: true; value: T; warning?: { code: string; text: string } }
  | { ok: false; code: string; text: string; rejectRow?: boolean };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(code: string, text: string): Read<T> => ({ ok: false, code, text });

const MESSY_SPACE = /\s{2,}|[\t\n\r\u00a0]/;

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') {
    // Hot path: most cells need only a trim.
    const trimmed = cell.trim();
    return MESSY_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  }
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number' && !Number.isFinite(cell)) return '';
  return String(cell);
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * A NIK typed as a number keeps only 15 significant digits in Excel, so the 16th becomes 0.
 * `precise` says whether this column has shown numbers with a non-zero last digit (then the
 * file was not made by hand in Excel and numbers can be trusted).
 */
export function readNik(cell: Cell | undefined, precise: boolean): Read<string> {
  if (isBlank(cell)) return bad('NIK_MISSING', 'NIK kosong.');
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell)) return bad('NIK_INVALID', `NIK harus 16 angka; terbaca angka pecahan (${cell}).`);
    if (!Number.isSafeInteger(cell)) {
      // Above 9.007.199.254.740.992 a number cannot hold every digit: what the file says is not what was typed.
      return bad(
        'NIK_NUMBER_ROUNDED',
        `NIK diketik sebagai angka yang terlalu besar untuk disimpan utuh, sehingga digit terakhirnya berubah (terbaca ${cell.toLocaleString('fullwide', { useGrouping: false })}). Ubah format kolom NIK menjadi Teks, lalu ketik ulang NIK ini.`,
      );
    }
    const digits = String(cell);
    if (digits.length === 16 && digits.endsWith('0') && !precise) {
      return bad(
        'NIK_NUMBER_ROUNDED',
        `NIK diketik sebagai angka, sehingga Excel mengubah digit terakhirnya menjadi 0 (terbaca ${digits}). Ubah format kolom NIK menjadi Teks, lalu ketik ulang NIK ini.`,
      );
    }
    return checkDigits(digits, digits);
  }
  if (typeof cell !== 'string') return bad('NIK_INVALID', 'NIK tidak dapat dibaca.');
  const raw = cell.trim();
  if (/^\d([.,]\d+)?E\+?\d+$/i.test(raw)) {
    return bad(
      'NIK_SCIENTIFIC',
      `NIK tertulis sebagai angka ilmiah (${raw}) karena kolomnya berformat angka; digit NIK sudah hilang. Ubah format kolom NIK menjadi Teks, lalu ketik ulang NIK ini.`,
    );
  }
  const cleaned = raw.replace(/^['’`]+/, '').replace(/[\s.\-_]/g, '');
  if (/[a-z]/i.test(cleaned)) return bad('NIK_NOT_DIGITS', `NIK hanya boleh berisi angka; terbaca "${raw}".`);
  if (!/^\d+$/.test(cleaned)) return bad('NIK_NOT_DIGITS', `NIK hanya boleh berisi angka; terbaca "${raw}".`);
  return checkDigits(cleaned, raw);
}

function checkDigits(digits: string, shown: string): Read<string> {
  if (digits.length !== 16) {
    return bad('NIK_LENGTH', `NIK harus 16 angka; terbaca ${digits.length} angka (${shown}).`);
  }
  if (/^0{6}/.test(digits) || /^(\d)\1{15}$/.test(digits)) return bad('NIK_INVALID', `NIK ${digits} bukan NIK yang sah.`);
  return ok(digits);
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, agust: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11, nopember: 11, nop: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

/**
 * Dates as offices type them: real Excel dates (or their serial numbers), dd-mm-yyyy, dd/mm/yy,
 * dd.mm.yyyy, yyyy-mm-dd, "12 Mei 1980", "12-Mei-80", 12051980. Day first, always (id-ID).
 */
/**
 * What a date stands for decides which dates are plausible: a birth date is never in the future and
 * "80" is 1980; a contract or registration date may lie ahead and "25" is 2025.
 */
export type DatePurpose = 'birth' | 'event';

export function readDate(cell: Cell | undefined, today = new Date(), purpose: DatePurpose = 'birth'): Read<string | null> {
  if (isBlank(cell)) return ok(null);
  if (cell instanceof Date) {
    const year = cell.getUTCFullYear();
    if (Number.isNaN(year)) return bad('DATE_INVALID', 'Tanggal tidak dapat dibaca.');
    return checkDate(year, cell.getUTCMonth() + 1, cell.getUTCDate(), formatIsoShown(cell), today, purpose);
  }
  if (typeof cell === 'number') return readNumericDate(cell, today, String(cell), purpose);
  const raw = String(cell).trim();
  let text = raw.toLowerCase().replace(/\s+/g, ' ');
  if (purpose === 'event') {
    // "Senin, 3 Maret 2025" and "03/03/2025 00:00": the weekday and a time of day say nothing more.
    text = text.replace(/^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\s*,?\s*/, '').replace(/[ t]\d{1,2}[:.]\d{2}([:.]\d{2})?$/, '');
  }
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t]\d{1,2}:\d{2}(:\d{2})?)?$/.exec(text);
  if (m) return checkDate(Number(m[1]), Number(m[2]), Number(m[3]), raw, today, purpose);
  m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})$/.exec(text);
  if (m) return checkDate(fullYear(m[3]!, today, purpose), Number(m[2]), Number(m[1]), raw, today, purpose);
  m = /^(\d{1,2})[\s\-/.]*([a-z]+)\.?[\s\-/.,]*(\d{2}|\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS[m[2]!];
    if (!month) return bad('DATE_INVALID', `Tanggal "${raw}" tidak dikenali: nama bulan "${m[2]}" tidak dikenal.`);
    return checkDate(fullYear(m[3]!, today, purpose), month, Number(m[1]), raw, today, purpose);
  }
  if (/^\d{5,8}$/.test(text)) return readNumericDate(Number(text), today, raw, purpose);
  return bad('DATE_INVALID', `Tanggal "${raw}" tidak dikenali. Tulis seperti 12-05-1980 atau 12 Mei 1980.`);
}

function readNumericDate(value: number, today: Date, shown = String(value), purpose: DatePurpose = 'birth'): Read<string | null> {
  if (!Number.isInteger(value) || value <= 0) return bad('DATE_INVALID', `Tanggal "${shown}" tidak dikenali.`);
  // 8 digits typed as a number: ddmmyyyy (or yyyymmdd when it starts with 19 or 20).
  if (value >= 1_000_000 && value <= 99_999_999) {
    const digits = String(value).padStart(8, '0');
    if (/^(19|20)\d{2}(0[1-9]|1[0-2])/.test(digits)) {
      return checkDate(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8)), shown, today, purpose);
    }
    return checkDate(Number(digits.slice(4, 8)), Number(digits.slice(2, 4)), Number(digits.slice(0, 2)), shown, today, purpose);
  }
  if (value > 60 && value < 80_000) {
    // An Excel serial day number (1900 system; Excel counts a 29 February 1900 that never was).
    const date = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
    return checkDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), shown, today, purpose);
  }
  return bad('DATE_INVALID', `Tanggal "${shown}" tidak dikenali.`);
}

function formatIsoShown(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function fullYear(text: string, today: Date, purpose: DatePurpose): number {
  if (text.length === 4) return Number(text);
  const yy = Number(text);
  // A birth date: "05" is 2005 only if that is at least ten years ago. Any other date: this century
  // unless that is more than ten years ahead.
  const limit = today.getFullYear() - (purpose === 'birth' ? 10 : -10);
  return 2000 + yy <= limit ? 2000 + yy : 1900 + yy;
}

let todayCache: { date: Date; iso: string } | null = null;
function isoOf(today: Date): string {
  if (todayCache?.date !== today) todayCache = { date: today, iso: today.toISOString().slice(0, 10) };
  return todayCache.iso;
}

function checkDate(year: number, month: number, day: number, shown: string, today: Date, purpose: DatePurpose = 'birth'): Read<string | null> {
  if (!isValidDate(year, month, day)) return bad('DATE_INVALID', `Tanggal "${shown}" tidak ada di kalender.`);
  const iso = `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  if (purpose === 'event') {
    if (year < 1990 || year > today.getFullYear() + 10) return bad('DATE_INVALID', `Tanggal "${shown}" di luar rentang yang masuk akal (tahun ${year}).`);
    return ok(iso);
  }
  if (iso > isoOf(today)) return bad('DATE_INVALID', `Tanggal lahir "${shown}" ada di masa depan.`);
  if (year < 1900) return bad('DATE_INVALID', `Tanggal lahir "${shown}" terlalu lampau.`);
  return ok(iso);
}

/** "Padang Aro, 12-05-1980" or "SOLOK / 12 MEI 1980": the place and the date in one cell. */
export function readPlaceAndDate(cell: Cell | undefined, today = new Date()): Read<{ place: string | null; date: string | null }> {
  if (isBlank(cell)) return ok({ place: null, date: null });
  if (cell instanceof Date || typeof cell === 'number') {
    const date = readDate(cell, today);
    return date.ok ? ok({ place: null, date: date.value }) : date;
  }
  const text = String(cell).replace(/\s+/g, ' ').trim();
  // The date is at the end; whatever comes before it (minus separators) is the place.
  const m =
    /^(.*?)[\s,/;-]*(\d{4}-\d{1,2}-\d{1,2})$/.exec(text) ??
    /^(.*?)[\s,/;-]*(\d{1,2}[\s\-./]+(?:\d{1,2}|[A-Za-z]+\.?)[\s\-./,]+\d{2,4})$/.exec(text);
  if (!m || !m[1]) {
    const date = readDate(text, today);
    if (date.ok) return ok({ place: null, date: date.value });
    return bad('DATE_INVALID', `Tempat dan tanggal lahir "${text}" tidak dapat dipisah; tulis seperti "Padang Aro, 12-05-1980".`);
  }
  const date = readDate(m[2]!.trim(), today);
  if (!date.ok) return date;
  return ok({ place: tidyName(m[1]!) || null, date: date.value });
}

export function readSex(cell: Cell | undefined): Read<'L' | 'P' | null> {
  if (isBlank(cell)) return ok(null);
  const text = cellText(cell).toLowerCase().replace(/[^a-z0-9]/g, '');
  if (['l', 'lk', 'laki', 'lakilaki', 'pria', 'm', 'male', '1', 'lelaki'].includes(text)) return ok('L');
  if (['p', 'pr', 'perempuan', 'wanita', 'w', 'f', 'female', '2', 'pr'].includes(text)) return ok('P');
  return bad('SEX_INVALID', `Jenis kelamin "${cellText(cell)}" tidak dikenali; tulis L atau P.`);
}

/** A tick in an "L" or "P" column: anything but blank, 0, "-" or "tidak". */
export function isTicked(cell: Cell | undefined): boolean {
  if (isBlank(cell)) return false;
  const text = cellText(cell).toLowerCase();
  return !['0', '-', 'tidak', 'no', 'x0'].includes(text);
}

/** Indonesian mobile numbers: "+62 812-3456-7890", 81234567890 (leading 0 lost) -> "081234567890". */
export function readPhone(cell: Cell | undefined): Read<string | null> {
  if (isBlank(cell)) return ok(null);
  let digits = cellText(cell).replace(/[^\d+]/g, '');
  if (digits.startsWith('+62')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('62') && digits.length >= 11) digits = `0${digits.slice(2)}`;
  else if (digits.startsWith('8') && digits.length >= 9) digits = `0${digits}`;
  digits = digits.replace(/\+/g, '');
  if (digits.length < 9 || digits.length > 14) return bad('PHONE_INVALID', `Nomor HP "${cellText(cell)}" tidak lengkap atau terlalu panjang.`);
  return ok(digits);
}

/**
 * Free text: whitespace tidied, characters that are unsafe to print taken out (shared/domain/text.ts),
 * nothing evaluated (a cell starting with "=" is kept as text).
 */
export function readText(cell: Cell | undefined, max = 300): string | null {
  const text = cleanText(cellText(cell));
  if (!text) return null;
  return text.length > max ? text.slice(0, max) : text;
}

export function tidyName(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

const SMALL_WORDS = new Set(['dan', 'di', 'ke', 'dari', 'yang', 'atau']);

/** "BURUH  TANI" and "buruh tani" are one occupation: stored as "Buruh Tani" so reports group them. */
export function readOccupation(cell: Cell | undefined): string | null {
  const text = readText(cell, 100);
  if (!text) return null;
  return text
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** The KPJ (BPJS Ketenagakerjaan membership number): digits only, kept as text. */
export function readKpj(cell: Cell | undefined): Read<string | null> {
  if (isBlank(cell)) return ok(null);
  const digits = typeof cell === 'number' ? String(cell) : cellText(cell).replace(/[\s.\-']/g, '');
  if (!/^\d{8,16}$/.test(digits)) return bad('KPJ_INVALID', `Nomor KPJ "${cellText(cell)}" tidak sah.`);
  return ok(digits);
}

/**
 * How large a figure of a list can plausibly be. Above `max` no column of Cakap's should hold it and
 * nobody typed it on purpose (a NIK pasted into the wrong column, a number Excel wrote as 1E+20, a
 * damaged file): the row is rejected, "angka terlalu besar". Above `unusual` it is possible but odd:
 * taken, with a warning to check it. Every `max` is far below 2^53, so every figure taken is exact and
 * fits SQLite's INTEGER.
 */
export interface Magnitude {
  max: number;
  /** Why the max, said after "angka terlalu besar": "lebih dari Rp 10 triliun …". */
  beyond: string;
  unusual: number | null;
  /** Why it is odd, said after "tidak biasa": "lebih dari Rp 1 triliun untuk satu paket". */
  odd: string;
}

const TRILLION = 1_000_000_000_000;
const BILLION = 1_000_000_000;

/** The regency's working population, when stored (features/workforce): the ceiling of any head count in its lists. */
export interface WorkforceCeiling {
  count: number;
  /** "Kabupaten Solok Selatan tahun 2025". */
  label: string;
}

/** No regency or city of Indonesia has this many working people (the largest have about half of it). */
const ANY_REGENCY = 5_000_000;

/** The magnitudes of the lists' figures, one per kind of figure; the importers pick theirs. */
export const MAGNITUDES = {
  /** A contract's value, a package's ceiling, a nagari's budget line. */
  contract: {
    max: 10 * TRILLION,
    beyond: 'lebih dari Rp 10 triliun, jauh di atas nilai satu kontrak atau satu anggaran kegiatan di sebuah kabupaten',
    unusual: TRILLION,
    odd: 'lebih dari Rp 1 triliun untuk satu kontrak',
  },
  /** A business's capital (modal usaha): big investments reach trillions. */
  capital: {
    max: 1000 * TRILLION,
    beyond: 'lebih dari Rp 1.000 triliun, di atas modal usaha mana pun',
    unusual: 10 * TRILLION,
    odd: 'modal usaha lebih dari Rp 10 triliun',
  },
  /** Contributions paid or in arrears for one employer or project. */
  contribution: {
    max: 10 * TRILLION,
    beyond: 'lebih dari Rp 10 triliun, di atas iuran satu pemberi kerja atau proyek mana pun',
    unusual: 10 * BILLION,
    odd: 'lebih dari Rp 10 miliar untuk satu pemberi kerja atau proyek',
  },
  /** One nagari's APB Nagari amount for a plan line. */
  nagariBudget: {
    max: 10 * TRILLION,
    beyond: 'lebih dari Rp 10 triliun, jauh di atas APB Nagari mana pun',
    unusual: 5 * BILLION,
    odd: 'lebih dari Rp 5 miliar, di atas seluruh APB Nagari biasa',
  },
  /** Months (of arrears): a century is not a figure anyone means. */
  months: { max: 1200, beyond: 'lebih dari 1.200 bulan (100 tahun)', unusual: 120, odd: 'lebih dari 10 tahun' },
  /** Days (of a project's work). */
  days: { max: 36_500, beyond: 'lebih dari 36.500 hari (100 tahun)', unusual: 3650, odd: 'lebih dari 10 tahun' },
  /** Working population of one kecamatan or the regency (the workforce table). */
  workforce: {
    max: ANY_REGENCY,
    beyond: 'lebih dari 5 juta orang, lebih banyak daripada penduduk bekerja kabupaten/kota mana pun di Indonesia',
    unusual: 1_000_000,
    odd: 'lebih dari 1 juta orang di satu wilayah',
  },
} satisfies Record<string, Magnitude>;

/** Workers of one business or project: never more than the regency's whole working population. */
export function workersMagnitude(ceiling: WorkforceCeiling | null): Magnitude {
  if (!ceiling) {
    return {
      max: ANY_REGENCY,
      beyond: 'lebih dari 5 juta orang, lebih banyak daripada penduduk bekerja kabupaten/kota mana pun di Indonesia',
      unusual: 10_000,
      odd: 'lebih dari 10.000 pekerja di satu usaha atau proyek',
    };
  }
  const unusual = Math.max(100, Math.min(10_000, Math.round(ceiling.count / 10)));
  return {
    max: ceiling.count,
    beyond: `lebih banyak daripada seluruh penduduk bekerja ${ceiling.label} (${formatNumber(ceiling.count)} orang)`,
    unusual,
    odd: `lebih dari ${formatNumber(unusual)} pekerja di satu usaha atau proyek`,
  };
}

/** Active participants of one row of a BPJS recap: odd above the regency's working population, impossible above any regency's. */
export function participantsMagnitude(ceiling: WorkforceCeiling | null): Magnitude {
  return {
    ...MAGNITUDES.workforce,
    unusual: ceiling ? ceiling.count : null,
    odd: ceiling ? `lebih banyak daripada seluruh penduduk bekerja ${ceiling.label} (${formatNumber(ceiling.count)} orang)` : '',
  };
}

/** A value read, checked against its magnitude: rejected beyond the max, a warning above the unusual. */
export function checkMagnitude(value: number, shown: string, what: string, magnitude: Magnitude): Read<number> {
  if (value > magnitude.max) {
    return { ok: false, code: 'NUMBER_TOO_LARGE', text: `${what} "${shown}": angka terlalu besar (${magnitude.beyond}). Periksa angkanya.`, rejectRow: true };
  }
  if (magnitude.unusual !== null && value > magnitude.unusual) {
    return { ok: true, value, warning: { code: 'NUMBER_UNUSUAL', text: `${what} ${shown} tidak biasa (${magnitude.odd}); tetap diambil, periksa lagi angkanya.` } };
  }
  return ok(value);
}

/** Money in whole Rupiah: "Rp 1.250.000.000,-", "1,25 M", "750 jt", 1250000000 (see parseRupiah), within its magnitude. */
export function readRupiah(cell: Cell | undefined, what = 'Nilai', magnitude: Magnitude = MAGNITUDES.contract): Read<number | null> {
  if (isBlank(cell)) return ok(null);
  const value = parseRupiah(cell instanceof Date ? null : typeof cell === 'string' ? cell : (cell as number | boolean));
  if (value === null) return ok(null);
  if (Number.isNaN(value)) return bad('MONEY_INVALID', `${what} "${cellText(cell)}" tidak terbaca sebagai rupiah; tulis seperti 1.250.000.000, Rp 750 juta atau 1,25 M.`);
  return checkMagnitude(value, shownNumber(cell), what, magnitude);
}

/** A count (workers, participants, months, days): a whole number, zero or more, within its magnitude. */
export function readCount(cell: Cell | undefined, what = 'Jumlah', magnitude: Magnitude = workersMagnitude(null)): Read<number | null> {
  if (isBlank(cell)) return ok(null);
  if (cell instanceof Date || typeof cell === 'boolean') return bad('COUNT_INVALID', `${what} "${cellText(cell)}" bukan bilangan bulat.`);
  const text = typeof cell === 'string' ? cell.trim().replace(/\s*(orang|org|jiwa|tk|bulan|bln|hari|hr)\.?$/i, '') : cell;
  if (text === '-') return ok(null);
  const value = parseWholeNumber(text);
  if (value === null) return ok(null);
  if (Number.isNaN(value) || value < 0) return bad('COUNT_INVALID', `${what} "${cellText(cell)}" bukan bilangan bulat nol atau lebih.`);
  return checkMagnitude(value, shownNumber(cell), what, magnitude);
}

/** A year (of a report or a budget): four digits a list could mean, else not taken. */
export function readYear(cell: Cell | undefined, what = 'Tahun'): Read<number | null> {
  if (isBlank(cell)) return ok(null);
  const value = typeof cell === 'number' || typeof cell === 'string' ? parseWholeNumber(typeof cell === 'string' ? cell.trim() : cell) : Number.NaN;
  if (value === null) return ok(null);
  if (Number.isNaN(value) || value < 1900 || value > 2100) return bad('YEAR_INVALID', `${what} "${cellText(cell)}" bukan tahun (1900–2100).`);
  return ok(value);
}

/** A number as the sender typed it, digits without exponent: 1e20 is shown "100000000000000000000". */
function shownNumber(cell: Cell | undefined): string {
  if (typeof cell === 'number') return Number.isSafeInteger(cell) ? formatNumber(cell) : cell.toLocaleString('fullwide', { useGrouping: false, maximumFractionDigits: 0 });
  return cellText(cell);
}
