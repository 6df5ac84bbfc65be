import { complianceRulesSchema, type ComplianceRules } from '../../../../shared/contract/compliance';
import type { CoreContext } from '../../platform/context';
import type { Store } from '../../platform/db/store';
import { HOLIDAYS, holidayCalendar, type HolidayCalendar } from './holidays';

/**
 * The rules of compliance as data, each with the regulation it comes from (name, article, date) and a
 * note on how it was checked. These are the defaults; an officer can change any of them in Pengaturan
 * when a regulation changes (stored in the settings table under `compliance.rules`, audited), and go
 * back to these. Texts read on 3 December 2026 from public copies (pasal.id, peraturan.info and news
 * reports quoting the regulations); README "Aturan kepatuhan" lists where each was found.
 */
export const DEFAULT_RULES: ComplianceRules = {
  jakon: {
    // Marginal rates: the first Rp 100 juta at 0,21 % + 0,03 %, the part up to Rp 500 juta at 0,17 % + 0,02 %, …
    tiers: [
      { upTo: 100_000_000, jkkPercent: 0.21, jkmPercent: 0.03 },
      { upTo: 500_000_000, jkkPercent: 0.17, jkmPercent: 0.02 },
      { upTo: 1_000_000_000, jkkPercent: 0.13, jkmPercent: 0.02 },
      { upTo: 5_000_000_000, jkkPercent: 0.11, jkmPercent: 0.01 },
      { upTo: null, jkkPercent: 0.09, jkmPercent: 0.01 },
    ],
    regulation: {
      name: 'PP Nomor 44 Tahun 2015 tentang Penyelenggaraan Program JKK dan JKM sebagaimana diubah dengan PP Nomor 82 Tahun 2019; Permenaker Nomor 5 Tahun 2021',
      article: 'Iuran JKK dan JKM pekerja harian lepas, borongan dan PKWT sektor jasa konstruksi bila upah tidak diketahui: berjenjang menurut nilai kontrak kerja konstruksi',
      date: '2019 (PP 82/2019); 2021 (Permenaker 5/2021)',
      note: 'Tarif dasar yang sama dikutip PP 49 Tahun 2020 Pasal 11 dan 12 (keringanan 99 % selama pandemi, sudah berakhir Januari 2021).',
    },
  },
  deadline: {
    workingDays: 14,
    regulation: {
      name: 'Permenaker Nomor 44 Tahun 2015 tentang Penyelenggaraan Program JKK dan JKM bagi Pekerja Harian Lepas, Borongan, dan PKWT pada Sektor Usaha Jasa Konstruksi',
      article: 'Pasal 3 ayat (3): pendaftaran proyek paling lambat 14 hari kerja setelah Surat Perintah Kerja (SPK) diterbitkan',
      date: '2015',
      note: 'Permenaker 44/2015 diganti Permenaker 5 Tahun 2021; batas 14 hari kerja dipakai sampai diubah di sini. Hari kerja: tanpa Sabtu, Minggu, libur nasional dan cuti bersama (SKB tiga menteri tiap tahun).',
    },
  },
  programs: {
    mikro: ['JKK', 'JKM'],
    kecil: ['JKK', 'JKM', 'JHT'],
    menengah: ['JKK', 'JKM', 'JHT', 'JP'],
    besar: ['JKK', 'JKM', 'JHT', 'JP'],
    unknown: ['JKK', 'JKM'],
    regulation: {
      name: 'Perpres Nomor 109 Tahun 2013 tentang Penahapan Kepesertaan Program Jaminan Sosial',
      article: 'Pasal 6 ayat (3): usaha besar dan menengah JKK, JHT, JP, JKM; usaha kecil JKK, JHT, JKM; usaha mikro JKK dan JKM',
      date: '2013',
      note: 'Skala usaha dari kolom skala daftar OSS; bila tidak ada, dari modal usaha (PP 7/2021 Pasal 35); bila tidak diketahui, hanya JKK dan JKM yang diperiksa.',
    },
    jkp: {
      name: 'PP Nomor 37 Tahun 2021 tentang Penyelenggaraan Program Jaminan Kehilangan Pekerjaan sebagaimana diubah dengan PP Nomor 6 Tahun 2025',
      article: 'Pasal 4: peserta JKP adalah pekerja yang sudah diikutsertakan dalam program jaminan sosial sesuai penahapan kepesertaan',
      date: '2021; 2025',
      note: 'JKP tidak didaftarkan tersendiri; diperiksa hanya bila daftar pemberi kerja BPJS mencantumkan JKP.',
    },
  },
  scaleByCapital: {
    mikroUpTo: 1_000_000_000,
    kecilUpTo: 5_000_000_000,
    menengahUpTo: 10_000_000_000,
    regulation: {
      name: 'PP Nomor 7 Tahun 2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan Koperasi dan Usaha Mikro, Kecil, dan Menengah',
      article: 'Pasal 35 ayat (3): modal usaha (tanpa tanah dan bangunan) mikro s.d. Rp 1 miliar, kecil s.d. Rp 5 miliar, menengah s.d. Rp 10 miliar',
      date: '2021',
      note: 'Skala usaha OSS RBA memakai kriteria ini.',
    },
  },
  arrears: {
    regulation: {
      name: 'PP Nomor 44 Tahun 2015 tentang Penyelenggaraan Program JKK dan JKM',
      article: 'Iuran dibayar paling lambat tanggal 15 bulan berikutnya; keterlambatan didenda 2 % per bulan',
      date: '2015',
      note: 'Menunggak: status atau tunggakan iuran menurut daftar pemberi kerja dari BPJS Ketenagakerjaan.',
    },
  },
  registration: {
    regulation: {
      name: 'UU Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial',
      article: 'Pasal 15 ayat (1): pemberi kerja wajib mendaftarkan dirinya dan pekerjanya; Pasal 17: sanksi administratif (teguran tertulis, denda, tidak mendapat pelayanan publik tertentu)',
      date: '25 November 2011',
      note: 'Tata cara sanksi: PP Nomor 86 Tahun 2013.',
    },
  },
  valueTolerancePercent: 1,
  workerEstimate: { labourSharePercent: 25, monthlyWage: 3_000_000, defaultMonths: 4 },
  letters: { numberFormat: '560/{no}/Naker/{bulan}/{tahun}', replyDays: 14 },
  holidays: [],
};

