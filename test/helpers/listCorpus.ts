import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeXlsx } from './spreadsheets';
import { tempDir } from './temp';
import { nik } from './workerLists';
import { writeRawXlsx } from './rawXlsx';

/**
 * A corpus of nagari lists as different programs write them and as clerks finish them: the same
 * three sheets (three nagari), each ending another way real lists end, written by exceljs (plain and
 * streaming), by openpyxl, by LibreOffice, and by hand as a zip whose workbook part comes last and
 * whose strings are inline. Every writer must give the same import.
 */

export type Value = string | number | null;
export interface ListSheet {
  name: string;
  rows: Value[][];
}

const HEADER = ['NO', 'NIK', 'NAMA', 'TGL LAHIR', 'L/P', 'ALAMAT', 'PEKERJAAN'];
const NUMBERS = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'];

function workers(district: string, seqFrom: number): Value[][] {
  const people: [string, string, number, number, number, boolean][] = [
    ['Siti Aminah', 'Petani', 12, 5, 1980, true],
    ['Budi Santoso', 'Pedagang', 3, 11, 1975, false],
    ['Rahmat Hidayat', 'Buruh Tani', 21, 1, 1990, false],
    ['Nurhayati', 'Petani Sawit', 8, 8, 1988, true],
    ['Afrizal Chaniago', 'Tukang Ojek', 30, 6, 1979, false],
  ];
  const rows: Value[][] = people.map(([name, job, day, month, year, female], i) => [
    i + 1,
    nik({ district, day, month, year, female, seq: seqFrom + i }),
    name,
    `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`,
    female ? 'P' : 'L',
    `Jorong Koto Tuo ${i + 1}`,
    job,
  ]);
  // A real bad row in the middle of the data: it must be rejected, never hidden.
  rows.splice(2, 0, [3, 'I311O71203800O5', 'Yanti Koto', '12-03-1980', 'P', 'Jorong Pasar', 'Pedagang']);
  return rows.map((row, i) => [i + 1, ...row.slice(1)]);
}

function top(nagari: string, kecamatan: string): Value[][] {
  return [['DAFTAR PEKERJA RENTAN CALON PESERTA BPJS KETENAGAKERJAAN'], [`NAGARI ${nagari.toUpperCase()} KECAMATAN ${kecamatan.toUpperCase()}`], [], HEADER, NUMBERS];
}

/** The three sheets; data rows are 6–11 on each, the bad one is row 8. */
export function corpusSheets(): ListSheet[] {
  return [
    {
      // A signature block in two columns, then a note.
      name: 'Sungai Kunyit',
      rows: [
        ...top('Sungai Kunyit', 'Sangir Balai Janggo'),
        ...workers('07', 1),
        [],
        [null, null, null, null, null, 'Sungai Kunyit, 14 Januari 2027'],
        [null, 'Mengetahui,', null, null, null, 'Yang membuat daftar,'],
        [null, 'Wali Nagari Sungai Kunyit', null, null, null, 'Operator Nagari'],
        [],
        [],
        [null, 'H. ZULKIFLI', null, null, null, 'RINA MARLINA, S.Kom'],
        [null, null, null, null, null, 'NIP. 19850312 201001 2 003'],
        ['Catatan: 2 pekerja belum memiliki KTP elektronik.'],
      ],
    },
    {
      // A totals row, a legend and notes.
      name: 'Lubuk Gadang',
      rows: [
        ...top('Lubuk Gadang', 'Sangir'),
        ...workers('01', 11),
        [null, 'JUMLAH', null, null, null, null, '6 orang'],
        [],
        ['Keterangan:'],
        ['L = Laki-laki', null, 'P = Perempuan'],
        ['*) NIK sesuai KTP elektronik'],
      ],
    },
    {
      // An empty row, then a second small table of workers who do not qualify, then a signature.
      name: 'Abai',
      rows: [
        ...top('Abai', 'Sangir Batang Hari'),
        ...workers('05', 21),
        [],
        ['DAFTAR PEKERJA YANG TIDAK MEMENUHI SYARAT'],
        ['NO', 'NIK', 'NAMA', 'TGL LAHIR', 'L/P', 'ALAMAT', 'ALASAN'],
        [1, nik({ district: '05', day: 1, month: 1, year: 1950, seq: 91 }), 'Yusuf Piliang', '01-01-1950', 'L', 'Jorong Pasar', 'Umur di atas 65 tahun'],
        [2, nik({ district: '05', day: 2, month: 2, year: 1955, seq: 92 }), 'Dewi Sari', '02-02-1955', 'P', 'Jorong Pasar', 'Sudah peserta PU'],
        [],
        [null, null, null, null, null, 'Abai, 14 Januari 2027'],
        [null, null, null, null, null, 'Wali Nagari Abai'],
        [null, null, null, null, null, '( DRS. SYAHRUL )'],
      ],
    },
  ];
}

