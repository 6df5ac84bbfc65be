import type { ComplianceListKind } from '../../../../shared/contract/compliance';
import { normalizeHeader } from '../../platform/lists/headers';
import type { Vocabulary } from '../../platform/lists/table';

/**
 * The five lists of the compliance feature, as data: for each field the canonical header (what a
 * template written by Cakap uses, recognised with full confidence) and the other ways offices write
 * it, which fields a list must have, and the fields that tell one kind of list from its siblings.
 * Synonyms are written as normalizeHeader leaves them: lower case, words separated by one space.
 */

export interface ListField {
  /** The header a template uses; recognised exactly. */
  header: string;
  synonyms: readonly string[];
  /** A sentence for the template's instruction sheet. */
  hint: string;
  /** An example value for the template. */
  example?: string | number;
}

export interface ListKindSpec<F extends string = string> {
  kind: ComplianceListKind;
  family: 'employers' | 'projects';
  /** "daftar izin usaha (OSS)". */
  label: string;
  fields: Record<F, ListField>;
  /** A header row must name these. */
  required: readonly F[];
  /**
   * How much each column tells that a sheet is this kind of list: 10 for columns only this kind has
   * (NPP, nomor WLKP, kode RUP), less for columns its siblings share. The kind scoring most wins; a
   * sheet scoring under 3 for every kind is not such a list.
   */
  weights: Partial<Record<F, number>>;
  /** Words in a title, sheet or file name that point to this kind (breaks ties). */
  titleWords: RegExp;
  /** Header words that contain a field's word but mean something else. */
  exclude: RegExp;
  /** The template's columns, in order. */
  templateFields: readonly F[];
}

const f = (header: string, synonyms: readonly string[], hint: string, example?: string | number): ListField => ({ header, synonyms, hint, example });

const NAME = f(
  'Nama Perusahaan',
  ['nama perusahaan', 'nama pelaku usaha', 'nama usaha', 'nama badan usaha', 'nama pemberi kerja', 'nama perusahaan pemberi kerja', 'perusahaan', 'pelaku usaha', 'pemberi kerja', 'nama', 'nama pk'],
  'Nama lengkap usaha, boleh dengan PT/CV/UD/Koperasi di depan atau di belakang.',
  'PT Sawit Sejahtera Lestari',
);
const NIB = f('NIB', ['nib', 'nomor induk berusaha', 'no nib', 'nomor nib', 'no induk berusaha'], 'Nomor Induk Berusaha, 13 angka (tulis sebagai teks).', '9120301234567');
const NPWP = f('NPWP', ['npwp', 'npwp perusahaan', 'no npwp', 'nomor npwp', 'npwp badan usaha', 'npwp pelaku usaha', 'npwp badan'], 'NPWP 15 atau 16 angka, dengan atau tanpa titik.', '01.234.567.8-201.000');
const KBLI = f('KBLI', ['kbli', 'kode kbli', 'kbli 2020', 'no kbli', 'kode kbli 2020'], 'Kode KBLI 5 angka.', '01262');
const FIELD = f('Bidang Usaha', ['bidang usaha', 'judul kbli', 'uraian kbli', 'nama kbli', 'kegiatan usaha', 'jenis usaha', 'sektor usaha', 'sektor'], 'Uraian kegiatan usaha (judul KBLI).', 'Perkebunan Buah Kelapa Sawit');
const SCALE = f('Skala Usaha', ['skala usaha', 'skala', 'uraian skala usaha', 'kategori usaha', 'skala usaha umk'], 'Mikro, Kecil, Menengah atau Besar.', 'Menengah');
const ADDRESS = f('Alamat', ['alamat', 'alamat usaha', 'alamat perusahaan', 'alamat kantor', 'lokasi usaha', 'alamat lokasi usaha', 'alamat pemberi kerja'], 'Alamat usaha.', 'Jl. Raya Padang Aro No. 12');
const DISTRICT = f('Kecamatan', ['kecamatan', 'kec', 'kecamatan usaha', 'kecamatan lokasi usaha', 'nama kecamatan', 'kecamatan lokasi'], 'Kecamatan tempat usaha.', 'Sangir');
const VILLAGE = f('Nagari/Desa', ['nagari', 'desa', 'kelurahan', 'desa kelurahan', 'nagari desa', 'kel desa', 'nama nagari', 'nama desa'], 'Nagari/desa tempat usaha.', 'Lubuk Gadang');
const WORKERS = f(
  'Jumlah Tenaga Kerja',
  ['jumlah tenaga kerja', 'tenaga kerja', 'jumlah tk', 'jml tk', 'jumlah pekerja', 'total tenaga kerja', 'total tk', 'total pekerja', 'jumlah tki', 'tki', 'tenaga kerja indonesia', 'jumlah tenaga kerja indonesia', 'jml pekerja'],
  'Jumlah pekerja yang dilaporkan.',
  45,
);
const ROW_NUMBER = f('No', ['no', 'no urut', 'nomor urut', 'nomor'], 'Nomor urut (tidak dibaca).', 1);

