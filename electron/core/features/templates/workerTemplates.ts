import type { Program } from '../../../../shared/contract';
import { formatMonthRange, formatRupiah } from '../../../../shared/domain/format';
import { guessField } from '../import/headers';
import { FIRST_DATA_ROW, type TemplateColumn, type TemplateLists, type TemplateSpec } from './spec';

/**
 * The worker list template (for a nagari, an OPD, a cooperative) and the same list for one
 * program's candidates. Every header is one the worker importer maps with full confidence.
 */

const BLANK_ROWS = 2000;

/** The village column is named as the office calls its villages, when the importer knows that name for certain. */
function villageHeader(label: string): string {
  const guess = guessField(label);
  return guess?.field === 'village' && guess.confidence === 1 ? label : 'Desa/Kelurahan';
}

function workerColumns(lists: TemplateLists, occupations: { values: string[]; restricted: boolean } | null): TemplateColumn[] {
  const village = villageHeader(lists.villageLabel);
  return [
    { header: 'No', width: 6, type: 'whole', numbering: true, explain: 'Nomor urut; boleh dikosongkan.', example: '1' },
    {
      header: 'NIK',
      width: 20,
      type: 'digits',
      length: { min: 16, max: 16 },
      required: true,
      explain: '16 angka sesuai KTP atau Kartu Keluarga. Kolom ini berformat Teks, jadi angkanya tidak berubah.',
      example: '1311014506850001',
    },
    { header: 'Nama Lengkap', width: 28, type: 'text', required: true, explain: 'Nama sesuai KTP, tanpa singkatan bila bisa.', example: 'Siti Aminah' },
    { header: 'Tempat Lahir', width: 16, type: 'text', explain: 'Kota atau kabupaten tempat lahir.', example: 'Padang Aro' },
    { header: 'Tanggal Lahir', width: 14, type: 'date', explain: 'Tanggal-bulan-tahun, misalnya 05-06-1985.', example: '05-06-1985' },
    {
      header: 'Jenis Kelamin',
      width: 10,
      type: 'text',
      choices: { list: 'sex' },
      strictness: 'stop',
      explain: 'L untuk laki-laki, P untuk perempuan.',
      example: 'P',
    },
    { header: 'Alamat', width: 30, type: 'text', explain: 'Jorong/dusun, RT/RW.', example: 'Jorong Koto Baru' },
    {
      header: 'Kecamatan',
      width: 22,
      type: 'text',
      choices: { list: 'districts' },
      strictness: 'warning',
      explain: `Kecamatan tempat tinggal, dipilih dari daftar kecamatan ${lists.regencyName}.`,
      example: lists.districts[0]?.name ?? 'Sangir',
    },
    {
      header: village,
      width: 24,
      type: 'text',
      choices: { list: 'villages' },
      strictness: 'warning',
      explain: `${lists.villageLabel} tempat tinggal, dipilih dari daftar; harus berada di kecamatan yang diisi.`,
      example: lists.districts[0]?.villages[0] ?? 'Lubuk Gadang',
    },
    {
      header: 'Pekerjaan',
      width: 22,
      type: 'text',
      choices: occupations ? { values: occupations.values } : { list: 'occupations' },
      strictness: occupations?.restricted ? 'warning' : 'information',
      explain: occupations?.restricted
        ? `Program ini hanya untuk: ${occupations.values.join(', ')}.`
        : 'Pilih dari daftar (pekerjaan yang umum, lalu jenis pekerjaan seperti tertulis di KTP), atau ketik pekerjaan lain bila tidak ada.',
      example: occupations?.values[0] ?? 'Petani',
    },
    { header: 'No HP', width: 16, type: 'digits', explain: 'Nomor HP atau WhatsApp yang aktif, diawali 08.', example: '081234567890' },
    {
      header: 'No KPJ',
      width: 16,
      type: 'digits',
      length: { min: 8, max: 16 },
      explain: 'Nomor kartu peserta BPJS Ketenagakerjaan, hanya bila sudah terdaftar.',
      example: '',
    },
  ];
}