/** What importing any writer's file of the corpus must give. */
export const CORPUS_EXPECTED = {
  accepted: 15,
  rejected: 3,
  issues: [
    ['Sungai Kunyit', 8, 'B', 'NIK_NOT_DIGITS', 'Sheet "Sungai Kunyit" baris 8 kolom B (NIK): NIK hanya boleh berisi angka; terbaca "I311O71203800O5".'],
    ['Sungai Kunyit', 13, null, 'ENDING_SKIPPED', 'Sheet "Sungai Kunyit": blok tanda tangan dan catatan di baris 13–20 dilewati (bukan data).'],
    ['Lubuk Gadang', 8, 'B', 'NIK_NOT_DIGITS', 'Sheet "Lubuk Gadang" baris 8 kolom B (NIK): NIK hanya boleh berisi angka; terbaca "I311O71203800O5".'],
    ['Lubuk Gadang', 14, null, 'ENDING_SKIPPED', 'Sheet "Lubuk Gadang": catatan dan keterangan di baris 14–16 dilewati (bukan data).'],
    ['Abai', 8, 'B', 'NIK_NOT_DIGITS', 'Sheet "Abai" baris 8 kolom B (NIK): NIK hanya boleh berisi angka; terbaca "I311O71203800O5".'],
    ['Abai', 13, null, 'SECOND_TABLE_SKIPPED', 'Sheet "Abai": tabel lain ("DAFTAR PEKERJA YANG TIDAK MEMENUHI SYARAT") di baris 13–20 dilewati; yang diambil hanya tabel pertama.'],
  ] as const,
};

/** exceljs's ordinary writer (shared strings, workbook part early). */
export async function writeWithExceljs(dir: string, sheets = corpusSheets()): Promise<string> {
  return writeXlsx(path.join(dir, 'exceljs.xlsx'), sheets.map((s) => ({ name: s.name, rows: s.rows })));
}

/** exceljs's streaming writer, as big files are made: sheets first, workbook part and shared strings last. */
export async function writeWithExceljsStream(dir: string, sheets = corpusSheets()): Promise<string> {
  const file = path.join(dir, 'exceljs-stream.xlsx');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    for (const row of spec.rows) sheet.addRow(row).commit();
    sheet.commit();
  }
  await workbook.commit();
  return file;
}

/** Debian's python3-openpyxl: writes the workbook part after the sheets, relationships as absolute paths. */
export function writeWithOpenpyxl(dir: string, sheets = corpusSheets()): string {
  const file = path.join(dir, 'openpyxl.xlsx');
  const data = path.join(dir, 'openpyxl.json');
  fs.writeFileSync(data, JSON.stringify(sheets));
  const script = [
    'import json, sys, openpyxl',
    'sheets = json.load(open(sys.argv[1]))',
    'wb = openpyxl.Workbook()',
    'wb.remove(wb.active)',
    'for s in sheets:',
    '    ws = wb.create_sheet(s["name"])',
    '    for row in s["rows"]:',
    '        ws.append(row if row else [None])',
    'wb.save(sys.argv[2])',
  ].join('\n');
  execFileSync(python(), ['-c', script, data, file]);
  return file;
}

/** The Python that has openpyxl: Debian's, even when another python3 comes first on the PATH. */
export function python(): string {
  return fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

/** LibreOffice headless saving the exceljs file again as its own .xlsx. */
export async function writeWithLibreOffice(dir: string, sheets = corpusSheets()): Promise<string> {
  const source = path.join(tempDir(), 'libreoffice.xlsx');
  await writeXlsx(source, sheets.map((s) => ({ name: s.name, rows: s.rows })));
  const profile = `file://${tempDir('cakap-soffice-')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', dir, source], { stdio: 'ignore', timeout: 120_000 });
  return path.join(dir, 'libreoffice.xlsx');
}

/** A zip written by hand: inline strings, and the workbook part and its relationships after the sheets. */
export function writeInlineWorkbookLast(dir: string, sheets = corpusSheets()): string {
  return writeRawXlsx(path.join(dir, 'inline-workbook-last.xlsx'), sheets, { workbookLast: true });
}
