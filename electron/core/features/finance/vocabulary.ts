import type { ClaimType } from '../../../../shared/domain/finance';
import { normalizeHeader } from '../../platform/lists/headers';
import { findMonth } from '../../platform/lists/titleDates';
import { cellText, isBlank } from '../../platform/lists/values';
import type { Cell } from '../../platform/spreadsheet/read';

/**
 * What the BPJS branch calls the columns of its bills ("rincian tagihan iuran") and claim lists, and
 * what registration templates call theirs, for the header detection every list shares
 * (platform/lists/table.ts). Canonical header first.
 */

const NIK = ['nik', 'no ktp', 'nomor ktp', 'no nik', 'nomor induk kependudukan', 'nik peserta', 'nik tk', 'nik tenaga kerja', 'no identitas', 'nomor identitas', 'nik ktp', 'no e ktp'];
const KPJ = ['kpj', 'no kpj', 'nomor kpj', 'no peserta', 'nomor peserta', 'no kartu', 'no kartu peserta', 'no peserta bpjs', 'nomor kartu peserta'];
const NAME = ['nama', 'nama peserta', 'nama tk', 'nama tenaga kerja', 'nama lengkap', 'nama pekerja', 'nama sesuai ktp'];

export const BILL_FIELDS = {
  nik: NIK,
  kpj: KPJ,
  name: NAME,
  month: ['bulan', 'periode', 'bulan iuran', 'periode iuran', 'masa iuran', 'bln', 'periode tagihan', 'bulan tagihan', 'bln iuran', 'periode kepesertaan', 'iuran bulan'],
  amount: [
    'iuran', 'jumlah iuran', 'total iuran', 'nominal iuran', 'nilai iuran', 'tagihan', 'jumlah tagihan', 'total tagihan', 'nominal tagihan', 'iuran jkk jkm',
    'jumlah iuran jkk jkm', 'total iuran jkk jkm', 'jumlah', 'total', 'nominal', 'jumlah rp', 'iuran rp', 'jumlah iuran rp', 'besar iuran', 'iuran per bulan',
  ],
  jkk: ['jkk', 'iuran jkk', 'jkk rp'],
  jkm: ['jkm', 'iuran jkm', 'jkm rp'],
  claimType: ['jenis klaim', 'jenis manfaat', 'program klaim', 'tipe klaim', 'klaim'],
  rowNumber: ['no', 'no urut', 'nomor urut'],
};
export type BillField = keyof typeof BILL_FIELDS;

export const CLAIM_FIELDS = {
  nik: NIK,
  kpj: KPJ,
  name: NAME,
  type: ['jenis klaim', 'jenis manfaat', 'program', 'program klaim', 'tipe klaim', 'klaim', 'jenis program', 'kode klaim', 'jenis jaminan'],
  eventDate: [
    'tanggal kejadian', 'tgl kejadian', 'tanggal kecelakaan', 'tgl kecelakaan', 'tanggal meninggal', 'tgl meninggal', 'tanggal kematian', 'tgl kematian',
    'tanggal peristiwa', 'tgl peristiwa', 'tanggal kasus', 'tgl kasus',
  ],
  paidDate: ['tanggal bayar', 'tgl bayar', 'tanggal pembayaran', 'tgl pembayaran', 'tanggal dibayar', 'tgl dibayar', 'tanggal penetapan', 'tgl penetapan', 'tanggal cair', 'tgl cair'],
  amount: ['jumlah', 'nominal', 'jumlah klaim', 'nominal klaim', 'nilai klaim', 'jumlah manfaat', 'nilai manfaat', 'manfaat dibayar', 'jumlah dibayar', 'jumlah bayar', 'total klaim', 'jumlah rp', 'besar manfaat'],
  rowNumber: ['no', 'no urut', 'nomor urut'],
};
export type ClaimField = keyof typeof CLAIM_FIELDS;

/**
 * A branch's registration template: whatever it asks, the columns Cakap can fill. Fields it does not
 * know (mother's name, e-mail, bank account) stay empty and are named in a warning.
 */
