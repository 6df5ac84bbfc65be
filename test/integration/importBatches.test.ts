import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newCore } from '../helpers/core';
import { runCakap } from '../helpers/cli';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { importList, nik, snapshot } from '../helpers/workerLists';

const people = Array.from({ length: 6 }, (_, i) => nik({ day: 10 + i, month: 6, year: 1985, seq: i + 1 }));

describe('an import can be undone', () => {
  it('undo removes the new workers and puts changed fields back exactly', async () => {
    const core = await newCore();
    const dir = tempDir();
    await importList(core, await writeXlsx(path.join(dir, 'a.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama', 'Alamat'], [people[0], 'Satu', 'Jorong A'], [people[1], 'Dua', null]] }]));
    const before = snapshot(core);
    const second = await importList(
      core,
      await writeXlsx(path.join(dir, 'b.xlsx'), [
        { name: 'Data', rows: [['NIK', 'Nama', 'Alamat'], [people[0], 'Satu', 'Jorong B'], [people[1], 'Dua Baru', 'Jorong C'], [people[2], 'Tiga', null]] },
      ]),
    );
    expect(second).toMatchObject({ accepted: 1, updated: 2 });
    expect(snapshot(core)).not.toBe(before);

    const undone = await core.invoke('import.undo', { batchId: second.batchId! });
    expect(undone).toEqual({ removed: 1, restored: 2 });
    expect(snapshot(core)).toBe(before);
    const batches = (await core.invoke('import.batches', {})).rows;
    expect(batches[0]).toMatchObject({ id: second.batchId, undoneBy: 'penguji' });
    await expect(core.invoke('import.undo', { batchId: second.batchId! })).rejects.toThrow('sudah dibatalkan');
  });

  it('an older import cannot be undone while a newer one changed the same workers', async () => {
    const core = await newCore();
    const dir = tempDir();
    const first = await importList(core, await writeXlsx(path.join(dir, 'a.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama'], [people[0], 'Satu']] }]));
    const second = await importList(core, await writeXlsx(path.join(dir, 'b.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama'], [people[0], 'Satu Ganti']] }]));
    const state = snapshot(core);
    await expect(core.invoke('import.undo', { batchId: first.batchId! })).rejects.toThrow(
      `impor yang lebih baru (#${second.batchId}) mengubah pekerja yang sama. Batalkan impor itu terlebih dahulu.`,
    );
    expect(snapshot(core)).toBe(state);
    await core.invoke('import.undo', { batchId: second.batchId! });
    await core.invoke('import.undo', { batchId: first.batchId! });
    expect((await core.invoke('workers.list', {})).total).toBe(0);
  });
});

describe('the history of imports', () => {
  it('lists worker lists and BPJS lists each under their own kind, and can show one kind only', async () => {
    const core = await newCore();
    const dir = tempDir();
    const workers = await importList(core, await writeXlsx(path.join(dir, 'nagari.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama'], [people[0], 'Satu']] }]));
    const recap = await writeXlsx(path.join(dir, 'rekap-bpjs-oktober-2025.xlsx'), [{ name: 'Rekap', rows: [['Kecamatan', 'Peserta Aktif'], ['Sangir', 1200]] }]);
    const bpjs = await core.invoke('bpjs.import', { jobId: crypto.randomUUID(), fileId: core.context.files.register(recap).fileId });

    const all = await core.invoke('import.batches', {});
    expect(all.rows.map((b) => [b.id, b.kind])).toEqual([
      [bpjs.batchId, 'bpjs_recap'],
      [workers.batchId, 'workers'],
    ]);
    const onlyWorkers = await core.invoke('import.batches', { kinds: ['workers'] });
    expect(onlyWorkers).toMatchObject({ total: 1, rows: [{ id: workers.batchId, fileName: 'nagari.xlsx' }] });
  });
});

