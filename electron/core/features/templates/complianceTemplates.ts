import type { ComplianceListKind } from '../../../../shared/contract/compliance';
import { listSpec, type ListField } from '../compliance/vocabulary';
import { FIRST_DATA_ROW, type TemplateColumn, type TemplateLists, type TemplateSpec } from './spec';

/**
 * The templates of the five employer and construction lists. Their columns are the list's own
 * template fields (compliance/vocabulary.ts), each under its canonical header, so the importer
 * recognises every column for certain and the list as its own kind; what each field holds (a code
 * kept as text, a date, a Rupiah amount, a choice) is said here.
 */

const BLANK_ROWS = 1000;

/** The values the importer reads (compliance/values.ts): scale words, funding sources, statuses. */
const SCALES = ['Mikro', 'Kecil', 'Menengah', 'Besar'];
const FUNDING = ['APBD', 'DAK Fisik', 'APBD Provinsi', 'APBN', 'APB Nagari', 'Dana Desa', 'CSR/Swasta'];
const EMPLOYER_STATUS = ['Aktif', 'Menunggak', 'Non Aktif'];
const LEGAL_FORMS = ['PT', 'CV', 'UD', 'Firma', 'Koperasi', 'Yayasan', 'Perorangan'];
const PROGRAMS = ['JKK, JKM', 'JKK, JKM, JHT', 'JKK, JKM, JHT, JP', 'JKK, JKM, JHT, JP, JKP'];

type Shape = Omit<TemplateColumn, 'header' | 'explain' | 'example' | 'required'>;

/** How each field of the five lists is typed in; a field not named here is free text. */
const SHAPES: Record<string, Shape> = {
  rowNumber: { width: 6, type: 'whole', numbering: true },
  name: { width: 32, type: 'text' },
  package: { width: 40, type: 'text' },
  contractor: { width: 28, type: 'text' },
  opd: { width: 24, type: 'text' },
  nib: { width: 17, type: 'digits', length: { min: 13, max: 13 } },
  npwp: { width: 22, type: 'digits' },
  contractorNpwp: { width: 22, type: 'digits' },
  npp: { width: 14, type: 'digits' },
  kbli: { width: 9, type: 'digits', length: { min: 5, max: 5 } },
  wlkpNumber: { width: 20, type: 'digits' },
  registrationNumber: { width: 18, type: 'digits' },
  contractNumber: { width: 24, type: 'text' },
  legalForm: { width: 14, type: 'text', choices: { values: LEGAL_FORMS }, strictness: 'information' },
  scale: { width: 13, type: 'text', choices: { values: SCALES }, strictness: 'stop' },
  programs: { width: 22, type: 'text', choices: { values: PROGRAMS }, strictness: 'information' },
  status: { width: 13, type: 'text', choices: { values: EMPLOYER_STATUS }, strictness: 'warning' },
  funding: { width: 16, type: 'text', choices: { values: FUNDING }, strictness: 'warning' },
  district: { width: 22, type: 'text', choices: { list: 'districts' }, strictness: 'warning' },
  village: { width: 24, type: 'text', choices: { list: 'villages' }, strictness: 'warning' },
  capital: { width: 20, type: 'rupiah' },
  value: { width: 20, type: 'rupiah' },
  ceiling: { width: 20, type: 'rupiah' },
  arrearsAmount: { width: 18, type: 'rupiah' },
  contribution: { width: 16, type: 'rupiah' },
  workers: { width: 12, type: 'whole' },
  foreignWorkers: { width: 10, type: 'whole' },
  workersMale: { width: 12, type: 'whole' },
  workersFemale: { width: 12, type: 'whole' },
  activeWorkers: { width: 12, type: 'whole' },
  arrearsMonths: { width: 12, type: 'whole' },
  duration: { width: 12, type: 'whole' },
  reportYear: { width: 10, type: 'year' },
  year: { width: 10, type: 'year' },
  issuedDate: { width: 14, type: 'date' },
  reportDate: { width: 14, type: 'date' },
  registeredDate: { width: 14, type: 'date' },
  contractDate: { width: 14, type: 'date' },
  startDate: { width: 14, type: 'date' },
  endDate: { width: 14, type: 'date' },
  address: { width: 30, type: 'text' },
  location: { width: 26, type: 'text' },
  field: { width: 28, type: 'text' },
};

