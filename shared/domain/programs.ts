import { DEFAULT_BPU_PREMIUM } from './premiums';

/** Funding sources and benefits as the regency names them. */
export const FUNDING_SOURCES = ['apbd_kabupaten', 'apbd_provinsi', 'dbh_sawit', 'apb_nagari', 'csr', 'employer', 'self', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  apbd_kabupaten: 'APBD Kabupaten',
  apbd_provinsi: 'APBD Provinsi',
  dbh_sawit: 'DBH Sawit',
  apb_nagari: 'APB Nagari',
  csr: 'CSR',
  employer: 'Pemberi kerja',
  self: 'Mandiri',
  other: 'Lainnya',
};

/** "APBD Kabupaten", "apbd-kabupaten", "DBH sawit" -> the source key, or null. */
export function parseFundingSource(text: string): FundingSource | null {
  const key = text.trim().toLowerCase().replace(/[^a-z]+/g, '_').replace(/^_|_$/g, '');
  const aliases: Record<string, FundingSource> = {
    apbd_kab: 'apbd_kabupaten', apbdkab: 'apbd_kabupaten', apbd_kabupaten: 'apbd_kabupaten', apbd: 'apbd_kabupaten',
    apbd_prov: 'apbd_provinsi', apbd_provinsi: 'apbd_provinsi',
    dbh_sawit: 'dbh_sawit', dbh: 'dbh_sawit', sawit: 'dbh_sawit',
    apb_nagari: 'apb_nagari', apbnag: 'apb_nagari', apb_nag: 'apb_nagari', apbdes: 'apb_nagari', apb_desa: 'apb_nagari', dana_desa: 'apb_nagari',
    csr: 'csr', pemberi_kerja: 'employer', employer: 'employer', perusahaan: 'employer',
    mandiri: 'self', self: 'self', lainnya: 'other', other: 'other',
  };
  return aliases[key] ?? null;
}

export const BENEFITS = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] as const;
export type Benefit = (typeof BENEFITS)[number];

export const BENEFIT_LABELS: Record<Benefit, string> = {
  JKK: 'Jaminan Kecelakaan Kerja',
  JKM: 'Jaminan Kematian',
  JHT: 'Jaminan Hari Tua',
  JP: 'Jaminan Pensiun',
  JKP: 'Jaminan Kehilangan Pekerjaan',
};

/**
 * The usual contribution for vulnerable workers, JKK + JKM of the lowest BPU income band, per worker
 * per month (Rp 16.800), from the dated rules and their regulations in premiums.ts.
 */
export const DEFAULT_PREMIUM = DEFAULT_BPU_PREMIUM;

export const END_REASONS = ['pindah', 'meninggal', 'bekerja', 'lainnya'] as const;
export type EndReason = (typeof END_REASONS)[number];
export const END_REASON_LABELS: Record<EndReason, string> = {
  pindah: 'Pindah domisili',
  meninggal: 'Meninggal dunia',
  bekerja: 'Sudah bekerja (dibayar pemberi kerja)',
  lainnya: 'Lainnya',
};

export const SEGMENTS = ['PU', 'BPU', 'JAKON', 'PMI'] as const;
export type Segment = (typeof SEGMENTS)[number];
export const SEGMENT_LABELS: Record<Segment, string> = {
  PU: 'Penerima Upah',
  BPU: 'Bukan Penerima Upah',
  JAKON: 'Jasa Konstruksi',
  PMI: 'Pekerja Migran Indonesia',
};