describe('rejected rows go back to the village', () => {
  it('the rejection file holds the original header and cells of each rejected row, with a Keterangan column', async () => {
    const core = await newCore();
    const dir = tempDir();
    const result = await importList(
      core,
      await writeXlsx(path.join(dir, 'nagari.xlsx'), [
        {
          name: 'Lubuk Gadang',
          rows: [
            ['No', 'NIK', 'Nama', 'Tgl Lahir'],
            [1, people[0], 'Baik', '10-06-1985'],
            [2, '131101', 'NIK Pendek', '11-06-1985'],
            [3, people[2], '', '31-02-1985'],
            [4, people[3], '=cmd|calc', '13-06-1985'],
          ],
        },
      ]),
    );
    expect(result).toMatchObject({ accepted: 2, rejected: 2 });
    const ref = await core.invoke('import.rejectionFile', { batchId: result.batchId! });
    expect(ref.name).toBe('ditolak-nagari.xlsx');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(core.context.files.resolve(ref.fileId).path);
    const sheet = workbook.getWorksheet('Lubuk Gadang')!;
    expect(String(sheet.getRow(1).getCell(1).value)).toContain('Baris yang ditolak dari "nagari.xlsx"');
    expect(sheet.getRow(3).values).toEqual([undefined, 'No', 'NIK', 'Nama', 'Tgl Lahir', 'Keterangan', 'Baris asal']);
    expect(sheet.getRow(4).getCell(2).value).toBe('131101');
    expect(sheet.getRow(4).getCell(5).value).toBe('Kolom B (NIK): NIK harus 16 angka; terbaca 6 angka (131101).');
    expect(sheet.getRow(4).getCell(6).value).toBe(3);
    expect(sheet.getRow(5).getCell(5).value).toBe('Kolom C (Nama): Nama kosong.; Kolom D (Tgl Lahir): Tanggal "31-02-1985" tidak ada di kalender.');
    expect(sheet.rowCount).toBe(5);
  });

  it('fixed and sent back, the rejection file imports like any list', async () => {
    const core = await newCore();
    const dir = tempDir();
    const result = await importList(core, await writeXlsx(path.join(dir, 'x.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama'], [people[0], ''], [people[1], 'Dua']] }]));
    const ref = await core.invoke('import.rejectionFile', { batchId: result.batchId! });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(core.context.files.resolve(ref.fileId).path);
    workbook.getWorksheet('Data')!.getRow(4).getCell(2).value = 'Satu Diperbaiki';
    const fixed = path.join(dir, 'kembali.xlsx');
    await workbook.xlsx.writeFile(fixed);
    expect(await importList(core, fixed)).toMatchObject({ accepted: 1, rejected: 0 });
  });
});

describe('column mapping the operator corrects', () => {
  it('an unclear column is mapped by the operator, and the mapping is remembered for the next file with the same headers', async () => {
    const core = await newCore();
    const dir = tempDir();
    const rows = (who: string[]) => [['NIK', 'Nama', 'Tempat Tinggal', 'Usaha Pokok'], ...who.map((n, i) => [n, `Orang ${i}`, 'Jorong Koto', 'petani karet'])];
    const may = await writeXlsx(path.join(dir, 'mei.xlsx'), [{ name: 'Data', rows: rows([people[0]!]) }]);
    const preview = await importList(core, may, { preview: true });
    expect(preview.sheets[0]!.columns.map((c) => c.field)).toEqual(['nik', 'name', 'ignore', 'ignore']);

    const overrides = { Data: { columns: { '2': 'address' as const, '3': 'occupation' as const } } };
    const committed = await importList(core, may, { overrides });
    expect(committed.sheets[0]!.columns.map((c) => [c.field, c.source])).toEqual([
      ['nik', 'header'],
      ['name', 'header'],
      ['address', 'operator'],
      ['occupation', 'operator'],
    ]);
    const june = await writeXlsx(path.join(dir, 'juni.xlsx'), [{ name: 'Data', rows: rows([people[1]!]) }]);
    const next = await importList(core, june, { preview: true });
    expect(next.sheets[0]!.columns.map((c) => [c.field, c.source])).toEqual([
      ['nik', 'remembered'],
      ['name', 'remembered'],
      ['address', 'remembered'],
      ['occupation', 'remembered'],
    ]);
    await importList(core, june);
    expect((await core.invoke('workers.list', { search: people[1] })).rows[0]).toMatchObject({ occupation: 'Petani Karet' });
  });

  it('the operator can name the header row when the list has none Cakap recognises', async () => {
    const core = await newCore();
    const file = await writeXlsx(path.join(tempDir(), 'aneh.xlsx'), [{ name: 'Data', rows: [['Identitas', 'Sebutan'], [people[0], 'Satu']] }]);
    await expect(importList(core, file, { preview: true })).rejects.toThrow('bukan daftar pekerja');
    const result = await importList(core, file, { overrides: { Data: { headerRow: 1, columns: { '0': 'nik', '1': 'name' } } } });
    expect(result).toMatchObject({ accepted: 1 });
  });
});

