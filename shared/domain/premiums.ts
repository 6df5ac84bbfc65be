/**
 * What a BPU (bukan penerima upah) worker's JKK and JKM cost, and what they pay out, as dated rules
 * with the regulation each comes from. Pure data and arithmetic: the plans, the templates, the
 * program form and the bill check all read the default premium and any relief from here.
 *
 * How each fact was checked (read on 4 December 2026 through the stored search corpora; no live web):
 * - `text`: the regulation's own words were read (a public copy of the text);
 * - `secondary`: the regulation as quoted or summarised by the press or BPJS Ketenagakerjaan;
 * - `unverified`: could not be read here; kept because it follows from what was read, and said so.
 */

export type Verification = 'text' | 'secondary' | 'unverified';

export interface RuleSource {
  /** The regulation as it is cited. */
  name: string;
  /** The article or part, as far as it could be found. */
  article: string;
  date: string;
  verified: Verification;
  /** Where it was read, and what could not be checked. */
  note: string;
}

/** A BPU worker's monthly JKK and JKM contributions from a month on. */
export interface BpuContributionRule {
  from: string;
  /** Last month it applies to, or null while in force. */
  to: string | null;
  /** JKK as a percentage of the declared income. */
  jkkPercent: number;
  /** The lowest declared income of the bands (Lampiran II): JKK is never computed on less. */
  minimumIncome: number;
  /** JKM in Rupiah per month, whatever the income. */
  jkm: number;
  jkkSource: RuleSource;
  jkmSource: RuleSource;
}

export const BPU_CONTRIBUTIONS: readonly BpuContributionRule[] = [
  {
    from: '2015-07',
    to: null,
    jkkPercent: 1,
    minimumIncome: 1_000_000,
    jkm: 6_800,
    jkkSource: {
      name: 'PP Nomor 44 Tahun 2015 tentang Penyelenggaraan Program JKK dan JKM, sebagaimana telah beberapa kali diubah terakhir dengan PP Nomor 49 Tahun 2023',
      article: 'Lampiran II: iuran JKK peserta bukan penerima upah, nilai nominal tertentu dari penghasilan peserta (1 % dari penghasilan yang dilaporkan)',
      date: '2015; 2023',
      verified: 'secondary',
      note:
        'PP 50/2025 menyebut Lampiran II sebagai dasar iuran JKK BPU (dikutip CNBC Indonesia, 4 Februari 2026); 1 % dari penghasilan menurut star.grid.id (2023). ' +
        'Tabel jenjang penghasilan Lampiran II dan pasalnya tidak dapat dibaca di sini: penghasilan terendah Rp 1.000.000 (iuran JKK Rp 10.000) disimpulkan dari iuran terendah Rp 16.800 yang disebut BPJS Ketenagakerjaan (Antara Jateng).',
    },
    jkmSource: {
      name: 'PP Nomor 44 Tahun 2015 sebagaimana diubah dengan PP Nomor 82 Tahun 2019, terakhir dengan PP Nomor 49 Tahun 2023',
      article: 'Iuran JKM peserta bukan penerima upah Rp 6.800 per bulan',
      date: '2019; 2023',
      verified: 'secondary',
      note: 'Angka Rp 6.800 dikutip dari PP 50/2025 oleh pers (newstechupdates, 4 Februari 2026) dan dipakai PP 49/2020 ("1 persen dikali Rp 6.800", e-Kliping Kemnaker). Nomor pasalnya tidak dapat dibaca di sini.',
    },
  },
];

/** What a temporary relief applies to: the worker's sector and the months. */
export interface ReliefWindow {
  sector: 'transport' | 'other';
  from: string;
  to: string;
}

export interface ReliefRule {
  id: string;
  /** The relief in a few words, for messages and the minute. */
  label: string;
  /** Share of the JKK + JKM contribution that is waived, in percent. */
  percent: number;
  windows: readonly ReliefWindow[];
  /** Funding sources (programs.ts FUNDING_SOURCES) to whom the relief does not apply: the regulation excludes them. */
  excludedPayers: readonly string[];
  /**
   * Payers the sources do not name either way: Cakap does not apply the relief for them (a bill
   * that shows it anyway is not flagged, since a lower amount withholds nothing), and says so.
   */
  unsettledPayers: readonly string[];
  /** Occupation words that put a worker in the transport sector (matched on whole words). */
  transportWords: readonly string[];
  source: RuleSource;
}