const EMPLOYER_EXCLUDE = /\b(pemilik|penanggung jawab|direktur|pimpinan|kontak|pic|email|e mail|telepon|telp|hp|wa|izin lain|nomor izin|tanggal izin)\b/;

export const OSS_LIST: ListKindSpec = {
  kind: 'oss',
  family: 'employers',
  label: 'daftar izin usaha (OSS/DPMPTSP)',
  fields: {
    name: NAME,
    nib: NIB,
    npwp: NPWP,
    legalForm: f('Jenis Badan Usaha', ['jenis badan usaha', 'bentuk badan usaha', 'jenis perusahaan', 'badan usaha', 'status badan hukum', 'jenis pelaku usaha'], 'PT, CV, UD, Koperasi, Perorangan…', 'PT'),
    kbli: KBLI,
    field: FIELD,
    scale: SCALE,
    capital: f('Modal Usaha (Rp)', ['modal usaha', 'modal', 'jumlah investasi', 'nilai investasi', 'total investasi', 'investasi', 'modal usaha rp'], 'Modal usaha tanpa tanah dan bangunan; dipakai bila skala usaha kosong.', 2_500_000_000),
    workers: WORKERS,
    foreignWorkers: f('Jumlah TKA', ['tka', 'jumlah tka', 'tenaga kerja asing', 'jumlah tenaga kerja asing'], 'Tenaga kerja asing, ditambahkan ke jumlah pekerja.', 0),
    issuedDate: f('Tanggal Terbit NIB', ['tanggal terbit nib', 'tanggal terbit', 'tgl terbit', 'tanggal nib', 'tgl nib', 'tgl terbit nib'], 'Tanggal NIB terbit.', '12-03-2024'),
    address: ADDRESS,
    district: DISTRICT,
    village: VILLAGE,
    rowNumber: ROW_NUMBER,
  },
  required: ['name'],
  weights: { nib: 3, kbli: 3, scale: 3, field: 2, capital: 10, issuedDate: 10, legalForm: 10, foreignWorkers: 10, workers: 1 },
  titleWords: /\b(oss|izin usaha|perizinan|nib|dpmptsp|pelaku usaha|investasi)\b/i,
  exclude: EMPLOYER_EXCLUDE,
  templateFields: ['rowNumber', 'name', 'nib', 'npwp', 'kbli', 'field', 'scale', 'capital', 'workers', 'address', 'district', 'village'],
};