describe('a long import can be cancelled', () => {
  it('cancelling mid-way leaves the database exactly as it was', async () => {
    const core = await newCore();
    const rows: (string | number)[][] = [['NIK', 'Nama', 'Alamat']];
    for (let i = 0; i < 40_000; i++) rows.push([nik({ day: 1 + (i % 28), month: 1 + (i % 12), year: 1970 + Math.floor(i / 9000), seq: (i % 9000) + 1 }), `Pekerja ${i}`, `Jorong ${i % 50}`]);
    const file = await writeXlsx(path.join(tempDir(), 'besar.xlsx'), [{ name: 'Data', rows }]);
    const before = snapshot(core);
    const jobId = crypto.randomUUID();
    const { fileId } = core.context.files.register(file);
    let cancelled = false;
    const off = core.onEvent((event) => {
      if (event.type === 'job.progress' && event.jobId === jobId && event.rows > 1000 && !cancelled) {
        cancelled = true;
        void core.invoke('jobs.cancel', { jobId });
      }
    });
    await expect(core.invoke('import.commit', { jobId, fileId })).rejects.toThrow('Dibatalkan; tidak ada yang berubah.');
    off();
    expect(cancelled).toBe(true);
    expect(snapshot(core)).toBe(before);
    expect((await core.invoke('import.batches', {})).total).toBe(0);
  });
});

describe('the Pekerja list', () => {
  it('searches by NIK prefix or any part of the name, filters, pages, and shows a worker with history', async () => {
    const core = await newCore();
    const dir = tempDir();
    await importList(
      core,
      await writeXlsx(path.join(dir, 'a.xlsx'), [
        {
          name: 'Data',
          rows: [
            ['NIK', 'Nama', 'Nagari', 'Pekerjaan'],
            [people[0], 'Siti Aminah', 'Lubuk Gadang', 'Petani'],
            [people[1], 'Budi Santoso', 'Pasir Talang', 'Pedagang'],
            [people[2], 'Aminah Putri', 'Pasir Talang', 'Petani'],
          ],
        },
      ]),
    );
    const byName = await core.invoke('workers.list', { search: 'amin' });
    expect(byName.rows.map((r) => r.name)).toEqual(['Aminah Putri', 'Siti Aminah']);
    expect((await core.invoke('workers.list', { search: people[1]!.slice(0, 10) })).total).toBeGreaterThanOrEqual(1);
    expect((await core.invoke('workers.list', { search: people[1] })).rows.map((r) => r.name)).toEqual(['Budi Santoso']);
    expect((await core.invoke('workers.list', { villageCode: '13.11.02.2001' })).total).toBe(2);
    expect((await core.invoke('workers.list', { districtCode: '13.11.01' })).total).toBe(1);
    expect((await core.invoke('workers.list', { occupation: 'Petani' })).total).toBe(2);
    const page = await core.invoke('workers.list', { limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 3, rows: [{ name: 'Siti Aminah' }] });
    const filters = await core.invoke('workers.filters', {});
    expect(filters.occupations).toEqual([
      { name: 'Petani', count: 2 },
      { name: 'Pedagang', count: 1 },
    ]);
    const detail = await core.invoke('workers.get', { id: byName.rows[1]!.id });
    expect(detail).toMatchObject({ name: 'Siti Aminah', villageName: 'Lubuk Gadang', districtName: 'Sangir', createdBatch: { fileName: 'a.xlsx' } });
  });
});