export const BPU_RELIEFS: readonly ReliefRule[] = [
  {
    id: 'pp-50-2025',
    label: 'keringanan 50 % iuran JKK dan JKM BPU (PP 50/2025)',
    percent: 50,
    windows: [
      { sector: 'transport', from: '2026-01', to: '2027-03' },
      { sector: 'other', from: '2026-04', to: '2026-12' },
    ],
    // DBH Sawit is spent through the regency's APBD, so it is paid "melalui APBD".
    excludedPayers: ['apbd_kabupaten', 'apbd_provinsi', 'dbh_sawit'],
    unsettledPayers: ['apb_nagari', 'other'],
    transportWords: ['transportasi', 'sopir', 'supir', 'pengemudi', 'driver', 'ojek', 'ojol', 'kurir', 'angkutan', 'angkot'],
    source: {
      name: 'PP Nomor 50 Tahun 2025 tentang Penyesuaian Iuran Jaminan Kecelakaan Kerja dan Jaminan Kematian bagi Peserta Bukan Penerima Upah',
      article:
        'Pasal 4 ayat (1): penyesuaian 50 % dari iuran JKK dan JKM yang seharusnya dibayar; Pasal 3: peserta BPU yang iurannya dibayar melalui APBN atau APBD dikecualikan; sektor transportasi iuran Januari 2026–Maret 2027, di luar sektor transportasi April–Desember 2026',
      date: 'diundangkan 22 Desember 2025',
      verified: 'secondary',
      note:
        'Pasal 4 ayat (1) dan pengecualian APBN/APBD dikutip pers (CNBC Indonesia, newstechupdates 4 Februari 2026) dan siaran pers Kemnaker (Dirjen PHI-JSK, 13 Januari 2026); bulan sektor transportasi dari Kemnaker dan ntvnews/Antara; April–Desember 2026 untuk sektor lain dari babeindonesia dan Antara Jateng. ' +
        'Jadi keringanan berlaku bagi pembayar selain APBN/APBD (mandiri, CSR, pihak ketiga lain). APB Desa/APB Nagari tidak disebut di sumber mana pun (belum terverifikasi): Cakap tidak menerapkannya untuk program APB Nagari. ' +
        'Pekerjaan sektor transportasi menurut Kemnaker: pengemudi ojek daring dan pangkalan, sopir angkutan, kurir paket dan logistik; daftar lengkapnya dalam PP tidak dapat dibaca.',
    },
  },
];

/** The JKM benefit paid to a BPU worker's heirs, in its parts. */
export const JKM_BENEFIT = {
  total: 42_000_000,
  parts: [
    { label: 'Santunan kematian', amount: 20_000_000 },
    { label: 'Santunan berkala 24 bulan, dibayar sekaligus', amount: 12_000_000 },
    { label: 'Biaya pemakaman', amount: 10_000_000 },
  ],
  source: {
    name: 'PP Nomor 82 Tahun 2019 tentang Perubahan atas PP Nomor 44 Tahun 2015',
    article: 'Manfaat JKM: santunan kematian, santunan berkala yang dibayar sekaligus, biaya pemakaman, beasiswa anak',
    date: '2019',
    verified: 'secondary',
    note: 'Rincian dan jumlah Rp 42 juta dari BPJS Ketenagakerjaan Kantor Cabang Bandung Suci (Republika, 21 Januari 2020) dan bpjsketenagakerjaan.go.id dikutip pers; pasalnya tidak dapat dibaca di sini. Beasiswa anak dibayar terpisah.',
  } satisfies RuleSource,
} as const;

export function contributionRuleAt(month: string): BpuContributionRule {
  return BPU_CONTRIBUTIONS.find((r) => r.from <= month && (r.to === null || month <= r.to)) ?? BPU_CONTRIBUTIONS.at(-1)!;
}