export const WLKP_LIST: ListKindSpec = {
  kind: 'wlkp',
  family: 'employers',
  label: 'daftar laporan WLKP (Disnaker)',
  fields: {
    name: NAME,
    nib: NIB,
    npwp: NPWP,
    wlkpNumber: f('Nomor Pelaporan WLKP', ['nomor pelaporan wlkp', 'nomor pelaporan', 'no pelaporan', 'nomor wlkp', 'no wlkp', 'nomor laporan', 'no laporan wlkp', 'nomor pendaftaran wlkp', 'no pendaftaran wlkp'], 'Nomor pelaporan WLKP online.', 'WLKP-2025-001234'),
    reportYear: f('Tahun Laporan', ['tahun laporan', 'tahun pelaporan', 'periode laporan', 'tahun wlkp', 'periode pelaporan'], 'Tahun yang dilaporkan.', 2025),
    reportDate: f('Tanggal Lapor', ['tanggal lapor', 'tgl lapor', 'tanggal pelaporan', 'tgl pelaporan', 'tanggal laporan'], 'Tanggal perusahaan melapor.', '15-01-2025'),
    workersMale: f('Tenaga Kerja Laki-laki', ['tenaga kerja laki laki', 'tk laki laki', 'jumlah tk laki laki', 'pekerja laki laki', 'laki laki', 'tk l', 'tk lk'], 'Pekerja laki-laki.', 30),
    workersFemale: f('Tenaga Kerja Perempuan', ['tenaga kerja perempuan', 'tk perempuan', 'jumlah tk perempuan', 'pekerja perempuan', 'perempuan', 'tk p', 'tk pr'], 'Pekerja perempuan.', 15),
    workers: WORKERS,
    kbli: KBLI,
    field: FIELD,
    scale: SCALE,
    address: ADDRESS,
    district: DISTRICT,
    village: VILLAGE,
    rowNumber: ROW_NUMBER,
  },
  required: ['name'],
  weights: { wlkpNumber: 10, reportYear: 10, reportDate: 10, workersMale: 10, workersFemale: 10, workers: 2, nib: 1, kbli: 1, scale: 1 },
  titleWords: /\b(wlkp|wajib lapor|ketenagakerjaan di perusahaan)\b/i,
  exclude: EMPLOYER_EXCLUDE,
  templateFields: ['rowNumber', 'name', 'nib', 'npwp', 'wlkpNumber', 'reportYear', 'workersMale', 'workersFemale', 'workers', 'field', 'address', 'district', 'village'],
};

export const BPJS_EMPLOYER_LIST: ListKindSpec = {
  kind: 'bpjs_employers',
  family: 'employers',
  label: 'daftar pemberi kerja terdaftar (BPJS Ketenagakerjaan)',
  fields: {
    name: NAME,
    npp: f('NPP', ['npp', 'no npp', 'nomor npp', 'nomor pendaftaran perusahaan', 'no pendaftaran perusahaan', 'kode perusahaan', 'npp perusahaan'], 'Nomor Pendaftaran Perusahaan di BPJS Ketenagakerjaan.', '12345678'),
    nib: NIB,
    npwp: NPWP,
    activeWorkers: f(
      'Tenaga Kerja Aktif',
      ['tenaga kerja aktif', 'tk aktif', 'jumlah tk aktif', 'jumlah tenaga kerja aktif', 'peserta aktif', 'jumlah peserta aktif', 'jumlah peserta', 'tk terdaftar', 'jumlah tk terdaftar', 'jumlah tenaga kerja terdaftar', 'tenaga kerja terdaftar', 'jml tk aktif'],
      'Pekerja yang terdaftar dan aktif.',
      40,
    ),
    programs: f('Program', ['program', 'program yang diikuti', 'program diikuti', 'kepesertaan program', 'program bpjs', 'jenis program', 'program kepesertaan', 'program jamsostek'], 'Program yang diikuti, mis. JKK, JKM, JHT, JP.', 'JKK, JKM, JHT, JP'),
    jkk: f('JKK', ['jkk'], 'Ya/Tidak', 'Ya'),
    jkm: f('JKM', ['jkm'], 'Ya/Tidak', 'Ya'),
    jht: f('JHT', ['jht'], 'Ya/Tidak', 'Ya'),
    jp: f('JP', ['jp', 'jaminan pensiun'], 'Ya/Tidak', 'Ya'),
    jkp: f('JKP', ['jkp'], 'Ya/Tidak', 'Ya'),
    status: f('Status', ['status', 'status kepesertaan', 'status perusahaan', 'status pemberi kerja', 'keterangan status', 'keterangan', 'status pk'], 'Aktif, Menunggak, Non Aktif…', 'Aktif'),
    arrearsMonths: f('Tunggakan (Bulan)', ['tunggakan bulan', 'lama tunggakan', 'jumlah bulan tunggakan', 'bulan tunggakan', 'menunggak bulan', 'tunggakan bln'], 'Berapa bulan iuran menunggak.', 0),
    arrearsAmount: f('Tunggakan (Rp)', ['tunggakan rp', 'tunggakan', 'tunggakan iuran', 'nilai tunggakan', 'jumlah tunggakan', 'piutang iuran', 'piutang'], 'Tunggakan iuran dalam rupiah.', 0),
    registeredDate: f('Tanggal Terdaftar', ['tanggal terdaftar', 'tgl terdaftar', 'tanggal kepesertaan', 'tgl kepesertaan', 'tmt', 'tmt kepesertaan', 'tanggal daftar', 'tgl daftar'], 'Tanggal mulai terdaftar.', '01-02-2019'),
    scale: SCALE,
    address: ADDRESS,
    district: DISTRICT,
    village: VILLAGE,
    rowNumber: ROW_NUMBER,
  },
  required: ['name'],
  weights: { npp: 10, activeWorkers: 10, programs: 10, jkk: 10, jht: 10, arrearsMonths: 10, arrearsAmount: 10, registeredDate: 5, status: 2, nib: 1, scale: 1 },
  titleWords: /\b(bpjs|jamsostek|npp|pemberi kerja terdaftar|peserta pu)\b/i,
  exclude: EMPLOYER_EXCLUDE,
  templateFields: ['rowNumber', 'npp', 'name', 'nib', 'npwp', 'activeWorkers', 'programs', 'status', 'arrearsMonths', 'arrearsAmount', 'registeredDate', 'address', 'district'],
};

