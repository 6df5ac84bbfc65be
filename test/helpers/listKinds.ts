import crypto from 'node:crypto';
import path from 'node:path';
import type { Core } from '../../electron/core/app/core';
import {
  BPJS_EMPLOYERS_FILE,
  BPJS_PROJECTS_FILE,
  bpjsEmployerSheets,
  bpjsProjectSheets,
  OSS_FILE,
  ossSheets,
  PACKAGES_FILE,
  packageSheets,
  WLKP_FILE,
  WLKP_LINES,
} from './complianceLists';
import { fileId } from './core';
import { queryDatabase } from './db';
import type { LegacyCell, LegacySheet } from './legacyFiles';
import { corpusSheets } from './listCorpus';
import type { PyCell } from './openpyxl';
import { nik } from './workerLists';

/**
 * Every kind of list Cakap reads, as one table the format corpus (legacyFormats.test.ts) and the fuzz
 * harness (fuzz.test.ts) walk: the list's sheets (text, numbers and dates, each list with rows it
 * must take, reject and warn about), how it is imported through the contract, what a user could see of
 * it afterwards, and where a count or a Rupiah figure sits for the huge-number cases.
 *
 * A new list kind is one more entry here.
 */
export interface ListKind {
  name: string;
  /** The file's name without extension (list dates are read from it). */
  file: string;
  sheets(): LegacySheet[];
  /** Imports through the contract; a refusal throws (an ApiCallError with the sentence). */
  importFile(core: Core, file: string): Promise<unknown>;
  /** What the import stored, as a user would see it (ids, batches and times left out). */
  stored(core: Core): unknown;
  /** A cell holding a head count or an amount (or a NIK): [sheet, row, column] of sheets(), 0-based. */
  figure: [number, number, number];
  /**
   * What a figure no column could hold gives: the import goes through and its outcome says `row` (the
   * row rejected, in words), or the whole file is refused with `refused` (a table taken whole or not at all).
   */
  huge: { row: RegExp } | { refused: RegExp };
  /** A figure possible but odd, taken with a warning ("tidak biasa"); null: the list has no such figure. */
  odd: number | null;
}

const jobId = () => crypto.randomUUID();

/** The working population every harness database holds, so head counts have their ceiling (90.000). */
export async function withWorkforce(core: Core): Promise<void> {
  await core.invoke('workforce.save', { year: 2025, entries: [{ areaCode: '13.11', count: 90_000 }] });
}

type Issue = { severity: string; sheet: string; row: number | null; column: string | null; code: string; message: string };
const issues = (list: readonly Issue[]) => list.map((i) => [i.severity, i.sheet, i.row, i.column, i.code, i.message]);

function rows(core: Core, sql: string): Record<string, unknown>[] {
  return queryDatabase(core.context.dbPath, sql).map((row) => {
    const { id: _id, batch_id: _batch, ...rest } = row;
    return rest;
  });
}

/** openpyxl's cells ({date}, {text}) as plain cells. */
function plain(sheets: { name: string; rows: PyCell[][] }[]): LegacySheet[] {
  return sheets.map((s) => ({
    name: s.name,
    rows: s.rows.map((row) => row.map((v): LegacyCell => (v && typeof v === 'object' ? ('date' in v ? new Date(`${v.date}T00:00:00Z`) : v.text) : v))),
  }));
}

const workerRows = (core: Core) =>
  rows(core, 'SELECT nik, name, birth_date, birth_place, sex, address, district_code, village_code, occupation, phone, kpj FROM workers ORDER BY nik');

type Entry = Pick<ListKind, 'name' | 'file' | 'sheets' | 'figure' | 'huge' | 'odd'>;

/** An employer or construction list: imported by its family's method, stored as that family's records. */
function complianceKind(family: 'employers' | 'projects', entry: Entry): ListKind {
  return {
    ...entry,
    importFile: async (core, file) => {
      const r = await core.invoke(family === 'employers' ? 'compliance.importEmployers' : 'compliance.importProjects', { jobId: jobId(), fileId: fileId(core, file) });
      return { ...r, file: undefined, batchId: undefined, issues: issues(r.issues) };
    },
    stored: (core) => rows(core, `SELECT * FROM ${family === 'employers' ? 'employer_records' : 'project_records'} ORDER BY sheet, row`),
  };
}

/** A BPJS participant list or recap: imported by bpjs.import, stored as members or recap rows. */
function bpjsKind(stored: string, entry: Entry): ListKind {
  return {
    ...entry,
    importFile: async (core, file) => {
      const r = await core.invoke('bpjs.import', { jobId: jobId(), fileId: fileId(core, file) });
      return { ...r, file: undefined, batchId: undefined, issues: issues(r.issues) };
    },
    stored: (core) => rows(core, stored),
  };
}

