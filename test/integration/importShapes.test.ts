import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newCore } from '../helpers/core';
import { writeCsv, writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { fillWithOpenpyxl } from '../helpers/otherWriters';
import { importList, nik } from '../helpers/workerLists';

const SITI = nik({ day: 12, month: 5, year: 1980, female: true, seq: 3 });
const BUDI = nik({ day: 3, month: 11, year: 1975, seq: 17 });
const ANDI = nik({ district: '02', day: 21, month: 1, year: 1990, seq: 1 });

describe('lists as nagari offices type them', () => {
  it('a nagari list with a merged title, a NO column, "(1) (2) (3)", a total row and a signature block imports its workers only', async () => {
    const core = await newCore();
    const file = await writeXlsx(path.join(tempDir(), 'lubuk-gadang.xlsx'), [
      {
        name: 'Sheet1',
        rows: [
          ['DAFTAR PEKERJA RENTAN CALON PESERTA BPJS KETENAGAKERJAAN'],
          ['NAGARI LUBUK GADANG KECAMATAN SANGIR TAHUN 2025'],
          [],
          ['NO', 'NIK', 'NAMA', 'TGL LAHIR', 'L/P', 'ALAMAT', 'PEKERJAAN'],
          ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
          [1, SITI, 'Siti Aminah', '12-05-1980', 'P', 'Jorong Koto Tuo', 'Petani'],
          [],
          [2, BUDI, 'Budi Santoso', '03/11/75', 'L', 'Jorong Pasar', 'Buruh Harian'],
          [3, '131101120385000', 'Andi Rahman', '12-03-1985', 'L', 'Jorong Pasar', 'Pedagang'],
          ['', 'JUMLAH', '', '', '', '', ''],
          [],
          ['', '', 'Mengetahui,', '', '', 'Lubuk Gadang, 2 Juni 2025'],
          ['', '', 'Wali Nagari Lubuk Gadang', '', '', 'Operator'],
          ['', '', '( H. ZULKIFLI )', '', '', '( RINA, S.Kom )'],
        ],
        merges: ['A1:G1', 'A2:G2'],
      },
    ]);
    const result = await importList(core, file);
    expect(result).toMatchObject({ accepted: 2, updated: 0, unchanged: 0, rejected: 1, warnings: 0 });
    expect(result.sheets[0]).toMatchObject({ name: 'Sheet1', headerRow: 4, defaultVillage: 'Lubuk Gadang', rows: 3 });
    expect(result.issues).toEqual([
      {
        severity: 'error',
        sheet: 'Sheet1',
        row: 9,
        column: 'B',
        code: 'NIK_LENGTH',
        message: 'Sheet "Sheet1" baris 9 kolom B (NIK): NIK harus 16 angka; terbaca 15 angka (131101120385000).',
      },
      {
        severity: 'warning',
        sheet: 'Sheet1',
        row: 12,
        column: null,
        code: 'ENDING_SKIPPED',
        message: 'Sheet "Sheet1": blok tanda tangan di baris 12–14 dilewati (bukan data).',
      },
    ]);
    const siti = (await core.invoke('workers.list', { search: 'siti' })).rows[0];
    expect(siti).toMatchObject({ nik: SITI, name: 'Siti Aminah', sex: 'P', birthDate: '1980-05-12', villageName: 'Lubuk Gadang', districtName: 'Sangir', occupation: 'Petani' });
  });

  it('one sheet per nagari: each sheet takes its village from its name, a summary sheet is skipped with a warning', async () => {
    const core = await newCore();
    const header = ['No', 'No. KTP', 'Nama Lengkap', 'Jenis Kelamin', 'Pekerjaan'];
    const file = await writeXlsx(path.join(tempDir(), 'sangir.xlsx'), [
      { name: 'Rekap', rows: [['REKAPITULASI'], ['Nagari', 'Jumlah'], ['Lubuk Gadang', 1], ['Lubuk Gadang Timur', 1]] },
      { name: 'Lubuk Gadang', rows: [header, [1, SITI, 'Siti Aminah', 'Perempuan', 'Petani']] },
      { name: 'Lb Gadang Timur', rows: [['Daftar Nagari Lubuk Gadang Timur'], header, [1, BUDI, 'Budi', 'Pria', 'Petani Sawit']] },
    ]);
    const result = await importList(core, file);
    expect(result).toMatchObject({ accepted: 2, rejected: 0 });
    expect(result.sheets.map((s) => [s.name, s.status, s.defaultVillage])).toEqual([
      ['Rekap', 'skipped', null],
      ['Lubuk Gadang', 'imported', 'Lubuk Gadang'],
      ['Lb Gadang Timur', 'imported', 'Lubuk Gadang Timur'],
    ]);
    expect(result.issues).toContainEqual(expect.objectContaining({ severity: 'warning', sheet: 'Rekap', code: 'SHEET_SKIPPED' }));
    const budi = (await core.invoke('workers.list', { search: BUDI })).rows[0];
    expect(budi).toMatchObject({ villageName: 'Lubuk Gadang Timur', sex: 'L' });
  });

  it('--sheet picks one sheet', async () => {
    const core = await newCore();
    const header = ['NIK', 'Nama'];
    const file = await writeXlsx(path.join(tempDir(), 'dua.xlsx'), [
      { name: 'Lubuk Gadang', rows: [header, [SITI, 'Siti']] },
      { name: 'Pasir Talang', rows: [header, [ANDI, 'Andi']] },
    ]);
    const result = await importList(core, file, { sheet: 'Pasir Talang' });
    expect(result).toMatchObject({ accepted: 1 });
    expect((await core.invoke('workers.list', {})).rows.map((r) => r.name)).toEqual(['Andi']);
    await expect(importList(core, file, { sheet: 'Tidak Ada' })).rejects.toThrow('Sheet "Tidak Ada" tidak ada');
  });

  it('a two-row header: Tempat | Tanggal under "Tempat/Tgl Lahir", ticks in L | P under "Jenis Kelamin"', async () => {
    const core = await newCore();
    const file = await writeXlsx(path.join(tempDir(), 'dua-baris.xlsx'), [
      {
        name: 'Data',
        rows: [
          ['No', 'NIK', 'Nama', 'Tempat/Tgl Lahir', null, 'Jenis Kelamin', null, 'Nagari', 'Kecamatan'],
          [null, null, null, 'Tempat', 'Tanggal', 'L', 'P', null, null],
          [1, SITI, 'Siti Aminah', 'Padang Aro', '12 Mei 1980', null, '✓', 'Lubuk Gadang', 'Sangir'],
          [2, BUDI, 'Budi', 'Muara Labuh', '03-11-1975', 'v', null, 'Lubuk Gadang', 'Sangir'],
        ],
        merges: ['D1:E1', 'F1:G1'],
      },
    ]);
    const result = await importList(core, file);
    expect(result).toMatchObject({ accepted: 2, rejected: 0, warnings: 0 });
    const fields = Object.fromEntries(result.sheets[0]!.columns.map((c) => [c.letter, c.field]));
    expect(fields).toMatchObject({ D: 'birthPlace', E: 'birthDate', F: 'sexMale', G: 'sexFemale', H: 'village', I: 'district' });
    const siti = await core.invoke('workers.get', { id: (await core.invoke('workers.list', { search: SITI })).rows[0]!.id });
    expect(siti).toMatchObject({ birthPlace: 'Padang Aro', birthDate: '1980-05-12', sex: 'P' });
  });

  it('"Tempat, Tgl Lahir" in one cell and sexes written every way', async () => {
    const core = await newCore();
    const people = [
      [nik({ day: 1, month: 2, year: 1981, seq: 1 }), 'Padang Aro, 01-02-1981', 'Laki-laki'],
      [nik({ day: 2, month: 3, year: 1982, seq: 2, female: true }), 'SOLOK / 02 MARET 1982', 'Wanita'],
      [nik({ day: 3, month: 4, year: 1983, seq: 3 }), 'Muara Labuh,3/4/1983', 'Pria'],
      [nik({ day: 4, month: 5, year: 1984, seq: 4, female: true }), 'Sungai Pagu, 1984-05-04', 'PEREMPUAN'],
    ];
    const file = await writeXlsx(path.join(tempDir(), 'ttl.xlsx'), [
      { name: 'Data', rows: [['NIK', 'Nama', 'Tempat, Tgl Lahir', 'JK'], ...people.map(([n, ttl, jk], i) => [n, `Pekerja ${i}`, ttl, jk])] },
    ]);
    const result = await importList(core, file);
    expect(result).toMatchObject({ accepted: 4, rejected: 0, warnings: 0 });
    const rows = (await core.invoke('workers.list', {})).rows;
    expect(rows.map((r) => [r.birthDate, r.sex])).toEqual([
      ['1981-02-01', 'L'],
      ['1982-03-02', 'P'],
      ['1983-04-03', 'L'],
      ['1984-05-04', 'P'],
    ]);
  });

  it('hidden columns and columns nobody asked for do not confuse the mapping', async () => {
    const core = await newCore();
    const file = await writeXlsx(path.join(tempDir(), 'tersembunyi.xlsx'), [
      {
        name: 'Data',
        rows: [
          ['No', 'Kode Internal', 'NIK', 'Nama', 'Nama Ibu Kandung', 'No. KK', 'Keterangan'],
          [1, 'X-01', SITI, 'Siti', 'Rahmah', '1311010101010001', 'baru'],
        ],
        hidden: ['B', 'F'],
      },
    ]);
    const result = await importList(core, file);
    expect(result).toMatchObject({ accepted: 1 });
    const fields = Object.fromEntries(result.sheets[0]!.columns.map((c) => [c.header, c.field]));
    expect(fields).toMatchObject({ NIK: 'nik', Nama: 'name', 'Nama Ibu Kandung': 'ignore', 'No. KK': 'ignore', Keterangan: 'ignore' });
  });
});

describe('NIK problems are named in plain words', () => {
  it('numbers that lost digits, scientific notation, 15 or 17 digits, letters; spaces, dots and apostrophes are fine', async () => {
    const core = await newCore();
    const file = await writeXlsx(path.join(tempDir(), 'nik.xlsx'), [
      {
        name: 'Data',
        rows: [
          ['NIK', 'Nama'],
          [1311011203850000, 'Angka Dibulatkan'],
          ['1.31101E+15', 'Angka Ilmiah'],
          ['131101120385001', 'Lima Belas'],
          ['13110112038500012', 'Tujuh Belas'],
          ['13110112O3850001', 'Huruf O'],
          ["'1311 0112 0385 0002", 'Apostrof Spasi'],
          ['1311.0112.0385.0003', 'Bertitik'],
        ],
      },
    ]);
    const result = await importList(core, file);
    expect(result).toMatchObject({ accepted: 2, rejected: 5 });
    const byRow = Object.fromEntries(result.issues.map((i) => [i.row, i]));
    expect(byRow[2]).toMatchObject({ code: 'NIK_NUMBER_ROUNDED', column: 'A' });
    expect(byRow[2]!.message).toContain('NIK diketik sebagai angka, sehingga Excel mengubah digit terakhirnya menjadi 0 (terbaca 1311011203850000)');
    expect(byRow[3]).toMatchObject({ code: 'NIK_SCIENTIFIC' });
    expect(byRow[3]!.message).toContain('angka ilmiah (1.31101E+15)');
    expect(byRow[4]!.message).toContain('NIK harus 16 angka; terbaca 15 angka');
    expect(byRow[5]!.message).toContain('terbaca 17 angka');
    expect(byRow[6]).toMatchObject({ code: 'NIK_NOT_DIGITS' });
    expect((await core.invoke('workers.list', { search: '1311011203850002' })).total).toBe(1);
  });

  it('numbers with every digit intact (a file made by a program, not typed) are accepted', async () => {
    const core = await newCore();
    const file = await writeXlsx(path.join(tempDir(), 'angka.xlsx'), [
      { name: 'Data', rows: [['NIK', 'Nama'], [Number(SITI), 'Siti'], [Number(BUDI), 'Budi'], [1311011203850010, 'Nol Di Akhir']] },
    ]);
    const result = await importList(core, file);
    expect(result).toMatchObject({ accepted: 3, rejected: 0 });
  });

  it('the NIK is checked against the row: birth date, sex, and a region outside the regency', async () => {
    const core = await newCore();
    const padang = nik({ regency: '13.71', district: '01', day: 9, month: 9, year: 1999, seq: 5 });
    const file = await writeXlsx(path.join(tempDir(), 'silang.xlsx'), [
      {
        name: 'Data',
        rows: [
          ['NIK', 'Nama', 'Tanggal Lahir', 'L/P'],
          [SITI, 'Siti', '13-05-1980', 'P'],
          [BUDI, 'Budi', '03-11-1975', 'P'],
          [padang, 'Rudi', '09-09-1999', 'L'],
        ],
      },
    ]);
    const result = await importList(core, file);
    expect(result).toMatchObject({ accepted: 3, rejected: 0, warnings: 3 });
    const codes = result.issues.map((i) => [i.row, i.code]);
    expect(codes).toEqual([
      [2, 'NIK_BIRTHDATE_MISMATCH'],
      [3, 'NIK_SEX_MISMATCH'],
      [4, 'NIK_OTHER_REGION'],
      // No nagari or kecamatan column: Siti and Budi get theirs from the NIK, Rudi (Padang) none.
      [null, 'REGION_FROM_NIK'],
      [null, 'REGION_NONE'],
    ]);
    expect(result.issues[2]!.message).toContain('NIK terdaftar di Kota Padang (kode 13.71), bukan di Kabupaten Solok Selatan.');
  });
});

describe('dates in every way offices write them', () => {
  it('real Excel dates, dd-mm-yyyy, dd/mm/yy, yyyy-mm-dd and "12 Mei 1980" are read; impossible dates rejected', async () => {
    const core = await newCore();
    const rows: (string | number | Date)[][] = [
      [nik({ day: 12, month: 5, year: 1980, seq: 1 }), 'Excel Date', new Date(Date.UTC(1980, 4, 12))],
      [nik({ day: 12, month: 5, year: 1980, seq: 2 }), 'Strip', '12-05-1980'],
      [nik({ day: 12, month: 5, year: 1980, seq: 3 }), 'Garis Miring Pendek', '12/05/80'],
      [nik({ day: 12, month: 5, year: 1980, seq: 4 }), 'ISO', '1980-05-12'],
      [nik({ day: 12, month: 5, year: 1980, seq: 5 }), 'Bulan Indonesia', '12 Mei 1980'],
      [nik({ day: 12, month: 8, year: 1980, seq: 6 }), 'Agustus Singkat', '12-Agt-1980'],
      [nik({ day: 30, month: 2, year: 1990, seq: 7 }), 'Tiga Puluh Februari', '30-02-1990'],
      [nik({ day: 1, month: 1, year: 1990, seq: 8 }), 'Bulan Tiga Belas', '01-13-1990'],
      [nik({ day: 1, month: 1, year: 1990, seq: 9 }), 'Bukan Tanggal', 'kemarin'],
    ];
    const file = await writeXlsx(path.join(tempDir(), 'tanggal.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama', 'Tgl Lahir'], ...rows] }]);
    const result = await importList(core, file);
    expect(result).toMatchObject({ accepted: 6, rejected: 3 });
    const list = (await core.invoke('workers.list', { limit: 10 })).rows;
    expect(list.map((w) => w.birthDate).sort()).toEqual(['1980-05-12', '1980-05-12', '1980-05-12', '1980-05-12', '1980-05-12', '1980-08-12']);
    const rejected = result.issues.filter((i) => i.severity === 'error');
    expect(rejected.map((i) => [i.row, i.code, i.column])).toEqual([
      [8, 'DATE_INVALID', 'C'],
      [9, 'DATE_INVALID', 'C'],
      [10, 'DATE_INVALID', 'C'],
    ]);
    expect(rejected[0]!.message).toContain('Tanggal "30-02-1990" tidak ada di kalender.');
  });
});