const PACKAGE = f(
  'Nama Paket',
  ['nama paket', 'paket', 'nama paket pekerjaan', 'judul paket', 'nama pekerjaan', 'paket pekerjaan', 'uraian pekerjaan', 'pekerjaan', 'nama kegiatan', 'kegiatan', 'uraian kegiatan', 'nama proyek', 'proyek', 'nama proyek pekerjaan'],
  'Nama paket pekerjaan konstruksi.',
  'Peningkatan Jalan Padang Aro – Lubuk Gadang',
);
const CONTRACTOR = f(
  'Penyedia',
  ['penyedia', 'nama penyedia', 'penyedia jasa', 'kontraktor', 'nama kontraktor', 'pelaksana', 'nama pelaksana', 'rekanan', 'pemenang', 'nama pemenang', 'nama perusahaan', 'perusahaan', 'tpk', 'tim pelaksana kegiatan', 'pelaksana kegiatan', 'nama pemberi kerja', 'pemberi kerja'],
  'Perusahaan pelaksana (atau TPK untuk swakelola nagari).',
  'CV Karya Bersama',
);
const CONTRACT_NUMBER = f(
  'Nomor Kontrak',
  ['nomor kontrak', 'no kontrak', 'nomor spk', 'no spk', 'nomor kontrak spk', 'no kontrak spk', 'nomor surat perjanjian', 'no surat perjanjian', 'nomor sp', 'no sp', 'nomor surat perintah kerja', 'no surat perintah kerja'],
  'Nomor kontrak/SPK.',
  '027/SPK/PUPR-BM/2026',
);
const CONTRACT_DATE = f(
  'Tanggal Kontrak',
  ['tanggal kontrak', 'tgl kontrak', 'tanggal spk', 'tgl spk', 'tanggal kontrak spk', 'tgl kontrak spk', 'tanggal surat perjanjian', 'tanggal penandatanganan kontrak', 'tgl penandatanganan kontrak'],
  'Tanggal kontrak/SPK: awal batas waktu pendaftaran.',
  '03-03-2026',
);
const VALUE = f(
  'Nilai Kontrak (Rp)',
  ['nilai kontrak rp', 'nilai kontrak', 'nilai spk', 'harga kontrak', 'nilai pekerjaan', 'nilai kontrak spk', 'nilai', 'nilai proyek', 'nilai paket', 'realisasi'],
  'Nilai kontrak dalam rupiah (1.250.000.000, Rp 1,25 M, 750 jt).',
  1_250_000_000,
);
const WORKERS_PROJECT = f('Jumlah Tenaga Kerja', ['jumlah tenaga kerja', 'jumlah pekerja', 'tenaga kerja', 'jumlah tk', 'jml tk', 'pekerja', 'jumlah tk proyek', 'jml pekerja'], 'Pekerja proyek; kosong: diperkirakan dari nilai kontrak.', 25);
const START = f('Tanggal Mulai', ['tanggal mulai', 'tgl mulai', 'mulai', 'tanggal mulai pekerjaan', 'tanggal spmk', 'tgl spmk', 'tmt pekerjaan'], 'Tanggal mulai pekerjaan.', '10-03-2026');
const END = f('Tanggal Selesai', ['tanggal selesai', 'tgl selesai', 'selesai', 'tanggal akhir', 'tgl akhir', 'tanggal selesai pekerjaan', 'akhir kontrak', 'tanggal akhir kontrak'], 'Tanggal selesai pekerjaan.', '30-09-2026');
const LOCATION = f('Lokasi', ['lokasi', 'lokasi pekerjaan', 'lokasi kegiatan', 'lokasi paket', 'alamat lokasi', 'lokasi proyek'], 'Lokasi pekerjaan.', 'Jorong Koto Baru');
const OPD = f(
  'OPD',
  ['opd', 'satuan kerja', 'satker', 'nama satker', 'nama satuan kerja', 'instansi', 'perangkat daerah', 'skpd', 'k l pd', 'klpd', 'unit kerja', 'dinas', 'pengguna anggaran', 'pemilik proyek', 'pengguna jasa', 'pemilik pekerjaan'],
  'Perangkat daerah pemilik paket (untuk APB Nagari: Pemerintah Nagari …).',
  'Dinas PUPR',
);