/** The program a bill is checked against, made once per database (no beneficiaries: every row is notEnrolled). */
async function billProgram(core: Core): Promise<number> {
  const existing = (await core.invoke('programs.list', {}))[0];
  if (existing) return existing.id;
  return (await core.invoke('programs.create', { name: 'Pekerja Rentan APBD 2026', source: 'apbd_kabupaten', year: 2026, budget: 100_000_000, from: '2026-01', to: '2026-12' })).id;
}

/** A bill detail or a claim list from the BPJS branch: imported by its finance method, stored as bills or claims. */
function financeKind(kind: 'bill' | 'claims', entry: Entry): ListKind {
  return {
    ...entry,
    importFile: async (core, file) => {
      const r =
        kind === 'bill'
          ? await core.invoke('finance.importBill', { jobId: jobId(), fileId: fileId(core, file), programId: await billProgram(core) })
          : await core.invoke('finance.importClaims', { jobId: jobId(), fileId: fileId(core, file) });
      return { ...r, file: undefined, batchId: undefined, issues: issues(r.issues) };
    },
    stored: (core) =>
      kind === 'bill'
        ? [
            ...rows(core, 'SELECT month, billed_workers, billed_amount, expected_workers, exception_amount, payable, not_billed, counts, amounts, row_count FROM bills'),
            ...rows(core, 'SELECT sheet, row, month, nik, kpj, name, amount, expected, reason, exception_amount, detail FROM bill_rows ORDER BY row'),
          ]
        : rows(core, 'SELECT sheet, row, nik, kpj, name, type, event_date, paid_date, amount FROM claims ORDER BY row'),
  };
}