describe('village and kecamatan names written loosely', () => {
  it('abbreviations and case slips match with a warning; unknown names are rejected with candidates', async () => {
    const core = await newCore();
    const file = await writeXlsx(path.join(tempDir(), 'wilayah.xlsx'), [
      {
        name: 'Data',
        rows: [
          ['NIK', 'Nama', 'Desa/Kelurahan', 'Kecamatan'],
          [nik({ day: 1, month: 1, year: 1980, seq: 1 }), 'Satu', 'Lb. Gadang', 'Sangir'],
          [nik({ day: 1, month: 1, year: 1980, seq: 2 }), 'Dua', 'pakan  rabaa', 'KPGD'],
          [nik({ day: 1, month: 1, year: 1980, seq: 3 }), 'Tiga', 'LUBUK GADANG TIMUR', 'SANGIR'],
          [nik({ day: 1, month: 1, year: 1980, seq: 4 }), 'Empat', 'Lubuk Gadang Barat Daya', 'Sangir'],
          [nik({ day: 1, month: 1, year: 1980, seq: 5 }), 'Lima', 'Abai', 'Kecamatan Entah'],
        ],
      },
    ]);
    const result = await importList(core, file);
    expect(result).toMatchObject({ accepted: 3, rejected: 2, warnings: 2 });
    const byRow = new Map<number, string[]>();
    for (const i of result.issues) byRow.set(i.row!, [...(byRow.get(i.row!) ?? []), `${i.severity}:${i.code}:${i.column}`]);
    expect(byRow.get(2)).toEqual(['warning:REGION_LOOSE:C']);
    expect(byRow.get(3)).toEqual(['warning:REGION_LOOSE:D', 'warning:REGION_LOOSE:C']);
    expect(byRow.has(4)).toBe(false);
    expect(byRow.get(5)).toEqual(['error:REGION_UNKNOWN:C']);
    expect(byRow.get(6)).toEqual(['error:REGION_UNKNOWN:D']);
    expect(result.issues.find((i) => i.row === 5)!.message).toContain('Nagari "Lubuk Gadang Barat Daya" tidak ada di Kecamatan Sangir (maksud Anda');
    const two = (await core.invoke('workers.list', { search: 'Dua' })).rows[0];
    expect(two).toMatchObject({ villageName: 'Pakan Rabaa', districtName: 'Koto Parik Gadang Diateh' });
  });
});

