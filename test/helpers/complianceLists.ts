import path from 'node:path';
import { writeWithOpenpyxl, type PyCell } from './openpyxl';
import { writeCsv, writeXlsx, type SheetSpec } from './spreadsheets';

/**
 * The lists a regency office holds about employers and construction, written the way they arrive:
 * the licensing office's OSS export (exceljs, title rows, one business listed twice under one NIB, a
 * 12-digit NIB, a row without a name, a misspelt kecamatan), Disnaker's WLKP recap as a semicolon CSV,
 * the BPJS branch's employer and project lists (openpyxl, names written "SAWIT SEJAHTERA LESTARI, PT"
 * and "KUD", NPWP without punctuation, a typo), and PUPR's package sheet with an APB Nagari sheet beside
 * it, values typed as text ("Rp 1.250.000.000,-", "2,1 M", "750 jt") and dates in several forms.
 */

export const OSS_ROWS = {
  sawitSejahtera: ['9120301234567', 'PT. Sawit Sejahtera Lestari', 'PT', '01.234.567.8-201.000', '01262', 'Perkebunan Buah Kelapa Sawit', 'Usaha Menengah', 120, 'Jl. Lintas Sumatera Km 12', 'Sangir Batang Hari', 'Lubuk Ulang Aling'],
  sawitSejahteraMill: ['9120301234567', 'PT. Sawit Sejahtera Lestari', 'PT', '01.234.567.8-201.000', '10431', 'Industri Minyak Mentah Kelapa Sawit', 'Usaha Menengah', 30, 'Jl. Lintas Sumatera Km 12', 'Sangir Batang Hari', 'Lubuk Ulang Aling'],
  karyaBersama: ['8120301234568', 'CV Karya Bersama', 'CV', '', '41011', 'Konstruksi Gedung Hunian', 'Usaha Kecil', 25, 'Pasar Padang Aro', 'Sangir', 'Lubuk Gadang'],
  kud: ['', 'Koperasi Unit Desa Sumber Rezeki', 'Koperasi', '', '01262', 'Perkebunan Buah Kelapa Sawit', 'Usaha Kecil', 18, 'Jorong Koto Baru', 'Sungai Pagu', ''],
  majuJaya: ['9120301234569', 'UD. Maju Jaya', 'Perorangan', '', '47521', 'Perdagangan Eceran Bahan Bangunan', 'Usaha Mikro', 4, 'Pasar Muara Labuh', 'Sungai Pagu', ''],
  sinarAbadi: ['', 'Toko Bangunan Sinar Abadi', 'Perorangan', '', '47521', 'Perdagangan Eceran Bahan Bangunan', 'Usaha Mikro', 0, 'Jl. Pauh Duo', 'Pauh Duo', ''],
  lubukGadang: ['9120301234570', 'PT Perkebunan Lubuk Gadang Makmur Tbk', 'PT', '02.111.222.3-201.000', '01262', 'Perkebunan Buah Kelapa Sawit', 'Usaha Besar', 300, 'Lubuk Gadang', 'Sangir', 'Lubuk Gadang'],
  rumahMakan: ['', 'Rumah Makan Sederhana Minang', 'Perorangan', '', '56101', 'Restoran', 'Usaha Mikro', 6, 'Pasar Muara Labuh', 'Sungai Pagu', ''],
  sawitJaya: ['', 'Sawit Jaya Lestari, PT', 'PT', '', '01262', 'Perkebunan Buah Kelapa Sawit', 'Usaha Kecil', 40, 'Bidar Alam', 'Sangir Jujuan', ''],
  shortNib: ['912030123456', 'CV Tiga Saudara', 'CV', '', '43301', 'Pengerjaan Pemasangan Kaca', 'Usaha Kecil', 9, 'Padang Aro', 'Sangir Btg Hari', ''],
} as const;

export const OSS_FILE = 'Data NIB OSS per 30 November 2026';

export function ossSheets(rows: readonly (readonly (string | number)[])[] = Object.values(OSS_ROWS)): SheetSpec[] {
  return [
    {
      name: 'Data NIB',
      rows: [
        ['DATA PERIZINAN BERUSAHA BERBASIS RISIKO (OSS RBA) KABUPATEN SOLOK SELATAN'],
        ['DPMPTSP, keadaan per 30 November 2026'],
        [],
        ['No', 'NIB', 'Nama Pelaku Usaha', 'Jenis Badan Usaha', 'NPWP', 'KBLI', 'Judul KBLI', 'Skala Usaha', 'Jumlah TKI', 'Alamat Usaha', 'Kecamatan', 'Kelurahan/Desa'],
        ...rows.map((r, i) => [i + 1, ...r]),
        [rows.length + 1, '9120301234599', '', 'PT', '', '01262', 'Perkebunan', 'Usaha Kecil', 12, 'Tanpa nama', 'Sangir', ''],
        ['', '', 'JUMLAH', '', '', '', '', '', rows.reduce((n, r) => n + Number(r[7]), 0)],
        [],
        ['', '', 'Padang Aro, 30 November 2026'],
        ['', '', 'Kepala DPMPTSP'],
        ['', '', '( Ir. HENDRA GUNAWAN )'],
      ],
      merges: ['A1:L1', 'A2:L2'],
    },
  ];
}