export function workersTemplate(lists: TemplateLists): TemplateSpec {
  return {
    fileName: 'templat-daftar-pekerja.xlsx',
    sheetName: 'Daftar Pekerja',
    dataNote: `Isi satu baris untuk satu orang mulai baris ${FIRST_DATA_ROW}; kolom berjudul jingga wajib diisi.`,
    rowUnit: 'satu orang',
    personalData: true,
    title: `DAFTAR PEKERJA RENTAN ${lists.regencyName.toUpperCase()}`,
    purpose: [
      `Templat ini untuk ${lists.villageLabel.toLowerCase()}, OPD atau koperasi yang mengirim daftar pekerja ke dinas: pekerja bukan penerima upah (petani, pedagang, buruh harian, nelayan dan lain-lain) yang diusulkan untuk perlindungan BPJS Ketenagakerjaan.`,
      'Berkas yang diisi sesuai petunjuk ini dibaca Cakap tanpa perlu diperbaiki dulu oleh petugas.',
    ],
    columns: workerColumns(lists, null),
    blankRows: BLANK_ROWS,
    notes: [
      `Satu berkas boleh berisi beberapa ${lists.villageLabel.toLowerCase()}; isi kolom Kecamatan dan ${villageHeader(lists.villageLabel)} pada setiap baris.`,
      'Baris yang tidak dapat diterima (misalnya NIK kurang dari 16 angka) dikirim kembali oleh dinas dalam satu berkas beserta keterangannya: perbaiki baris itu saja, lalu kirim berkas itu kembali.',
    ],
    showRegions: true,
  };
}

export function beneficiariesTemplate(lists: TemplateLists, program: Program | null): TemplateSpec {
  const name = program ? program.name : '(nama program)';
  const rules = program
    ? [
        `${program.sourceLabel}${program.sourceDetail ? ` (${program.sourceDetail})` : ''}, ${formatMonthRange(program.from, program.to)}, iuran ${formatRupiah(program.premium)} per orang per bulan (${program.benefits.join(' dan ')}).`,
        program.minAge !== null || program.maxAge !== null ? `Umur ${program.minAge ?? 0} sampai ${program.maxAge ?? '…'} tahun saat program mulai.` : null,
        program.domicileRequired ? `Berdomisili di ${lists.regencyName}: NIK dan alamat di kabupaten ini.` : null,
        program.occupations ? `Pekerjaan: ${program.occupations.join(', ')}.` : null,
      ].filter((s): s is string => s !== null)
    : [];
  const occupations = program?.occupations?.length ? { values: program.occupations, restricted: true } : null;
  return {
    fileName: program ? `templat-penerima-program-${program.id}.xlsx` : 'templat-penerima-program.xlsx',
    sheetName: 'Daftar Penerima',
    dataNote: `Isi satu baris untuk satu calon penerima mulai baris ${FIRST_DATA_ROW}; kolom berjudul jingga wajib diisi.`,
    rowUnit: 'satu calon penerima',
    personalData: true,
    title: `DAFTAR CALON PENERIMA: ${name.toUpperCase()}`,
    purpose: [
      `Templat ini untuk mengusulkan calon penerima bantuan iuran BPJS Ketenagakerjaan dari program "${name}".`,
      ...(rules.length > 0 ? [`Syarat program: ${rules.join(' ')}`] : []),
      'Orang yang tidak memenuhi syarat, atau yang sudah dibiayai program lain pada bulan yang sama, akan ditolak saat didaftarkan dan dikirim kembali dengan keterangannya.',
    ],
    columns: workerColumns(lists, occupations),
    blankRows: BLANK_ROWS,
    notes: [
      'Baris yang ditolak dikirim kembali oleh dinas beserta keterangannya: perbaiki baris itu saja, lalu kirim berkas itu kembali.',
      'Untuk petugas dinas: impor berkas ini di halaman Impor dan pilih programnya di "Daftarkan juga ke program"; pekerja yang diterima langsung didaftarkan ke program itu.',
    ],
    showRegions: true,
  };
}