describe('the name search follows every change to the workers', () => {
  it('finds names by any part of three letters or more, in any case, combined with filters; loses them on undo, on a name corrected by a later list, on erasure', async () => {
    const core = await newCore();
    const dir = tempDir();
    const list = (file: string, name: string) =>
      writeXlsx(path.join(dir, file), [
        {
          name: 'Data',
          rows: [
            ['NIK', 'Nama', 'Nagari'],
            [people[0], name, 'Lubuk Gadang'],
            [people[1], 'Budi Santoso', 'Pasir Talang'],
          ],
        },
      ]);
    const search = async (text: string, extra: object = {}) => (await core.invoke('workers.list', { search: text, ...extra })).rows.map((r) => r.name);
    const first = await importList(core, await list('a.xlsx', 'Siti Aminah'));
    expect(await search('MINA')).toEqual(['Siti Aminah']);
    expect(await search('santo', { villageCode: '13.11.02.2001' })).toEqual(['Budi Santoso']);
    expect(await search('santo', { villageCode: '13.11.01.2001' })).toEqual([]);
    expect(await search('zzz')).toEqual([]);
    // A later list corrects the name: the old one is no longer found.
    const second = await importList(core, await list('b.xlsx', 'Siti Rahmah'));
    expect(await search('aminah')).toEqual([]);
    expect(await search('rahmah')).toEqual(['Siti Rahmah']);
    // Undone, the correction goes and the old name is found again.
    await core.invoke('import.undo', { batchId: second.batchId! });
    expect(await search('rahmah')).toEqual([]);
    expect(await search('aminah')).toEqual(['Siti Aminah']);
    const budi = (await core.invoke('workers.list', { search: 'budi' })).rows[0]!;
    await core.invoke('workers.erase', { id: budi.id, reason: 'Permintaan yang bersangkutan (surat 12/2025)' });
    expect(await search('budi')).toEqual([]);
    // The first list undone: its workers are gone, and so are their names from the search.
    await core.invoke('import.undo', { batchId: first.batchId! });
    expect(await search('siti')).toEqual([]);
  });
});

describe('cakap import on the command line', () => {
  it('--json prints one object with every rejection and warning; exit 0 even with rejected rows', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    await runCakap(['init', '--db', db]);
    const file = await writeXlsx(path.join(dir, 'daftar.xlsx'), [
      { name: 'Rekap', rows: [['Jumlah', 2]] },
      { name: 'Nagari', rows: [['NIK', 'Nama', 'Nagari'], [people[0], 'Satu', 'Lb. Gadang'], [people[1], '', 'Lubuk Gadang']] },
    ]);
    const result = await runCakap(['import', '--db', db, file, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    // The contract's fields first and unchanged; later additions only come after them.
    expect(Object.keys(json)).toEqual(['file', 'batchId', 'accepted', 'updated', 'unchanged', 'rejected', 'warnings', 'issues', 'duplicateOf', 'rejectionFile', 'notWorkers', 'source']);
    expect(json).toMatchObject({ duplicateOf: null, rejectionFile: null });
    expect(json).toMatchObject({ file: 'daftar.xlsx', batchId: 1, accepted: 1, updated: 0, unchanged: 0, rejected: 1, warnings: 1 });
    expect(json.issues).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: 'Rekap', row: null, column: null, code: 'SHEET_SKIPPED' }),
      expect.objectContaining({ severity: 'warning', sheet: 'Nagari', row: 2, column: 'C', code: 'REGION_LOOSE' }),
      expect.objectContaining({ severity: 'error', sheet: 'Nagari', row: 3, column: 'B', code: 'NAME_MISSING' }),
    ]);
    expect(result.stderr).toContain('Sheet "Rekap" dilewati');

    const again = await runCakap(['import', '--db', db, file, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ batchId: null, accepted: 0, issues: [expect.objectContaining({ code: 'FILE_ALREADY_IMPORTED' })] });
  });

  it('a file that is not a worker list exits 2 with one line and leaves the database untouched', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    await runCakap(['init', '--db', db]);
    const file = await writeXlsx(path.join(dir, 'anggaran.xlsx'), [{ name: 'Anggaran', rows: [['Kegiatan', 'Pagu'], ['Rapat', 100]] }]);
    const result = await runCakap(['import', '--db', db, file, '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      'Berkas "anggaran.xlsx" bukan daftar pekerja: tidak tampak seperti daftar pekerja (tidak ada baris judul kolom dengan NIK dan Nama).',
    ]);
  });
});