const PROJECT_EXCLUDE = /\b(ppk|pptk|kpa|pejabat|direktur|penanggung jawab|kontak|telepon|telp|hp|email|npwp ppk)\b/;

export const PACKAGE_LIST: ListKindSpec = {
  kind: 'packages',
  family: 'projects',
  label: 'daftar paket pekerjaan konstruksi',
  fields: {
    package: PACKAGE,
    opd: OPD,
    contractor: CONTRACTOR,
    contractorNpwp: f('NPWP Penyedia', ['npwp penyedia', 'npwp', 'npwp pemenang', 'npwp rekanan', 'npwp kontraktor'], 'NPWP penyedia.', '02.345.678.9-201.000'),
    contractNumber: CONTRACT_NUMBER,
    contractDate: CONTRACT_DATE,
    value: VALUE,
    ceiling: f('Pagu (Rp)', ['pagu rp', 'pagu', 'pagu anggaran', 'nilai pagu', 'pagu paket', 'hps', 'nilai hps', 'anggaran', 'jumlah anggaran', 'nilai anggaran', 'anggaran rp'], 'Pagu anggaran; dipakai bila nilai kontrak kosong.', 1_300_000_000),
    startDate: START,
    endDate: END,
    duration: f('Jangka Waktu (hari)', ['jangka waktu hari', 'jangka waktu', 'waktu pelaksanaan', 'lama pekerjaan', 'jangka waktu pelaksanaan', 'waktu pelaksanaan hari', 'hari kalender', 'lama pelaksanaan'], 'Lama pekerjaan dalam hari kalender.', 180),
    location: LOCATION,
    district: f('Kecamatan', ['kecamatan', 'kec', 'kecamatan lokasi', 'nama kecamatan'], 'Kecamatan lokasi pekerjaan.', 'Sangir'),
    village: VILLAGE,
    funding: f('Sumber Dana', ['sumber dana', 'sumber anggaran', 'sumber pendanaan', 'asal dana', 'dana', 'sumber'], 'APBD, APBD Provinsi, APBN/DAK, APB Nagari/Dana Desa.', 'APBD'),
    year: f('Tahun Anggaran', ['tahun anggaran', 'ta', 'tahun', 'thn anggaran', 'tahun anggaran ta'], 'Tahun anggaran.', 2026),
    workers: WORKERS_PROJECT,
    procurement: f('Jenis Pengadaan', ['jenis pengadaan', 'jenis paket', 'kategori pengadaan', 'jenis pekerjaan', 'kategori'], 'Pekerjaan Konstruksi atau Jasa Konsultansi Konstruksi.', 'Pekerjaan Konstruksi'),
    method: f('Metode Pemilihan', ['metode pemilihan', 'metode pengadaan', 'cara pengadaan', 'metode', 'cara pemilihan'], 'Tender, Pengadaan Langsung, Swakelola…', 'Tender'),
    rupCode: f('Kode RUP', ['kode rup', 'id rup', 'kode paket', 'kode tender', 'id paket', 'kode rup paket'], 'Kode RUP/tender.', '45123456'),
    rowNumber: ROW_NUMBER,
  },
  required: ['package'],
  weights: { opd: 10, ceiling: 10, funding: 10, rupCode: 10, procurement: 10, method: 10, duration: 5, contractor: 2, contractNumber: 2, contractDate: 2, value: 2, startDate: 1, location: 1 },
  titleWords: /\b(sirup|spse|rup|paket|pengadaan|pupr|apb nagari|apbnag|dana desa|kegiatan fisik)\b/i,
  exclude: PROJECT_EXCLUDE,
  templateFields: ['rowNumber', 'package', 'opd', 'contractor', 'contractNumber', 'contractDate', 'value', 'startDate', 'endDate', 'location', 'district', 'village', 'funding', 'year', 'workers'],
};