export const REGISTRATION_FIELDS = {
  nik: NIK,
  name: NAME,
  birthPlaceDate: ['tempat tanggal lahir', 'tempat tgl lahir', 'ttl', 'tempat dan tanggal lahir', 'tempat tgl lhr', 'tmp tgl lahir'],
  birthPlace: ['tempat lahir', 'tmp lahir', 'tmpt lahir', 'tempat lhr'],
  birthDate: ['tanggal lahir', 'tgl lahir', 'tgl lhr', 'tanggal lhr', 'tgl lahir dd mm yyyy', 'tanggal lahir dd mm yyyy'],
  sex: ['jenis kelamin', 'l p', 'jk', 'kelamin', 'jns kelamin', 'jenis kel', 'sex', 'gender'],
  address: ['alamat', 'alamat lengkap', 'alamat domisili', 'alamat rumah', 'alamat sesuai ktp', 'alamat tempat tinggal'],
  district: ['kecamatan', 'kec', 'nama kecamatan'],
  village: ['desa', 'nagari', 'kelurahan', 'desa kelurahan', 'desa kel', 'kel desa', 'nagari desa', 'desa nagari', 'nama desa', 'nama nagari'],
  phone: ['no hp', 'nomor hp', 'hp', 'no telp', 'no telepon', 'telepon', 'nomor telepon', 'no handphone', 'handphone', 'no wa', 'whatsapp', 'telp', 'no hp wa'],
  occupation: ['pekerjaan', 'jenis pekerjaan', 'profesi', 'jenis usaha', 'mata pencaharian', 'bidang pekerjaan', 'lokasi kerja jenis pekerjaan'],
  income: ['penghasilan', 'upah', 'penghasilan per bulan', 'upah dilaporkan', 'penghasilan dilaporkan', 'upah penghasilan', 'penghasilan upah', 'besar penghasilan', 'upah sebulan'],
  programs: ['program', 'program jaminan', 'program bpjs', 'program yang diikuti', 'jenis program', 'program jamsostek'],
  period: ['periode', 'periode kepesertaan', 'masa kepesertaan', 'bulan kepesertaan', 'masa iuran', 'periode iuran'],
  funding: ['sumber dana', 'sumber pendanaan', 'pembayar iuran', 'sumber pembiayaan', 'dibayar oleh', 'penanggung iuran'],
  kpj: KPJ,
  rowNumber: ['no', 'no urut', 'nomor urut'],
};
export type RegistrationField = keyof typeof REGISTRATION_FIELDS;

/** Headers that hold a field's word but mean something else ("Nama Ibu Kandung", "No. KK", "NIK Ahli Waris"). */
export const NOT_A_PERSON_FIELD = /\b(ibu|ayah|ahli waris|kk|kartu keluarga|perusahaan|pemberi kerja|keterangan|ket|rekening|bank|email|npwp)\b/;

const CLAIM_WORDS: [RegExp, ClaimType][] = [
  [/^(jkk|jaminan kecelakaan kerja|kecelakaan kerja|kk|jkk rtw|jkk pak)$/, 'JKK'],
  [/^(jkm|jaminan kematian|kematian|meninggal|meninggal dunia)$/, 'JKM'],
  [/^(jht|jaminan hari tua|hari tua)$/, 'JHT'],
  [/^(jkp|jaminan kehilangan pekerjaan|kehilangan pekerjaan)$/, 'JKP'],
  [/^(beasiswa|beasiswa anak|beasiswa jkk|beasiswa jkm|beasiswa pendidikan anak)$/, 'beasiswa'],
];

/** "JKK", "Jaminan Kematian", "Beasiswa JKM" -> the claim type, or null. */
export function readClaimType(cell: Cell | undefined): ClaimType | null {
  const text = normalizeHeader(cellText(cell));
  for (const [pattern, type] of CLAIM_WORDS) if (pattern.test(text)) return type;
  return null;
}

/** A row's month: "11/2026", "Nov 2026", "November 2026", "2026-11", a date. null when blank; undefined when unreadable. */
export function readMonthCell(cell: Cell | undefined): string | null | undefined {
  if (isBlank(cell)) return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 7);
  return findMonth([cellText(cell)]) ?? undefined;
}
