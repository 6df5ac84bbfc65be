import { normalizeHeader } from '../../platform/lists/headers';
import type { Cell } from '../../platform/spreadsheet/read';
import { cellText } from '../../platform/lists/values';

export { detectTable, type DetectedTable } from '../../platform/lists/table';

/** Column names in the lists and recaps the BPJS Ketenagakerjaan branch sends. */

export const MEMBER_FIELDS = {
  nik: ['nik', 'no ktp', 'nomor ktp', 'nomor induk kependudukan', 'nik peserta', 'nik tk', 'no identitas', 'nomor identitas'],
  kpj: ['kpj', 'no kpj', 'nomor kpj', 'no peserta', 'nomor peserta', 'no kartu'],
  name: ['nama', 'nama peserta', 'nama tk', 'nama tenaga kerja', 'nama lengkap', 'nama pekerja'],
  segment: ['segmen', 'segmentasi', 'kepesertaan', 'jenis kepesertaan', 'program kepesertaan', 'kategori', 'kategori peserta', 'segmen peserta'],
  status: ['status', 'status kepesertaan', 'status peserta', 'keaktifan', 'status aktif'],
  startDate: ['tgl kepesertaan', 'tanggal kepesertaan', 'tmt', 'tmt kepesertaan', 'tgl terdaftar', 'tanggal terdaftar', 'tgl daftar', 'tanggal daftar', 'tgl mulai', 'tanggal mulai'],
  rowNumber: ['no', 'no urut', 'nomor urut'],
};
export type MemberField = keyof typeof MEMBER_FIELDS;

export const RECAP_FIELDS = {
  district: ['kecamatan', 'kec', 'wilayah', 'nama kecamatan', 'kecamatan domisili'],
  segment: ['segmen', 'segmentasi', 'kepesertaan', 'jenis kepesertaan', 'kategori'],
  active: ['peserta aktif', 'jumlah peserta aktif', 'aktif', 'jumlah aktif', 'tk aktif', 'jumlah tk aktif', 'jumlah peserta', 'jumlah'],
  month: ['bulan', 'periode', 'bulan laporan', 'periode laporan'],
  pu: ['pu', 'penerima upah', 'ppu'],
  bpu: ['bpu', 'bukan penerima upah', 'pbpu'],
  jakon: ['jakon', 'jasa konstruksi', 'jasa kontruksi', 'konstruksi'],
  pmi: ['pmi', 'pekerja migran', 'pekerja migran indonesia', 'tki'],
  total: ['total', 'jumlah total', 'total aktif', 'total peserta'],
  rowNumber: ['no', 'no urut'],
};
export type RecapField = keyof typeof RECAP_FIELDS;

const SEGMENT_WORDS: [RegExp, 'PU' | 'BPU' | 'JAKON' | 'PMI'][] = [
  [/^(bpu|pbpu|bukan penerima upah|informal|mandiri)$/, 'BPU'],
  [/^(pu|ppu|penerima upah|formal)$/, 'PU'],
  [/^(jakon|jasa konstruksi|jasa kontruksi|konstruksi)$/, 'JAKON'],
  [/^(pmi|pekerja migran( indonesia)?|tki)$/, 'PMI'],
];

export function readSegment(cell: Cell | undefined): 'PU' | 'BPU' | 'JAKON' | 'PMI' | null {
  const text = normalizeHeader(cellText(cell));
  for (const [pattern, segment] of SEGMENT_WORDS) if (pattern.test(text)) return segment;
  return null;
}

/** "Aktif", "AKTIF", "1", "Ya" -> true; "Non Aktif", "Tidak Aktif", "0" -> false; blank -> null. */
export function readActive(cell: Cell | undefined): boolean | null {
  const text = normalizeHeader(cellText(cell)).replace(/\s+/g, '');
  if (!text) return null;
  if (/^(aktif|active|1|ya|y)$/.test(text)) return true;
  if (/^(nonaktif|tidakaktif|nonactive|inactive|0|tidak|t|keluar|berhenti|na)$/.test(text)) return false;
  return null;
}
