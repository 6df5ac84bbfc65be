import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newCore } from '../helpers/core';
import {
  corpusSheets,
  CORPUS_EXPECTED,
  writeInlineWorkbookLast,
  writeWithExceljs,
  writeWithExceljsStream,
  writeWithLibreOffice,
  writeWithOpenpyxl,
} from '../helpers/listCorpus';
import { writeCsv, writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { importList, nik } from '../helpers/workerLists';

/**
 * The same three nagari lists, written by five programs, each list ending the way real lists end
 * (a signature block in two columns and a note; a totals row, a legend and notes; an empty row and
 * a second table of workers who do not qualify, then a signature), each with one bad row in the
 * middle of its data. Every writer's file imports the same way: the files' own sheet names, the
 * same counts, the bad rows rejected with their row numbers, each ending skipped with one sentence.
 */

const WRITERS: [string, (dir: string) => Promise<string> | string][] = [
  ['exceljs', writeWithExceljs],
  ['exceljs streaming writer (sheets first, workbook part last)', writeWithExceljsStream],
  ['openpyxl (workbook part after the sheets, absolute part names)', writeWithOpenpyxl],
  ['LibreOffice headless', writeWithLibreOffice],
  ['a zip with inline strings and the workbook part last', writeInlineWorkbookLast],
];

describe('lists as clerks finish them, files as other programs write them', () => {
  for (const [writer, write] of WRITERS) {
    it(`written by ${writer}: 15 workers, the 3 bad rows rejected by row, each ending skipped once, the sheets named as in the file`, async () => {
      const core = await newCore();
      const file = await write(tempDir());
      const result = await importList(core, file);
      expect(result.sheets.map((s) => [s.name, s.status, s.headerRow, s.defaultVillage])).toEqual([
        ['Sungai Kunyit', 'imported', 4, 'Sungai Kunyit'],
        ['Lubuk Gadang', 'imported', 4, 'Lubuk Gadang'],
        ['Abai', 'imported', 4, 'Abai'],
      ]);
      expect(result).toMatchObject({ accepted: CORPUS_EXPECTED.accepted, rejected: CORPUS_EXPECTED.rejected, warnings: 0 });
      expect(result.issues.map((i) => [i.sheet, i.row, i.column, i.code, i.message])).toEqual(CORPUS_EXPECTED.issues.map((i) => [...i]));

      // The rejection file sent back to the nagari holds the three bad rows and nothing of the endings.
      const ref = await core.invoke('import.rejectionFile', { batchId: result.batchId! });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(core.context.files.resolve(ref.fileId).path);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Sungai Kunyit', 'Lubuk Gadang', 'Abai']);
      for (const sheet of workbook.worksheets) {
        expect(sheet.rowCount).toBe(4);
        expect(sheet.getRow(4).getCell(3).value).toBe('Yanti Koto');
        expect(sheet.getRow(4).getCell(9).value).toBe(8);
      }
      // The second table's workers who do not qualify are not imported.
      expect((await core.invoke('workers.list', { search: 'Yusuf Piliang' })).total).toBe(0);
    }, 120_000);
  }

  it('a clean list ending in a signature block has no rejected rows, so there is no rejection file to send back', async () => {
    const core = await newCore();
    const [sheet] = corpusSheets();
    const clean = sheet!.rows.filter((row) => row[2] !== 'Yanti Koto');
    const result = await importList(core, await writeXlsx(path.join(tempDir(), 'sungai-kunyit.xlsx'), [{ name: 'Sungai Kunyit', rows: clean }]));
    expect(result).toMatchObject({ accepted: 5, rejected: 0, warnings: 0 });
    expect(result.issues.map((i) => i.message)).toEqual(['Sheet "Sungai Kunyit": blok tanda tangan dan catatan di baris 12–19 dilewati (bukan data).']);
    await expect(core.invoke('import.rejectionFile', { batchId: result.batchId! })).rejects.toThrow(/tidak punya baris yang ditolak/);
  });

  it('signature-like rows inside the list are checked like any row: a real row after them shows they were not the ending', async () => {
    const core = await newCore();
    const rows = [
      ['NO', 'NIK', 'NAMA', 'PEKERJAAN'],
      [1, nik({ day: 12, month: 5, year: 1980, female: true, seq: 1 }), 'Siti Aminah', 'Petani'],
      [null, 'Mengetahui,', null, 'Rina'],
      [null, null, 'ZULKIFLI', null],
      [4, nik({ day: 3, month: 11, year: 1975, seq: 2 }), 'Budi Santoso', 'Pedagang'],
      [null, null, 'RAHMAT'],
    ];
    const result = await importList(core, await writeXlsx(path.join(tempDir(), 'daftar.xlsx'), [{ name: 'Abai', rows }]));
    expect(result).toMatchObject({ accepted: 2, rejected: 3 });
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.code])).toEqual([
      [3, 'NIK_NOT_DIGITS'],
      [3, 'NAME_MISSING'],
      [4, 'NIK_MISSING'],
      // The last row is a worker without a NIK, not a signer: no ending starts with a name alone.
      [6, 'NIK_MISSING'],
    ]);
    expect(result.issues.some((i) => i.code === 'ENDING_SKIPPED')).toBe(false);
  });

  it('a list pasted page by page (an empty row, then its own header again) goes on after the repeated header', async () => {
    const core = await newCore();
    const header = ['NO', 'NIK', 'NAMA', 'PEKERJAAN'];
    const rows = [
      header,
      [1, nik({ day: 12, month: 5, year: 1980, female: true, seq: 1 }), 'Siti Aminah', 'Petani'],
      [],
      header,
      [2, nik({ day: 3, month: 11, year: 1975, seq: 2 }), 'Budi Santoso', 'Pedagang'],
    ];
    const result = await importList(core, await writeXlsx(path.join(tempDir(), 'halaman.xlsx'), [{ name: 'Abai', rows }]));
    expect(result).toMatchObject({ accepted: 2, rejected: 0 });
    expect(result.issues).toEqual([]);
  });

  it('a CSV list ending in a signature names its lines without a sheet', async () => {
    const core = await newCore();
    const file = writeCsv(path.join(tempDir(), 'abai.csv'), [
      'NO;NIK;NAMA;PEKERJAAN',
      `1;${nik({ district: '05', day: 12, month: 5, year: 1980, female: true, seq: 1 })};Siti Aminah;Petani`,
      `2;${nik({ district: '05', day: 3, month: 11, year: 1975, seq: 2 })};Budi Santoso;Pedagang`,
      ';;;',
      ';Mengetahui,;;Abai, 14 Januari 2027',
      ';Wali Nagari Abai;;Operator',
      ';H. ZULKIFLI;;RINA',
    ]);
    const result = await importList(core, file);
    expect(result).toMatchObject({ accepted: 2, rejected: 0 });
    expect(result.issues.map((i) => [i.row, i.code, i.message])).toEqual([[5, 'ENDING_SKIPPED', 'Blok tanda tangan di baris 5–7 dilewati (bukan data).']]);
  });
});