const KEY = 'compliance.rules';

/** The rules in force: the office's own when it changed them, else the defaults. */
export function readRules(store: Store): ComplianceRules {
  const stored = store.settings.get<unknown>(KEY);
  if (!stored) return DEFAULT_RULES;
  const parsed = complianceRulesSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_RULES;
}

export function rulesCalendar(rules: ComplianceRules): HolidayCalendar {
  return holidayCalendar(rules.holidays);
}

export function rulesView(store: Store) {
  const rules = readRules(store);
  const calendar = rulesCalendar(rules);
  const added = new Set(rules.holidays.map((h) => h.year));
  return {
    rules,
    defaults: DEFAULT_RULES,
    changed: store.settings.get<unknown>(KEY) !== null,
    holidayYears: calendar.years.map((y) => ({ year: y.year, source: y.source, days: y.days.length, builtIn: !added.has(y.year) && HOLIDAYS.some((h) => h.year === y.year) })),
  };
}

/** Saves the office's rules (null: back to the defaults), with what changed in the audit log. */
export function saveRules(ctx: CoreContext, rules: ComplianceRules | null) {
  const before = readRules(ctx.store);
  ctx.store.transaction(() => {
    if (rules === null) ctx.store.settings.remove(KEY);
    else ctx.store.settings.set(KEY, rules);
    const after = rules ?? DEFAULT_RULES;
    const changed = (Object.keys(after) as (keyof ComplianceRules)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    ctx.audit('compliance.rules', { reset: rules === null, changed });
  });
  return rulesView(ctx.store);
}