describe('the same list sent again', () => {
  const list = (rows: (string | null)[][]) => [{ name: 'Data', rows: [['NIK', 'Nama', 'Tanggal Lahir'], ...rows] }];
  const good = people.slice(0, 3).map((n, i) => [n, `Pekerja ${i + 1}`, null]);
  // Rows 5 to 7: a name missing, a NIK one digit short, another name missing.
  const bad = [[people[3]!, '', null], [people[4]!.slice(0, 15), 'Kurang Satu', null], [people[5]!, '', null]];

  it('says nothing changed, how many rows were rejected then, how many still wait, and gives their file', async () => {
    const core = await newCore();
    const dir = tempDir();
    const file = await writeXlsx(path.join(dir, 'nagari.xlsx'), list([...good, ...bad]));
    const first = await importList(core, file);
    expect(first).toMatchObject({ accepted: 3, rejected: 3 });

    const preview = await importList(core, file, { preview: true });
    expect(preview.duplicateOf).toEqual({ batchId: first.batchId, createdAt: expect.any(String), rejected: 3, stillRejected: 3 });

    // The sender fixes the two rows without a name and sends just those back; the short NIK still waits.
    const fixed = await writeXlsx(path.join(dir, 'perbaikan.xlsx'), list([[people[3]!, 'Pekerja Empat', null], [people[5]!, 'Pekerja Enam', null]]));
    expect(await importList(core, fixed)).toMatchObject({ accepted: 2, rejected: 0 });
    const again = await importList(core, file);
    expect(again).toMatchObject({ batchId: null, accepted: 0, duplicateOf: { batchId: first.batchId, rejected: 3, stillRejected: 1 } });

    const rejection = await core.invoke('import.rejectionFile', { batchId: first.batchId! });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(core.context.files.resolve(rejection.fileId).path);
    expect(workbook.worksheets[0]!.rowCount).toBe(3 + 3);
  });

  it('on the command line: one line says so, and --rejected writes the rows still to fix; --json adds duplicateOf and rejectionFile', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    await runCakap(['init', '--db', db]);
    const file = await writeXlsx(path.join(dir, 'nagari.xlsx'), list([...good, ...bad]));
    const first = await runCakap(['import', '--db', db, file]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('ulangi perintah ini dengan --rejected DITOLAK.xlsx');

    const again = await runCakap(['import', '--db', db, file]);
    expect(again.code).toBe(0);
    expect(again.stderr.trim()).toMatch(
      /^Berkas "nagari.xlsx" sama persis dengan impor #1 \(.+\); tidak ada yang diubah\. Waktu itu 3 baris ditolak dan semuanya masih menunggu diperbaiki\. Unduh baris itu dengan --rejected DITOLAK\.xlsx untuk dikirim kembali ke pengirim\.$/,
    );

    const out = path.join(dir, 'ditolak.xlsx');
    const json = await runCakap(['import', '--db', db, file, '--rejected', out, '--json']);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed).toMatchObject({ batchId: null, duplicateOf: { batchId: 1, rejected: 3, stillRejected: 3 }, rejectionFile: out });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const notes = workbook.worksheets[0]!.getColumn(4).values.map(String);
    expect(notes.join(' | ')).toContain('Nama kosong.');
    expect(notes.join(' | ')).toContain('NIK harus 16 angka');
  });
});