export async function writeOssList(dir: string, rows: readonly (readonly (string | number)[])[] = Object.values(OSS_ROWS)): Promise<string> {
  return writeXlsx(path.join(dir, `${OSS_FILE}.xlsx`), ossSheets(rows));
}

export const WLKP_FILE = 'rekap WLKP 2025';
export const WLKP_LINES = [
  'No;Nama Perusahaan;NIB;Nomor Pelaporan;Tahun Laporan;TK Laki-laki;TK Perempuan;Jumlah TK;Kecamatan',
  '1;PT SAWIT SEJAHTERA LESTARI;9120301234567;WLKP-2025-0001;2025;110;50;160;Sangir Batang Hari',
  '2;RM. Sederhana Minang (Rumah Makan);;WLKP-2025-0002;2025;4;2;6;Sungai Pagu',
  '3;PT Aneka Usaha Solok Selatan;;WLKP-2025-0003;2025;30;10;40;Koto Parik Gadang Diateh',
  '4;CV Karya Bersama;8120301234568;WLKP-2025-0004;2025;20;5;25;Sangir',
];

export function writeWlkpCsv(dir: string): string {
  return writeCsv(path.join(dir, `${WLKP_FILE}.csv`), WLKP_LINES, { bom: true });
}

export const BPJS_EMPLOYERS_FILE = 'Daftar PK aktif per 30 November 2026';

export function bpjsEmployerSheets(extra: (string | number | null)[][] = []): { name: string; rows: PyCell[][] }[] {
  return [
    {
      name: 'Pemberi Kerja',
      rows: [
        ['DAFTAR PEMBERI KERJA BPJS KETENAGAKERJAAN KANTOR CABANG SOLOK, WILAYAH KAB. SOLOK SELATAN'],
        ['POSISI 30 NOVEMBER 2026'],
        ['NO', 'NPP', 'NAMA PERUSAHAAN', 'NPWP', 'TK AKTIF', 'PROGRAM', 'STATUS', 'TUNGGAKAN (BLN)', 'KECAMATAN'],
        [1, '10000001', 'SAWIT SEJAHTERA LESTARI, PT', '012345678201000', 95, 'JKK, JKM, JHT, JP', 'AKTIF', 0, 'SANGIR BATANG HARI'],
        [2, '10000002', 'CV. KARYA BERSAMA', null, 25, 'JKK,JKM,JHT', 'AKTIF', 0, 'SANGIR'],
        [3, '10000003', 'KUD SUMBER REZEKI', null, 18, 'JKK-JKM', 'AKTIF', 0, 'SUNGAI PAGU'],
        [4, '10000004', 'PT PERKEBUNAN LUBUK GADANG MAKMUR', '021112223201000', 300, '4 PROGRAM', 'AKTIF - MENUNGGAK', 3, 'SANGIR'],
        [5, '10000005', 'UD MAJU JAYA', null, 4, 'JKK+JKM', 'AKTIF', 0, 'SUNGAI PAGU'],
        [6, '10000006', 'PT SAWIT JAYA LESTRI', null, 40, 'JKK, JKM, JHT', 'AKTIF', 0, 'SANGIR JUJUAN'],
        [7, '10000007', 'CV TANI MAKMUR', null, 7, 'JKK, JKM, JHT', 'AKTIF', 0, 'PAUH DUO'],
        ...extra,
      ],
    },
  ];
}

export function writeBpjsEmployers(dir: string, name = `${BPJS_EMPLOYERS_FILE}.xlsx`, extra: (string | number | null)[][] = []): string {
  return writeWithOpenpyxl(path.join(dir, name), bpjsEmployerSheets(extra));
}

export const PACKAGES_FILE = 'Paket konstruksi TA 2026 (SPSE + APB Nagari)';