export const BPJS_PROJECT_LIST: ListKindSpec = {
  kind: 'bpjs_projects',
  family: 'projects',
  label: 'daftar proyek konstruksi terdaftar (BPJS Ketenagakerjaan)',
  fields: {
    package: PACKAGE,
    registrationNumber: f(
      'Nomor Proyek BPJS',
      ['nomor proyek bpjs', 'nomor proyek', 'no proyek', 'npp proyek', 'nomor pendaftaran proyek', 'no pendaftaran proyek', 'kode proyek', 'no registrasi proyek', 'nomor registrasi', 'nomor kepesertaan proyek', 'no kepesertaan'],
      'Nomor pendaftaran proyek di BPJS Ketenagakerjaan.',
      'P2601234567',
    ),
    contractor: CONTRACTOR,
    opd: OPD,
    contractNumber: CONTRACT_NUMBER,
    contractDate: CONTRACT_DATE,
    value: VALUE,
    registeredDate: f(
      'Tanggal Daftar',
      ['tanggal daftar', 'tgl daftar', 'tanggal pendaftaran', 'tgl pendaftaran', 'tanggal kepesertaan', 'tgl kepesertaan', 'tmt', 'tanggal terdaftar', 'tgl terdaftar', 'tanggal registrasi', 'tgl registrasi'],
      'Tanggal proyek didaftarkan.',
      '12-03-2026',
    ),
    contribution: f('Iuran (Rp)', ['iuran rp', 'iuran', 'jumlah iuran', 'iuran dibayar', 'total iuran', 'iuran jkk jkm', 'nilai iuran', 'iuran terbayar'], 'Iuran JKK dan JKM yang dibayar.', 2_040_000),
    workers: WORKERS_PROJECT,
    startDate: START,
    endDate: END,
    location: LOCATION,
    district: f('Kecamatan', ['kecamatan', 'kec', 'kecamatan lokasi', 'nama kecamatan'], 'Kecamatan lokasi pekerjaan.', 'Sangir'),
    village: VILLAGE,
    status: f('Status', ['status', 'status proyek', 'status kepesertaan', 'keterangan'], 'Aktif, Selesai…', 'Aktif'),
    rowNumber: ROW_NUMBER,
  },
  required: ['package'],
  weights: { registrationNumber: 10, registeredDate: 10, contribution: 10, contractor: 2, contractNumber: 2, contractDate: 2, value: 2 },
  titleWords: /\b(bpjs|jamsostek|jakon|jasa konstruksi terdaftar|proyek terdaftar)\b/i,
  exclude: PROJECT_EXCLUDE,
  templateFields: ['rowNumber', 'registrationNumber', 'package', 'contractor', 'opd', 'contractNumber', 'contractDate', 'value', 'registeredDate', 'contribution', 'workers'],
};

export const EMPLOYER_LISTS: readonly ListKindSpec[] = [OSS_LIST, WLKP_LIST, BPJS_EMPLOYER_LIST];
export const PROJECT_LISTS: readonly ListKindSpec[] = [PACKAGE_LIST, BPJS_PROJECT_LIST];
export const COMPLIANCE_LISTS: readonly ListKindSpec[] = [...EMPLOYER_LISTS, ...PROJECT_LISTS];

export function listSpec(kind: ComplianceListKind): ListKindSpec {
  return COMPLIANCE_LISTS.find((s) => s.kind === kind)!;
}

/** The spec as header detection wants it: field -> normalised words, the canonical header first. */
export function vocabularyOf(spec: ListKindSpec): Vocabulary<string> {
  return Object.fromEntries(Object.entries(spec.fields).map(([field, def]) => [field, [normalizeHeader(def.header), ...def.synonyms]]));
}