/** JKK and JKM of a BPU worker declaring this income in this month (JKK never below the lowest band). */
export function bpuContribution(income: number, month: string): { jkk: number; jkm: number; total: number } {
  const rule = contributionRuleAt(month);
  const jkk = Math.round((Math.max(income, rule.minimumIncome) * rule.jkkPercent) / 100);
  return { jkk, jkm: rule.jkm, total: jkk + rule.jkm };
}

/** The usual premium of the lowest income band, JKK + JKM: Rp 16.800 under the rules above. */
export const DEFAULT_BPU_PREMIUM = bpuContribution(0, '2026-01').total;

/**
 * The income a premium of JKK + JKM declares (premium − JKM = 1 % of the income); the lowest band when
 * the premium does not come from that arithmetic (a program that also pays JHT, a rounded amount).
 */
export function declaredIncome(premium: number, month: string, benefits: readonly string[]): number {
  const rule = contributionRuleAt(month);
  const jkkOnly = benefits.every((b) => b === 'JKK' || b === 'JKM');
  const income = ((premium - rule.jkm) * 100) / rule.jkkPercent;
  return jkkOnly && Number.isInteger(income) && income >= rule.minimumIncome ? income : rule.minimumIncome;
}

/** Whether an occupation is in the transport sector, by the relief's words. */
export function isTransportOccupation(occupation: string | null, rule: ReliefRule = BPU_RELIEFS[0]!): boolean {
  if (!occupation) return false;
  const words = ` ${occupation.toLowerCase().replace(/[^a-z]+/g, ' ')} `;
  return rule.transportWords.some((w) => words.includes(` ${w} `));
}

export interface ProgramPremiumInput {
  premium: number;
  /** The funding source key (programs.ts FUNDING_SOURCES). */
  source: string;
  benefits: readonly string[];
}

export interface ExpectedPremium {
  amount: number;
  /** The relief applied, or null when none applies. */
  relief: ReliefRule | null;
}

/**
 * What the branch may bill for one worker of a program in one month: the program's own premium, or
 * that premium less a relief in force for the worker's sector and month. A relief is applied only
 * where that is certain: the payer is not excluded nor unsettled, and the program pays JKK and JKM
 * alone (a premium holding JHT cannot be split here).
 */
export function expectedPremium(program: ProgramPremiumInput, month: string, occupation: string | null): ExpectedPremium {
  const jkkJkmOnly = program.benefits.length > 0 && program.benefits.every((b) => b === 'JKK' || b === 'JKM');
  if (jkkJkmOnly) {
    for (const rule of BPU_RELIEFS) {
      if (rule.excludedPayers.includes(program.source) || rule.unsettledPayers.includes(program.source)) continue;
      const sector = isTransportOccupation(occupation, rule) ? 'transport' : 'other';
      if (rule.windows.some((w) => w.sector === sector && w.from <= month && month <= w.to)) {
        return { amount: Math.round((program.premium * (100 - rule.percent)) / 100), relief: rule };
      }
    }
  }
  return { amount: program.premium, relief: null };
}

/** Whether any relief could touch a program in a month (for a note on the minute). */
export function reliefNote(program: ProgramPremiumInput, month: string): string | null {
  for (const rule of BPU_RELIEFS) {
    if (!rule.windows.some((w) => w.from <= month && month <= w.to)) continue;
    if (rule.excludedPayers.includes(program.source)) return `${rule.label} tidak berlaku: iuran dibayar melalui APBD.`;
    if (rule.unsettledPayers.includes(program.source)) return `${rule.label} tidak diterapkan Cakap: sumber pendanaan ini tidak disebut dalam peraturannya (belum terverifikasi).`;
    if (!program.benefits.every((b) => b === 'JKK' || b === 'JKM')) return `${rule.label} tidak diterapkan Cakap: iuran program ini memuat program selain JKK dan JKM.`;
    return `${rule.label} diterapkan pada bulan ini untuk pekerja yang memenuhi syarat.`;
  }
  return null;
}