describe('duplicates, known workers and the same file twice', () => {
  it('a NIK twice in one file: the second row is rejected and points at the first', async () => {
    const core = await newCore();
    const file = await writeXlsx(path.join(tempDir(), 'dobel.xlsx'), [
      { name: 'A', rows: [['NIK', 'Nama'], [SITI, 'Siti']] },
      { name: 'B', rows: [['NIK', 'Nama'], [BUDI, 'Budi'], [SITI, 'Siti Lagi']] },
    ]);
    const result = await importList(core, file);
    expect(result).toMatchObject({ accepted: 2, rejected: 1 });
    expect(result.issues[0]).toMatchObject({ sheet: 'B', row: 3, code: 'DUPLICATE_IN_FILE' });
    expect(result.issues[0]!.message).toContain('sudah ada di sheet "A" baris 2');
  });

  it('a known NIK: changed fields are updated and kept in the history, equal rows count as unchanged', async () => {
    const core = await newCore();
    const dir = tempDir();
    const first = await writeXlsx(path.join(dir, 'mei.xlsx'), [
      { name: 'Data', rows: [['NIK', 'Nama', 'Alamat', 'No HP'], [SITI, 'Siti Aminah', 'Jorong Koto', '081234567890'], [BUDI, 'Budi', 'Jorong Pasar', null]] },
    ]);
    await importList(core, first);
    const second = await writeXlsx(path.join(dir, 'juni.xlsx'), [
      { name: 'Data', rows: [['NIK', 'Nama', 'Alamat'], [SITI, 'Siti Aminah', 'Jorong Baru'], [BUDI, 'Budi', 'Jorong Pasar'], [ANDI, 'Andi', 'Pasar']] },
    ]);
    const result = await importList(core, second);
    expect(result).toMatchObject({ accepted: 1, updated: 1, unchanged: 1 });
    const id = (await core.invoke('workers.list', { search: SITI })).rows[0]!.id;
    const siti = await core.invoke('workers.get', { id });
    expect(siti).toMatchObject({ address: 'Jorong Baru', phone: '081234567890' });
    expect(siti.history).toEqual([
      expect.objectContaining({ action: 'updated', fileName: 'juni.xlsx', changes: [{ field: 'Alamat', before: 'Jorong Koto', after: 'Jorong Baru' }] }),
    ]);
  });

  it('a list saved by another program (openpyxl writes absolute part paths) keeps its sheet names in every message', async () => {
    const core = await newCore();
    const dir = tempDir();
    const made = await writeXlsx(path.join(dir, 'asli.xlsx'), [
      { name: 'Rekap', rows: [['Jumlah', 1]] },
      { name: 'Nagari Lubuk Gadang', rows: [['NIK', 'Nama'], [SITI, 'Siti'], ['123', 'Salah']] },
    ]);
    const resaved = await fillWithOpenpyxl(made, path.join(dir, 'openpyxl.xlsx'), 'Rekap', 1, []);
    const result = await importList(core, resaved, { preview: true });
    expect(result.sheets.map((s) => s.name)).toEqual(['Rekap', 'Nagari Lubuk Gadang']);
    expect(result.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Sheet "Rekap" dilewati/),
      expect.stringMatching(/^Sheet "Nagari Lubuk Gadang" baris 3 kolom A \(NIK\): NIK harus 16 angka/),
    ]);
  });

  it('the same file imported again is recognised and changes nothing', async () => {
    const core = await newCore();
    const file = await writeXlsx(path.join(tempDir(), 'sama.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama'], [SITI, 'Siti']] }]);
    const first = await importList(core, file);
    const preview = await importList(core, file, { preview: true });
    expect(preview.duplicateOf).toEqual({ batchId: first.batchId, createdAt: expect.any(String), rejected: 0, stillRejected: 0 });
    const again = await importList(core, file);
    expect(again).toMatchObject({ batchId: null, accepted: 0, duplicateOf: { batchId: first.batchId } });
    expect((await core.invoke('import.batches', {})).total).toBe(1);
  });
});