export function packageSheets(): SheetSpec[] {
  return [
    {
      name: 'PUPR',
      rows: [
        ['DAFTAR PAKET PEKERJAAN KONSTRUKSI TAHUN ANGGARAN 2026'],
        ['No', 'Kode RUP', 'Nama Paket', 'Satuan Kerja', 'Jenis Pengadaan', 'Nama Penyedia', 'No. Kontrak', 'Tgl Kontrak', 'Nilai Kontrak', 'Sumber Dana', 'Lokasi', 'Kecamatan'],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)'],
        [1, '45100001', 'Peningkatan Jalan Padang Aro - Lubuk Gadang', 'Dinas PUPR', 'Pekerjaan Konstruksi', 'CV Karya Bersama', '027/SPK/PUPR-BM/2026', '02-03-2026', 'Rp 1.250.000.000,-', 'APBD', 'Padang Aro', 'Sangir'],
        [2, '45100002', 'Rehabilitasi Jaringan Irigasi Bandar Sangir', 'Dinas PUPR', 'Pekerjaan Konstruksi', 'PT Bangun Nagari Sejahtera', '045/SPK/PUPR-SDA/2026', '5 Maret 2026', '2,1 M', 'DAK Fisik', 'Bandar Sangir', 'Sangir'],
        [3, '45100003', 'Pembangunan Gedung Puskesmas Pakan Rabaa', 'Dinas Kesehatan', 'Pekerjaan Konstruksi', 'CV Putra Mandiri', '440/SPK/DINKES/2026', new Date(Date.UTC(2026, 4, 4)), '750 jt', 'APBD', 'Pakan Rabaa', 'Koto Parik Gadang Diateh'],
        [4, '45100004', 'Pengadaan Laptop Sekolah', 'Dinas Pendidikan', 'Barang', 'CV Komputer Jaya', '012/SP/DISDIK/2026', '10-03-2026', 450_000_000, 'APBD', '', ''],
        [5, '45100005', 'Pembangunan Jembatan Gantung Sungai Kunyit', 'Dinas PUPR', 'Pekerjaan Konstruksi', 'PT Jembatan Nusantara', '061/SPK/PUPR-BM/2026', '2026-04-06', 3_000_000_000, 'APBD Provinsi', 'Sungai Kunyit', 'Sangir Balai Janggo'],
        [6, '45100006', 'Pembangunan Drainase Pasar Muara Labuh', 'Dinas PUPR', 'Pekerjaan Konstruksi', 'CV Muara Indah', '', '03/06/2026', 'Rp. 480.000.000,00', 'APBD', 'Muara Labuh', 'Sungai Pagu'],
        [7, '45100007', 'Rehab Kantor Camat', 'Sekretariat Daerah', 'Pekerjaan Konstruksi', 'CV Bina Karya', '099/SPK/SETDA/2026', '31-02-2026', 'Rp 300.000.000', 'APBD', '', 'Sangir'],
        ['', '', 'JUMLAH', '', '', '', '', '', 8_330_000_000],
      ],
    },
    {
      name: 'APB Nagari',
      rows: [
        ['KEGIATAN FISIK APB NAGARI LUBUK GADANG TAHUN 2026'],
        ['No', 'Nama Kegiatan', 'Lokasi (Jorong)', 'Pelaksana (TPK)', 'Anggaran (Rp)', 'Tanggal Mulai', 'Tanggal Selesai', 'Jumlah Pekerja'],
        [1, 'Rabat Beton Jalan Jorong Koto Baru', 'Jorong Koto Baru', 'TPK Nagari Lubuk Gadang', 'Rp 150.000.000', '01-07-2026', '31-12-2026', 12],
        [2, 'Pembangunan Irigasi Tersier Jorong Pinang Awan', 'Jorong Pinang Awan', 'TPK Nagari Lubuk Gadang', '95 jt', '15-08-2026', '15-12-2026', null],
      ],
    },
  ];
}

export async function writePackages(dir: string): Promise<string> {
  return writeXlsx(path.join(dir, `${PACKAGES_FILE}.xlsx`), packageSheets());
}

export const BPJS_PROJECTS_FILE = 'Proyek Jakon terdaftar per 30-11-2026';

export function bpjsProjectSheets(): { name: string; rows: PyCell[][] }[] {
  return [
    {
      name: 'Jakon',
      rows: [
        ['DAFTAR PROYEK JASA KONSTRUKSI TERDAFTAR - KAB. SOLOK SELATAN'],
        ['No', 'Nomor Proyek', 'Nama Proyek', 'Kontraktor', 'No Kontrak', 'Nilai Kontrak', 'Tgl Kontrak', 'Tgl Daftar', 'Iuran', 'Jumlah TK'],
        [1, 'P2603000001', 'PENINGKATAN JALAN PADANG ARO-LUBUK GADANG', 'CV. KARYA BERSAMA', '27/SPK/PUPR.BM/2026', 1_250_000_000, { date: '2026-03-02' }, { date: '2026-03-10' }, 2_040_000, 35],
        [2, 'P2603000002', 'REHABILITASI JARINGAN IRIGASI BANDAR SANGIR', 'PT BANGUN NAGARI SEJAHTERA', '045/SPK/PUPR-SDA/2026', 2_100_000_000, { date: '2026-03-05' }, { date: '2026-04-20' }, 3_000_000, 40],
        [3, 'P2604000003', 'PEMBANGUNAN JEMBATAN GANTUNG SUNGAI KUNYIT', 'PT JEMBATAN NUSANTARA', '061/SPK/PUPR-BM/2026', 2_500_000_000, { date: '2026-04-06' }, { date: '2026-04-14' }, 3_500_000, 30],
        [4, 'P2606000004', 'PEMBANGUNAN DRAINASE PSR MUARA LABUH', 'CV MUARA INDAH', null, 480_000_000, { date: '2026-06-03' }, { date: '2026-06-12' }, 900_000, 15],
      ],
    },
  ];
}

export function writeBpjsProjects(dir: string): string {
  return writeWithOpenpyxl(path.join(dir, `${BPJS_PROJECTS_FILE}.xlsx`), bpjsProjectSheets());
}