interface KindText {
  fileName: string;
  sheetName: string;
  title: (regency: string) => string;
  rowUnit: string;
  purpose: (lists: TemplateLists) => string[];
  notes: string[];
}

const SAME_COMPANY = 'Satu perusahaan cukup satu baris. NIB, NPWP dan NPP dipakai untuk mencocokkan daftar ini dengan daftar lain, jadi tulis lengkap bila ada.';

const TEXTS: Record<ComplianceListKind, KindText> = {
  oss: {
    fileName: 'templat-izin-usaha-oss.xlsx',
    sheetName: 'Izin Usaha',
    title: (regency) => `DAFTAR PELAKU USAHA (IZIN USAHA OSS) ${regency}`,
    rowUnit: 'satu usaha (satu NIB)',
    purpose: (lists) => [
      `Templat ini untuk DPMPTSP: pelaku usaha yang memiliki NIB di ${lists.regencyName}, dari sistem OSS.`,
      'Dinas mencocokkannya dengan laporan WLKP dan daftar pemberi kerja terdaftar BPJS Ketenagakerjaan untuk menemukan pemberi kerja yang belum mendaftarkan pekerjanya.',
    ],
    notes: ['Bila skala usaha tidak diketahui, isi Modal Usaha: skalanya dihitung dari modal menurut PP 7/2021.', SAME_COMPANY],
  },
  wlkp: {
    fileName: 'templat-laporan-wlkp.xlsx',
    sheetName: 'Laporan WLKP',
    title: (regency) => `DAFTAR PERUSAHAAN WAJIB LAPOR KETENAGAKERJAAN (WLKP) ${regency}`,
    rowUnit: 'satu perusahaan',
    purpose: (lists) => [
      `Templat ini untuk bidang yang mengelola Wajib Lapor Ketenagakerjaan di Perusahaan (WLKP): perusahaan di ${lists.regencyName} yang sudah melapor, dengan jumlah tenaga kerjanya.`,
      'Jumlah tenaga kerja dari WLKP dibandingkan dengan tenaga kerja yang didaftarkan ke BPJS Ketenagakerjaan.',
    ],
    notes: ['Isi Tenaga Kerja Laki-laki dan Perempuan, atau Jumlah Tenaga Kerja saja bila rinciannya tidak ada.', SAME_COMPANY],
  },
  bpjs_employers: {
    fileName: 'templat-pemberi-kerja-bpjs.xlsx',
    sheetName: 'Pemberi Kerja BPJS',
    title: (regency) => `DAFTAR PEMBERI KERJA TERDAFTAR BPJS KETENAGAKERJAAN ${regency}`,
    rowUnit: 'satu pemberi kerja (satu NPP)',
    purpose: (lists) => [
      `Templat ini untuk kantor cabang BPJS Ketenagakerjaan: pemberi kerja (badan usaha) di ${lists.regencyName} yang terdaftar, dengan tenaga kerja aktif, program yang diikuti dan tunggakannya.`,
      'Pemberi kerja yang ada di daftar izin usaha atau WLKP tetapi tidak ada di sini dicatat sebagai belum mendaftar.',
    ],
    notes: ['Kolom Program diisi program yang diikuti dipisah koma, misalnya JKK, JKM, JHT, JP.', 'Status diisi Aktif, Menunggak atau Non Aktif; perusahaan yang menunggak juga diisi tunggakannya.', SAME_COMPANY],
  },
  packages: {
    fileName: 'templat-paket-konstruksi.xlsx',
    sheetName: 'Paket Konstruksi',
    title: (regency) => `DAFTAR PAKET PEKERJAAN KONSTRUKSI ${regency}`,
    rowUnit: 'satu paket pekerjaan',
    purpose: (lists) => [
      `Templat ini untuk OPD pemilik pekerjaan konstruksi, bagian pengadaan barang/jasa, dan ${lists.villageLabel.toLowerCase()} yang membangun dengan APB ${lists.villageLabel}: satu baris untuk setiap paket pekerjaan konstruksi yang sudah berkontrak.`,
      'Setiap pekerjaan konstruksi wajib mendaftarkan pekerjanya sebagai peserta BPJS Ketenagakerjaan (Jakon); dinas mencocokkan daftar ini dengan daftar proyek terdaftar dari BPJS.',
    ],
    notes: [
      'Tanggal Kontrak menentukan batas waktu pendaftaran proyek ke BPJS; Nilai Kontrak menentukan perkiraan iurannya. Isi keduanya.',
      'Untuk pekerjaan swakelola nagari/desa, isi Penyedia dengan TPK (Tim Pelaksana Kegiatan) dan Sumber Dana dengan APB Nagari atau Dana Desa.',
    ],
  },
  bpjs_projects: {
    fileName: 'templat-proyek-terdaftar-bpjs.xlsx',
    sheetName: 'Proyek Terdaftar BPJS',
    title: (regency) => `DAFTAR PROYEK JASA KONSTRUKSI TERDAFTAR BPJS KETENAGAKERJAAN ${regency}`,
    rowUnit: 'satu proyek',
    purpose: (lists) => [
      `Templat ini untuk kantor cabang BPJS Ketenagakerjaan: proyek jasa konstruksi di ${lists.regencyName} yang sudah didaftarkan, dengan nomor proyek, tanggal daftar dan iurannya.`,
      'Paket konstruksi dari OPD yang tidak ada di daftar ini dicatat sebagai belum terdaftar.',
    ],
    notes: ['Nomor Kontrak ditulis persis seperti di kontrak/SPK: nomor itulah yang dipakai mencocokkan proyek dengan paketnya.'],
  },
};