describe('names and cells that could do harm or get mangled', () => {
  it('apostrophes, accents, other scripts and formula-like cells are stored exactly as typed, never evaluated', async () => {
    const core = await newCore();
    const names = ["Nur'aini", 'José Müller', 'Ñoño Çakır', '陈伟', '=HYPERLINK("http://x","klik")', '+62 Budi', '-Rina', '@Agus'];
    const file = await writeXlsx(path.join(tempDir(), 'nama.xlsx'), [
      { name: 'Data', rows: [['NIK', 'Nama', 'Pekerjaan'], ...names.map((n, i) => [nik({ day: 1, month: 1, year: 1980, seq: i + 1 }), n, '=1+1'])] },
    ]);
    const result = await importList(core, file);
    expect(result).toMatchObject({ accepted: names.length, rejected: 0 });
    const stored = (await core.invoke('workers.list', { limit: 20 })).rows;
    expect(stored.map((w) => w.name).sort()).toEqual([...names].sort());
    expect(new Set(stored.map((w) => w.occupation))).toEqual(new Set(['=1+1']));
  });
});

describe('CSV lists', () => {
  it('comma or semicolon, with or without BOM, in UTF-8 or as old Excel saves (Windows-1252)', async () => {
    const core = await newCore();
    const dir = tempDir();
    const comma = writeCsv(path.join(dir, 'koma.csv'), ['NIK,Nama,Nagari', `${SITI},"Aminah, Siti",Lubuk Gadang`]);
    const semicolon = writeCsv(path.join(dir, 'titik-koma.csv'), ['NIK;Nama;Nagari', `${BUDI};Budi;Lubuk Gadang`], { bom: true });
    const ansi = writeCsv(path.join(dir, 'ansi.csv'), ['NIK;Nama;Nagari', `${ANDI};José;Pasir Talang`], { encoding: 'latin1' });
    expect(await importList(core, comma)).toMatchObject({ accepted: 1, rejected: 0 });
    expect(await importList(core, semicolon)).toMatchObject({ accepted: 1, rejected: 0 });
    const result = await importList(core, ansi);
    expect(result).toMatchObject({ accepted: 1, rejected: 0 });
    const names = (await core.invoke('workers.list', {})).rows.map((r) => r.name).sort();
    expect(names).toEqual(['Aminah, Siti', 'Budi', 'José']);
  });

  it('CSV problems name the line, without a sheet', async () => {
    const core = await newCore();
    const file = writeCsv(path.join(tempDir(), 'salah.csv'), ['NIK;Nama', `${SITI};Siti`, '12345;Pendek']);
    const result = await importList(core, file);
    expect(result.issues[0]!.message).toBe('Baris 3 kolom A (NIK): NIK harus 16 angka; terbaca 5 angka (12345).');
  });
});

