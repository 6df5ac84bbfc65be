/**
 * The words of the loop with the BPJS branch: why a bill row should not be paid (one reason per row,
 * in this order: the first that holds is the row's reason), and the kinds of claims the branch pays.
 */

export const BILL_REASONS = ['notEnrolled', 'outsideEnrolment', 'afterDeath', 'doubleBilled', 'employedElsewhere', 'wrongAmount'] as const;
export type BillReason = (typeof BILL_REASONS)[number];

export const BILL_REASON_LABELS: Record<BillReason, string> = {
  notEnrolled: 'Bukan penerima program',
  outsideEnrolment: 'Di luar masa kepesertaan',
  afterDeath: 'Sesudah meninggal',
  doubleBilled: 'Ditagih ganda',
  employedElsewhere: 'Peserta penerima upah',
  wrongAmount: 'Iuran tidak sesuai',
};

/** What each reason means, in one sentence (the minute, the page, the CLI's help). */
export const BILL_REASON_HINTS: Record<BillReason, string> = {
  notEnrolled: 'tidak pernah menjadi penerima program ini',
  outsideEnrolment: 'penerima program, tetapi bulan tagihan di luar masa kepesertaannya',
  afterDeath: 'klaim JKM mencatat ia meninggal sebelum bulan tagihan',
  doubleBilled: 'orang yang sama sudah ditagih untuk bulan itu, di tagihan ini atau tagihan program lain (baris kedua dan seterusnya)',
  employedElsewhere: 'aktif sebagai peserta penerima upah (PU) di daftar peserta BPJS terbaru, sehingga iurannya kewajiban pemberi kerja',
  wrongAmount: 'iuran berbeda dari iuran program; yang dikecualikan hanya kelebihannya',
};

/** The figure counted under notBilled: beneficiaries of the month on no row of the bill. */
export const NOT_BILLED_LABEL = 'Penerima yang tidak ditagih';

export const CLAIM_TYPES = ['JKK', 'JKM', 'JHT', 'JKP', 'beasiswa'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const CLAIM_TYPE_LABELS: Record<ClaimType, string> = {
  JKK: 'JKK (kecelakaan kerja)',
  JKM: 'JKM (kematian)',
  JHT: 'JHT (hari tua)',
  JKP: 'JKP (kehilangan pekerjaan)',
  beasiswa: 'Beasiswa anak',
};

/** "SP2D No. 12/LS/2026" and "sp2d no 12-ls-2026" are the same payment order: case, spaces and dots aside, any dash or slash alike. */
export function referenceKey(reference: string): string {
  return reference.toUpperCase().replace(/[\s.]+/g, '').replace(/[-_\\/]+/g, '/');
}