describe('BPJS participant lists end the same ways', () => {
  it('a participant list with a signature block and a second table imports only its participants', async () => {
    const core = await newCore();
    const member = (seq: number) => nik({ day: 12, month: 5, year: 1980, female: true, seq });
    const file = await writeXlsx(path.join(tempDir(), 'peserta-bpjs-per-31-oktober-2025.xlsx'), [
      {
        name: 'Peserta',
        rows: [
          ['DAFTAR PESERTA AKTIF BPJS KETENAGAKERJAAN PER 31 OKTOBER 2025'],
          ['NIK', 'KPJ', 'NAMA', 'SEGMEN', 'STATUS'],
          [member(1), '25012345678', 'Siti Aminah', 'BPU', 'Aktif'],
          [member(2), '25012345679', 'Nurhayati', 'BPU', 'Aktif'],
          [],
          ['PESERTA NON AKTIF'],
          ['NIK', 'KPJ', 'NAMA', 'SEGMEN', 'STATUS'],
          [member(3), '25012345680', 'Dewi Sari', 'BPU', 'Non Aktif'],
          [],
          [null, null, 'Padang, 3 November 2025'],
          [null, null, 'Kepala Kantor Cabang'],
        ],
      },
    ]);
    const result = await core.invoke('bpjs.import', { jobId: 'bpjs-corpus-1', fileId: core.context.files.register(file).fileId });
    expect(result).toMatchObject({ kind: 'members', accepted: 2, rejected: 0 });
    expect(result.issues.map((i) => [i.row, i.code, i.message])).toEqual([
      [6, 'SECOND_TABLE_SKIPPED', 'Sheet "Peserta": tabel lain ("PESERTA NON AKTIF") di baris 6–11 dilewati; yang diambil hanya tabel pertama.'],
    ]);
  });
});