describe('files that are not worker lists', () => {
  it('a damaged .xls, a damaged .ods, a PDF, an empty file, a corrupt zip and a table without NIK and Nama each get one clear sentence', async () => {
    const core = await newCore();
    const dir = tempDir();
    const xls = path.join(dir, 'lama.xls');
    fs.writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
    const ods = path.join(dir, 'libre.ods');
    fs.writeFileSync(ods, Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(26), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]));
    const pdf = path.join(dir, 'daftar.xlsx');
    fs.writeFileSync(pdf, '%PDF-1.4\n1 0 obj <<>> endobj\n');
    const empty = path.join(dir, 'kosong.xlsx');
    fs.writeFileSync(empty, '');
    const corrupt = path.join(dir, 'rusak.xlsx');
    const good = await writeXlsx(path.join(dir, 'baik.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama'], [SITI, 'Siti']] }]);
    fs.writeFileSync(corrupt, fs.readFileSync(good).subarray(0, 900));
    const table = await writeXlsx(path.join(dir, 'anggaran.xlsx'), [{ name: 'Anggaran', rows: [['Kegiatan', 'Pagu'], ['Rapat', 1000000]] }]);

    const before = (await core.invoke('import.batches', {})).total;
    await expect(importList(core, xls)).rejects.toThrow(/^Berkas "lama\.xls" terpotong atau rusak: susunan berkas Excel 97–2003 \(\.xls\)-nya/);
    await expect(importList(core, ods)).rejects.toThrow(/^Berkas "libre\.ods" terpotong atau rusak: daftar isi \.ods-nya tidak terbaca/);
    await expect(importList(core, pdf)).rejects.toThrow('adalah PDF, bukan lembar kerja');
    await expect(importList(core, empty)).rejects.toThrow('kosong (0 byte)');
    await expect(importList(core, corrupt)).rejects.toThrow(/rusak/);
    await expect(importList(core, table)).rejects.toThrow('Berkas "anggaran.xlsx" bukan daftar pekerja');
    expect((await core.invoke('import.batches', {})).total).toBe(before);
    expect((await core.invoke('workers.list', {})).total).toBe(0);
  });
});