export const LIST_KINDS: ListKind[] = [
  {
    name: 'worker list',
    file: 'daftar pekerja nagari',
    sheets: () => [
      ...corpusSheets(),
      {
        // NIK typed as numbers (exact below 2^53; above it no number holds all 16 digits), dates as date cells.
        name: 'Angka',
        rows: [
          ['NO', 'NIK', 'NAMA', 'TGL LAHIR', 'L/P', 'PEKERJAAN'],
          [1, 1311015501900001, 'Siti Rahmah', new Date(Date.UTC(1990, 0, 15)), 'P', 'Petani'],
          [2, 9171015501900000, 'Yohanes Wenda', new Date(Date.UTC(1985, 11, 31)), 'L', 'Petani'],
          [3, nik({ day: 29, month: 2, year: 2000, female: true, seq: 7 }), 'Dewi Kartika', new Date(Date.UTC(2000, 1, 29)), 'P', 'Pedagang'],
        ],
      },
    ],
    importFile: async (core, file) => {
      const r = await core.invoke('import.commit', { jobId: jobId(), fileId: fileId(core, file) });
      return { accepted: r.accepted, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected, warnings: r.warnings, issues: issues(r.issues) };
    },
    stored: workerRows,
    figure: [3, 3, 1],
    huge: { row: /baris 4 kolom B \(NIK\): NIK diketik sebagai angka yang terlalu besar/ },
    odd: null,
  },
  bpjsKind('SELECT nik, kpj, name, segment, active, start_date, as_of FROM bpjs_members ORDER BY nik, kpj', {
    name: 'BPJS participant list',
    file: 'peserta BPJS per 31 Oktober 2025',
    sheets: () => [
      {
        name: 'Peserta',
        rows: [
          ['DAFTAR PESERTA BPJS KETENAGAKERJAAN KABUPATEN SOLOK SELATAN'],
          ['NIK', 'KPJ', 'NAMA', 'SEGMEN', 'STATUS', 'TGL KEPESERTAAN'],
          [nik({ day: 12, month: 5, year: 1980, female: true, seq: 1 }), '25012345678', 'Siti Aminah', 'BPU', 'Aktif', new Date(Date.UTC(2024, 2, 1))],
          [1311011205800002, 25012345679, 'Nurhayati', 'BPU', 'Aktif', '01-03-2024'],
          ['13110112058', '25012345680', 'Dewi Sari', 'BPU', 'Aktif', null],
          [nik({ day: 12, month: 5, year: 1980, female: true, seq: 1 }), '25012345681', 'Siti Aminah', 'BPU', 'Aktif', null],
          [nik({ day: 3, month: 11, year: 1975, seq: 4 }), '25012345682', 'Budi Santoso', 'Penerima Upah', 'Non Aktif', null],
          [nik({ day: 4, month: 11, year: 1975, seq: 5 }), '25012345683', 'Rahmat', 'Entah', 'Cuti', null],
        ],
      },
    ],
    figure: [0, 3, 0],
    huge: { row: /baris 4 kolom A \(NIK\): NIK diketik sebagai angka yang terlalu besar/ },
    odd: null,
  }),
  bpjsKind('SELECT month, district_code, segment, active FROM bpjs_recaps ORDER BY district_code, segment', {
    name: 'BPJS monthly recap',
    file: 'rekap peserta aktif',
    sheets: () => [
      {
        name: 'Rekap',
        rows: [
          ['REKAP PESERTA AKTIF BPJS KETENAGAKERJAAN PER KECAMATAN'],
          ['BULAN OKTOBER 2025'],
          ['NO', 'KECAMATAN', 'PU', 'BPU', 'JAKON', 'PMI'],
          [1, 'Sangir', 4200, 1300, 120, 4],
          [2, 'Sungai Pagu', '3.100', 950, 80, 2],
          [3, 'Pauh Tigo', 700, 200, 10, 0],
          [4, 'Sangir Batang Hari', 'dua ribu', 400, 30, 1],
          [5, 'Koto Parik Gadang Diateh', 1500, 600, 40, 0],
          ['', 'JUMLAH', 9500, 3450, 280, 7],
        ],
      },
    ],
    figure: [0, 3, 2],
    huge: { row: /baris 4 kolom C \(PU\): Jumlah peserta .{1,30}: angka terlalu besar/ },
    odd: 95_000,
  }),
  complianceKind('employers', {
    name: 'OSS business licences',
    file: OSS_FILE,
    sheets: () => ossSheets().map(({ name, rows: r }) => ({ name, rows: r })),
    figure: [0, 4, 8],
    huge: { row: /baris 5 kolom I \(Jumlah TKI\): Jumlah tenaga kerja .{1,30}: angka terlalu besar/ },
    odd: 9500,
  }),
  complianceKind('employers', {
    name: 'WLKP recap',
    file: WLKP_FILE,
    sheets: () => [{ name: 'WLKP', rows: WLKP_LINES.map((line) => line.split(';').map((v) => (v === '' ? null : /^\d{1,6}$/.test(v) ? Number(v) : v))) }],
    figure: [0, 1, 7],
    huge: { row: /baris 2 kolom H \(Jumlah TK\): Jumlah tenaga kerja .{1,30}: angka terlalu besar/ },
    odd: 9500,
  }),
  complianceKind('employers', {
    name: 'BPJS employer list',
    file: BPJS_EMPLOYERS_FILE,
    sheets: () => plain(bpjsEmployerSheets()),
    figure: [0, 3, 4],
    huge: { row: /baris 4 kolom E \(TK AKTIF\): Jumlah tenaga kerja aktif .{1,30}: angka terlalu besar/ },
    odd: 9500,
  }),
  complianceKind('projects', {
    name: 'construction packages',
    file: PACKAGES_FILE,
    sheets: () => packageSheets().map(({ name, rows: r }) => ({ name, rows: r })),
    figure: [0, 7, 8],
    huge: { row: /baris 8 kolom I \(Nilai Kontrak\): Nilai kontrak .{1,30}: angka terlalu besar/ },
    odd: 2_000_000_000_000,
  }),
  complianceKind('projects', {
    name: 'BPJS construction projects',
    file: BPJS_PROJECTS_FILE,
    sheets: () => plain(bpjsProjectSheets()),
    figure: [0, 2, 5],
    huge: { row: /baris 3 kolom F \(Nilai Kontrak\): Nilai kontrak .{1,30}: angka terlalu besar/ },
    odd: 2_000_000_000_000,
  }),
  financeKind('bill', {
    name: 'BPJS bill detail',
    file: 'tagihan iuran November 2026',
    sheets: () => [
      {
        name: 'Rincian Tagihan',
        rows: [
          ['BPJS KETENAGAKERJAAN KANTOR CABANG SOLOK'],
          ['RINCIAN TAGIHAN IURAN PROGRAM PEKERJA RENTAN APBD BULAN NOVEMBER 2026'],
          [],
          ['No', 'NIK', 'No. KPJ', 'Nama Tenaga Kerja', 'Iuran (Rp)'],
          [1, nik({ day: 12, month: 5, year: 1980, female: true, seq: 1 }), '', 'Siti Aminah', 'Rp 16.800,-'],
          [2, 1311010403750004, '', 'Budi Santoso', 16_800],
          [3, '', '25012345678', 'Rahmat', 20_000],
          [4, nik({ day: 4, month: 11, year: 1975, seq: 5 }), '', 'Dewi Sari', 'enam belas ribu'],
          ['', '', '', 'JUMLAH', 'Rp 53.600'],
        ],
      },
    ],
    figure: [0, 4, 4],
    huge: { row: /baris 5 kolom E \(Iuran \(Rp\)\): Iuran .{1,30}: angka terlalu besar/ },
    odd: null,
  }),
  financeKind('claims', {
    name: 'BPJS claim list',
    file: 'daftar klaim 2026',
    sheets: () => [
      {
        name: 'Klaim',
        rows: [
          ['DAFTAR KLAIM PESERTA BPU KABUPATEN SOLOK SELATAN TAHUN 2026'],
          ['No', 'NIK', 'KPJ', 'Nama Peserta', 'Jenis Klaim', 'Tgl Kejadian', 'Tgl Bayar', 'Jumlah Dibayar'],
          [1, nik({ day: 12, month: 5, year: 1980, female: true, seq: 1 }), '', 'Siti Aminah', 'JKM', new Date(Date.UTC(2026, 8, 14)), '02-10-2026', 'Rp 42.000.000'],
          [2, '', '25012345678', 'Rahmat', 'Jaminan Kecelakaan Kerja', '2026-05-03', new Date(Date.UTC(2026, 5, 10)), 3_500_000],
          [3, nik({ day: 4, month: 11, year: 1975, seq: 5 }), '', 'Dewi Sari', 'JP', '01-03-2026', '01-04-2026', 'Rp 5.000.000'],
        ],
      },
    ],
    figure: [0, 2, 7],
    huge: { row: /baris 3 kolom H \(Jumlah Dibayar\): Jumlah klaim .{1,30}: angka terlalu besar/ },
    odd: null,
  }),
  {
    name: 'working population per kecamatan',
    file: 'penduduk bekerja 2025',
    sheets: () => [
      {
        name: 'Tabel',
        rows: [
          ['PENDUDUK BEKERJA MENURUT KECAMATAN, KABUPATEN SOLOK SELATAN, 2025'],
          ['Kecamatan', 'Penduduk Bekerja'],
          ['(1)', '(2)'],
          ['Sangir', 19_512],
          ['Sungai Pagu', '15.870'],
          ['Koto Parik Gadang Diateh', 14_210],
          ['Sangir Jujuan', 9_630],
          ['Sangir Batang Hari', 7_450],
          ['Pauh Duo', 6_320],
          ['Sangir Balai Janggo', 8_120],
          ['Jumlah', 81_112],
        ],
      },
    ],
    importFile: (core, file) => core.invoke('workforce.importFile', { fileId: fileId(core, file), year: 2025, source: 'BPS' }),
    stored: (core) => rows(core, 'SELECT area_code, year, count, source FROM workforce ORDER BY area_code, year'),
    figure: [0, 3, 1],
    huge: { refused: /angka terlalu besar/ },
    odd: 1_500_000,
  },
  {
    name: 'nagari budget sheet',
    file: 'anggaran APB Nagari 2027',
    sheets: () => [
      {
        name: 'Anggaran',
        rows: [
          ['ALOKASI IURAN BPJS KETENAGAKERJAAN DARI APB NAGARI 2027'],
          [],
          ['No', 'Nama Nagari', 'Kecamatan', 'Anggaran (Rp)'],
          [1, 'Lubuk Gadang', 'Sangir', 'Rp 12.000.000,-'],
          [2, 'Pasir Talang', 'Sungai Pagu', 8_400_000],
          [3, 'Nagari Entah', 'Sangir', 5_000_000],
          [4, 'Koto Baru', 'Sungai Pagu', 'dua juta'],
          [5, 'Lb. Gadang Timur', 'Sangir', '2.500.000'],
          ['', 'Jumlah', '', 27_900_000],
        ],
      },
    ],
    importFile: (core, file) => core.invoke('plans.readNagariSheet', { fileId: fileId(core, file) }),
    stored: () => null,
    figure: [0, 3, 3],
    huge: { row: /Baris 4: Anggaran Lubuk Gadang .{1,30}: angka terlalu besar/ },
    odd: 6_000_000_000,
  },
];

/** The file name a kind's list is written under, with an extension. */
export function kindFile(dir: string, kind: ListKind, extension: string, suffix = ''): string {
  return path.join(dir, `${kind.file}${suffix}.${extension}`);
}
