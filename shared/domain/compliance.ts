/**
 * The words and arithmetic of compliance (kepatuhan) that screens, reports and the core share:
 * BPJS Ketenagakerjaan's own terms for an employer's standing, the business scales of OSS, the
 * programs, the Jakon contribution from a contract value, and working days.
 */

export const EMPLOYER_STATUSES = ['pwbd', 'pdsWorkers', 'pdsProgram', 'arrears', 'compliant', 'noWorkers'] as const;
export type EmployerStatus = (typeof EMPLOYER_STATUSES)[number];

/** BPJS's own terms, as the branch and Disnaker write them. */
export const EMPLOYER_STATUS_LABELS: Record<EmployerStatus, string> = {
  pwbd: 'PWBD (wajib belum daftar)',
  pdsWorkers: 'PDS tenaga kerja',
  pdsProgram: 'PDS program',
  arrears: 'Menunggak',
  compliant: 'Patuh',
  noWorkers: 'Tanpa pekerja',
};

/** The same terms, short enough for a badge in a table. */
export const EMPLOYER_STATUS_SHORT: Record<EmployerStatus, string> = {
  pwbd: 'PWBD',
  pdsWorkers: 'PDS TK',
  pdsProgram: 'PDS program',
  arrears: 'Menunggak',
  compliant: 'Patuh',
  noWorkers: 'Tanpa pekerja',
};

export const EMPLOYER_STATUS_HINTS: Record<EmployerStatus, string> = {
  pwbd: 'Perusahaan Wajib Belum Daftar: tidak ditemukan di daftar pemberi kerja BPJS (atau kepesertaannya tidak aktif).',
  pdsWorkers: 'Perusahaan Daftar Sebagian tenaga kerja: pekerja terdaftar lebih sedikit dari yang dilaporkan.',
  pdsProgram: 'Perusahaan Daftar Sebagian program: program yang diikuti kurang dari yang wajib untuk skala usahanya.',
  arrears: 'Terdaftar, tetapi menunggak iuran.',
  compliant: 'Terdaftar dengan pekerja dan program sesuai laporan.',
  noWorkers: 'Tidak melaporkan pekerja; tidak dinilai.',
};

export const SCALES = ['mikro', 'kecil', 'menengah', 'besar'] as const;
export type Scale = (typeof SCALES)[number];
export const SCALE_LABELS: Record<Scale, string> = { mikro: 'Mikro', kecil: 'Kecil', menengah: 'Menengah', besar: 'Besar' };

export const PROGRAMS = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] as const;
export type ProgramCode = (typeof PROGRAMS)[number];

export const PROJECT_STATUSES = ['unregistered', 'late', 'pending', 'registered'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  unregistered: 'Belum terdaftar',
  late: 'Terdaftar terlambat',
  pending: 'Belum terdaftar, masih dalam batas waktu',
  registered: 'Terdaftar tepat waktu',
};

export const PROJECT_STATUS_SHORT: Record<ProjectStatus, string> = {
  unregistered: 'Belum terdaftar',
  late: 'Terlambat',
  pending: 'Dalam batas waktu',
  registered: 'Tepat waktu',
};

/**
 * What a batch of letters can be limited to, besides a kecamatan and a business scale: one kind of
 * open case. An employer counts under each of its flags (PDS tenaga kerja and menunggak at once, as
 * the Pemberi kerja list filters it); a project is unregistered, or registered for less than its
 * contract (contributions still due).
 */
export const LETTER_STATUSES = ['pwbd', 'pdsWorkers', 'pdsProgram', 'arrears', 'unregistered', 'underRegistered'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];
export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  pwbd: EMPLOYER_STATUS_LABELS.pwbd,
  pdsWorkers: EMPLOYER_STATUS_LABELS.pdsWorkers,
  pdsProgram: EMPLOYER_STATUS_LABELS.pdsProgram,
  arrears: EMPLOYER_STATUS_LABELS.arrears,
  unregistered: 'Proyek belum terdaftar',
  underRegistered: 'Proyek kurang bayar (nilai terdaftar kurang)',
};

export const FUNDING_KINDS = ['apbd_kabupaten', 'apbd_provinsi', 'apbn', 'apb_nagari', 'other'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];
export const FUNDING_KIND_LABELS: Record<FundingKind, string> = {
  apbd_kabupaten: 'APBD Kabupaten',
  apbd_provinsi: 'APBD Provinsi',
  apbn: 'APBN',
  apb_nagari: 'APB Nagari/Desa',
  other: 'Lainnya',
};

/** One band of the Jakon contribution: the marginal rate on the part of the contract value inside it. */
export interface JakonTier {
  /** Upper end of the band in Rupiah; null for the last band. */
  upTo: number | null;
  /** JKK and JKM, in percent of the contract value falling in the band. */
  jkkPercent: number;
  jkmPercent: number;
}

/**
 * JKK and JKM due on a construction contract when wages are not known: each band of the contract
 * value at its own rate (the first Rp 100 juta at the first rate, the next part at the second, …).
 */
export function jakonContribution(value: number, tiers: readonly JakonTier[]): { jkk: number; jkm: number; total: number } {
  let jkk = 0;
  let jkm = 0;
  let lower = 0;
  for (const tier of tiers) {
    if (value <= lower) break;
    const upper = tier.upTo === null ? value : Math.min(value, tier.upTo);
    const part = upper - lower;
    jkk += (part * tier.jkkPercent) / 100;
    jkm += (part * tier.jkmPercent) / 100;
    if (tier.upTo === null) break;
    lower = tier.upTo;
  }
  const round = (n: number) => Math.round(n);
  return { jkk: round(jkk), jkm: round(jkm), total: round(jkk) + round(jkm) };
}

/** A date as "YYYY-MM-DD" moved by whole days (UTC arithmetic: no time zone can shift it). */
export function addDays(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * The day on which `count` working days after `from` end: weekends and the given holidays do not
 * count, and `from` itself does not either (a contract signed on Monday, 14 working days: the deadline
 * is the Thursday of the third week, barring holidays).
 */
export function addWorkingDays(from: string, count: number, isHoliday: (date: string) => boolean): string {
  let date = from;
  let left = count;
  while (left > 0) {
    date = addDays(date, 1);
    const day = weekday(date);
    if (day !== 0 && day !== 6 && !isHoliday(date)) left--;
  }
  return date;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, isHoliday: (date: string) => boolean): number {
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    const day = weekday(date);
    if (day !== 0 && day !== 6 && !isHoliday(date)) count++;
  }
  return count;
}