function exampleText(field: ListField): string {
  return field.example === undefined ? '' : String(field.example);
}

export function complianceTemplate(lists: TemplateLists, kind: ComplianceListKind): TemplateSpec {
  const spec = listSpec(kind);
  const text = TEXTS[kind];
  const columns: TemplateColumn[] = spec.templateFields.map((key) => {
    const field = spec.fields[key]!;
    const shape = SHAPES[key] ?? { width: 24, type: 'text' as const };
    const explain =
      key === 'district'
        ? `${field.hint.replace(/\.$/, '')}, dipilih dari daftar kecamatan ${lists.regencyName}.`
        : key === 'village'
          ? `${field.hint.replace(/\.$/, '')}, dipilih dari daftar; harus berada di kecamatan yang diisi.`
          : field.hint;
    return {
      ...shape,
      width: Math.max(shape.width, Math.min(24, field.header.length + 2)),
      header: field.header,
      required: spec.required.includes(key),
      explain,
      example: key === 'district' ? (lists.districts[0]?.name ?? exampleText(field)) : key === 'village' ? (lists.districts[0]?.villages[0] ?? exampleText(field)) : exampleText(field),
    };
  });
  return {
    fileName: text.fileName,
    sheetName: text.sheetName,
    title: text.title(lists.regencyName.toUpperCase()),
    dataNote: `Isi satu baris untuk ${text.rowUnit} mulai baris ${FIRST_DATA_ROW}; kolom berjudul jingga wajib diisi.`,
    rowUnit: text.rowUnit,
    personalData: false,
    purpose: text.purpose(lists),
    columns,
    blankRows: BLANK_ROWS,
    notes: [
      ...text.notes,
      'Bila daftar ini menggambarkan keadaan pada tanggal tertentu, tambahkan tanggalnya di akhir judul pada baris 1, misalnya "per 31 Desember 2026".',
    ],
    showRegions: spec.templateFields.includes('district'),
  };
}
