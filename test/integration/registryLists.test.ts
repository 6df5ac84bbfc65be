import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app/core';
import { districtTable, villageTable } from '../../electron/core/features/report/tables';
import { templateLists } from '../../electron/core/features/templates/handlers';
import { runCakap } from '../helpers/cli';
import { convertWithLibreOffice } from '../helpers/legacyFiles';
import { newCore } from '../helpers/core';
import { queryDatabase } from '../helpers/db';
import { VILLAGE_EXPECTED, VILLAGE_PEOPLE, writeOpenSidPopulation, writeOpenSidProgram, writeSiakExport } from '../helpers/registryLists';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { importList, nik } from '../helpers/workerLists';

/** Every worker Cakap stored, as the Pekerja page and its drawer show them. */
async function storedWorkers(core: Core) {
  const list = await core.invoke('workers.list', { limit: 200 });
  return Promise.all(
    list.rows.map(async (row) => {
      const w = await core.invoke('workers.get', { id: row.id });
      return { name: w.name, occupation: w.occupation, ktp: w.ktpOccupation, district: w.districtName, village: w.villageName, fromNik: w.regionFromNik, address: w.address };
    }),
  );
}

const SORTED_WORKERS = [...VILLAGE_EXPECTED.workers].map((n) => n.toUpperCase()).sort();

describe('a nagari sends its OpenSID population export instead of a worker list', () => {
  it('the code form: 6 workers with their KTP occupation and group; 4 non-working statuses, 2 children and 1 dead passed over; kecamatan from the NIK', async () => {
    const core = await newCore();
    const file = await writeOpenSidPopulation(path.join(tempDir(), 'penduduk-lubuk-gadang.xlsx'), VILLAGE_PEOPLE, 'code');
    const result = await importList(core, file);

    expect(result).toMatchObject({ source: 'opensid', accepted: 6, rejected: 0, warnings: 0, notWorkers: VILLAGE_EXPECTED.notWorkers, regionFromNik: 6, withoutRegion: 0 });
    expect(result.issues.map((i) => i.code)).toEqual(['NOT_WORKER_DEAD', 'NOT_WORKER_UNDER_AGE', 'NOT_WORKER_STATUS', 'REGION_FROM_NIK']);
    const status = result.issues.find((i) => i.code === 'NOT_WORKER_STATUS')!.message;
    expect(status).toContain('4 orang dengan pekerjaan di KTP yang bukan pekerjaan');
    expect(status).toContain('MENGURUS RUMAH TANGGA 1');
    expect(result.issues.find((i) => i.code === 'NOT_WORKER_UNDER_AGE')!.message).toContain('2 orang berumur di bawah 15 tahun');
    // OpenSID's columns are read by their fixed names: no_asuransi is not a row number, dusun/rt/rw join the address.
    expect(result.sheets[0]!.columns.filter((c) => c.field !== 'ignore').map((c) => `${c.header}=${c.field}`)).toEqual([
      'alamat=address', 'nama=name', 'nik=nik', 'sex=sex', 'tempatlahir=birthPlace', 'tanggallahir=birthDate', 'pekerjaan_id=occupation', 'status_dasar=lifeStatus',
    ]);

    const workers = await storedWorkers(core);
    expect(workers.map((w) => w.name).sort()).toEqual(SORTED_WORKERS);
    const by = (name: string) => workers.find((w) => w.name === name.toUpperCase())!;
    expect(by('Siti Aminah')).toEqual({
      name: 'SITI AMINAH',
      occupation: 'Petani',
      ktp: '9 PETANI/PEKEBUN',
      district: 'Sangir',
      village: null,
      fromNik: true,
      address: 'Dusun Koto Tuo, RT 002/RW 001',
    });
    expect(by('Budi Santoso')).toMatchObject({ occupation: 'Buruh Tani', ktp: '20 BURUH TANI/PERKEBUNAN' });
    expect(by('Yusuf Effendi')).toMatchObject({ occupation: 'ASN (PNS/PPPK)', ktp: '5 APARATUR SIPIL NEGARA (ASN)' });
    expect(by('Lina Marlina')).toMatchObject({ occupation: 'Wiraswasta', ktp: '88 WIRASWASTA' });
    // The Pekerja list marks the kecamatan that came from the NIK.
    expect((await core.invoke('workers.list', { search: 'siti' })).rows[0]).toMatchObject({ districtName: 'Sangir', villageName: null, regionFromNik: true });
    // The report's occupation table and the Pekerja filter see groups, never codes.
    expect((await core.invoke('workers.filters', {})).occupations.map((o) => o.name).sort()).toEqual(['ASN (PNS/PPPK)', 'Buruh Tani', 'Pedagang', 'Petani', 'TNI', 'Wiraswasta']);
  });

  it('the name form (PETANI/PEKEBUN, LAKI-LAKI, MATI in coded cells) gives the same workers as the code form', async () => {
    const dir = tempDir();
    const codes = await newCore();
    await importList(codes, await writeOpenSidPopulation(path.join(dir, 'kode.xlsx'), VILLAGE_PEOPLE, 'code'));
    const names = await newCore();
    const result = await importList(names, await writeOpenSidPopulation(path.join(dir, 'nama.xlsx'), VILLAGE_PEOPLE, 'name'));
    expect(result).toMatchObject({ source: 'opensid', accepted: 6, notWorkers: VILLAGE_EXPECTED.notWorkers });
    expect(await storedWorkers(names)).toEqual(await storedWorkers(codes));
  });
});

describe('the civil registry sends a SIAK export (the .xls re-saved as .xlsx)', () => {
  it('is read by the place of its columns: mixed-case occupation names, MATI in the status column, dd/mm/yyyy dates, "DSN …" addresses', async () => {
    const core = await newCore();
    const file = await writeSiakExport(path.join(tempDir(), 'format_siak.xlsx'), VILLAGE_PEOPLE);
    const result = await importList(core, file);
    expect(result).toMatchObject({ source: 'siak', accepted: 6, rejected: 0, warnings: 0, notWorkers: VILLAGE_EXPECTED.notWorkers });
    expect(result.sheets[0]!.columns.filter((c) => c.field !== 'ignore').map((c) => `${c.letter}=${c.field}`)).toEqual([
      'B=nik', 'C=name', 'D=lifeStatus', 'E=birthPlace', 'F=birthDate', 'G=sex', 'Q=address', 'U=occupation',
    ]);
    const siti = (await core.invoke('workers.list', { search: 'siti' })).rows[0]!;
    const detail = await core.invoke('workers.get', { id: siti.id });
    expect(detail).toMatchObject({ birthDate: '1980-05-12', sex: 'P', occupation: 'Petani', ktpOccupation: '9 PETANI/PEKEBUN', address: 'DSN KOTO TUO, RT 002/RW 001', districtName: 'Sangir' });
  });
});

describe('the SIAK export as the civil registry sends it: Excel 97-2003 (.xls)', () => {
  it('is recognised as SIAK and gives the same workers as the same export re-saved as .xlsx', async () => {
    const dir = tempDir();
    const xlsx = await writeSiakExport(path.join(dir, 'format_siak.xlsx'), VILLAGE_PEOPLE);
    const xls = path.join(dir, 'format_siak.xls');
    await convertWithLibreOffice([{ source: xlsx, out: xls, format: 'xls' }]);
    const stored = async (file: string) => {
      const core = await newCore();
      const result = await importList(core, file);
      const rows = (await core.invoke('workers.list', {})).rows.map((w) => `${w.name}|${w.districtName}|${w.occupation}`).sort();
      return { result, rows };
    };
    const fromXls = await stored(xls);
    const fromXlsx = await stored(xlsx);
    expect(fromXls.result).toMatchObject({ source: 'siak', accepted: 6, rejected: 0, notWorkers: VILLAGE_EXPECTED.notWorkers });
    expect(fromXls.rows).toEqual(fromXlsx.rows);
  });
});

describe('a one-village list on the command line', () => {
  it('--village puts every worker in that nagari; --json gives notWorkers and source; --rejected has a "Bukan pekerja" sheet; an unknown nagari is one line, exit 2', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kantor.sqlite');
    const file = await writeOpenSidPopulation(path.join(dir, 'penduduk.xlsx'), VILLAGE_PEOPLE, 'code');
    const rejected = path.join(dir, 'kembali.xlsx');
    await runCakap(['init', '--db', db]);
    const bad = await runCakap(['import', '--db', db, file, '--village', 'Lubuk Gedang Raya', '--json']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('Nagari "Lubuk Gedang Raya" tidak ada di Kabupaten Solok Selatan');

    const run = await runCakap(['import', '--db', db, file, '--village', '13.11.01.2002', '--rejected', rejected, '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ accepted: 6, rejected: 0, notWorkers: { nonWorkingStatus: 4, underAge: 2, dead: 1 }, source: 'opensid', rejectionFile: rejected });
    expect(json.issues.map((i: { code: string }) => i.code)).not.toContain('REGION_FROM_NIK');
    const places = queryDatabase(db, `SELECT v.name AS village, d.name AS district, w.region_source AS source FROM workers w JOIN regions v ON v.code = w.village_code JOIN regions d ON d.code = w.district_code`);
    expect(places).toHaveLength(6);
    expect(new Set(places.map((p) => `${p.village}/${p.district}/${p.source}`))).toEqual(new Set(['Lubuk Gadang Timur/Sangir/list']));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(rejected);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Bukan pekerja']);
    const sheet = workbook.getWorksheet('Bukan pekerja')!;
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 7)).toEqual(['alamat', 'dusun', 'rw', 'rt', 'nama', 'no_kk', 'nik']);
    expect(header.slice(-3)).toEqual(['Alasan', 'Keterangan', 'Baris asal']);
    const rows = [4, 5, 6, 7, 8, 9, 10].map((r) => sheet.getRow(r).values as unknown[]);
    const reasonAt = header.length - 2;
    expect(rows.map((r) => [r[5], r[reasonAt]])).toEqual([
      ['RINA MARLINA', 'Bukan pekerjaan (KTP)'],
      ['ZULKIFLI', 'Bukan pekerjaan (KTP)'],
      ['DEWI SARTIKA', 'Bukan pekerjaan (KTP)'],
      ['FAJAR RAMADHAN', 'Di bawah usia kerja'],
      ['NADIA PUTRI', 'Di bawah usia kerja'],
      ['HASAN BASRI', 'Meninggal'],
      ['JOKO SUSILO', 'Bukan pekerjaan (KTP)'],
    ]);
    expect(rows[3]![reasonAt + 1]).toMatch(/^Umur \d+ tahun pada .* \(lahir 2 Maret 2016\); usia kerja 15 tahun ke atas\.$/);
    expect(rows[5]![reasonAt + 1]).toBe('Tercatat meninggal (status "2").');
    expect(rows[0]![reasonAt + 1]).toBe('Pekerjaan di KTP: MENGURUS RUMAH TANGGA (bukan pekerjaan).');
    expect(sheet.getRow(2).values).toEqual([]);
    expect(String(sheet.getCell('A1').value)).toContain('yang bukan pekerja dan tidak diimpor');
  });
});

describe('a hand-typed list read through the KTP occupation list', () => {
  it('"Petani / Pekebun", "IRT", "PNS", a code, an unknown code; a child by the date in the title; "Meninggal Dunia" in a status column', async () => {
    const core = await newCore();
    const person = (day: number, month: number, year: number, seq: number, female = false) => nik({ day, month, year, seq, female });
    const file = await writeXlsx(path.join(tempDir(), 'lubuk-gadang.xlsx'), [
      {
        name: 'Data',
        rows: [
          ['DAFTAR PEKERJA NAGARI LUBUK GADANG per 31 Desember 2020'],
          ['NIK', 'Nama', 'Tanggal Lahir', 'Pekerjaan', 'Status Hidup'],
          [person(12, 5, 1980, 1, true), 'Siti', '12-05-1980', 'Petani / Pekebun', 'Hidup'],
          [person(1, 2, 1983, 2, true), 'Ani', '01-02-1983', 'IRT', ''],
          [person(3, 3, 1979, 3), 'Rudi', '03-03-1979', 'PNS', ''],
          [person(4, 4, 1981, 4), 'Dodi', '04-04-1981', 19, ''],
          [person(5, 5, 1982, 5), 'Eka', '05-05-1982', 95, ''],
          [person(6, 6, 1984, 6), 'Feri', '06-06-1984', 'Petani Sawit', ''],
          // 13 at the list's date (31 December 2020), though an adult today.
          [person(1, 1, 2007, 7), 'Gilang', '01-01-2007', 'Buruh Harian Lepas', ''],
          [person(8, 8, 1960, 8), 'Harun', '08-08-1960', 'Petani', 'Meninggal Dunia'],
        ],
      },
    ]);
    const result = await importList(core, file);
    expect(result).toMatchObject({ source: null, accepted: 5, warnings: 1, notWorkers: { nonWorkingStatus: 1, underAge: 1, dead: 1 } });
    expect(result.sheets[0]).toMatchObject({ defaultVillage: 'Lubuk Gadang', defaultVillageSource: 'title' });
    expect(result.issues.find((i) => i.code === 'OCCUPATION_CODE_UNKNOWN')).toMatchObject({
      row: 7,
      column: 'D',
      message: 'Sheet "Data" baris 7 kolom D (Pekerjaan): Kode pekerjaan 95 tidak ada di daftar pekerjaan KTP (1–89); pekerjaan tidak disimpan.',
    });
    expect(result.issues.find((i) => i.code === 'NOT_WORKER_UNDER_AGE')!.message).toContain('pada 31 Desember 2020');
    const workers = await storedWorkers(core);
    expect(Object.fromEntries(workers.map((w) => [w.name, [w.occupation, w.ktp]]))).toEqual({
      Siti: ['Petani', '9 PETANI/PEKEBUN'],
      Rudi: ['ASN (PNS/PPPK)', '5 APARATUR SIPIL NEGARA (ASN)'],
      Dodi: ['Buruh Harian Lepas', '19 BURUH HARIAN LEPAS'],
      Eka: [null, null],
      Feri: ['Petani Sawit', null],
    });
    expect(workers.every((w) => w.village === 'Lubuk Gadang' && !w.fromNik)).toBe(true);
  });

  it('a kecamatan read from the NIK never replaces the place an earlier list gave', async () => {
    const core = await newCore();
    const dir = tempDir();
    const siti = VILLAGE_PEOPLE[0]!;
    await importList(core, await writeXlsx(path.join(dir, 'nagari.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama', 'Nagari'], [siti.nik, 'Siti Aminah', 'Pasir Talang']] }]));
    const again = await importList(core, await writeOpenSidPopulation(path.join(dir, 'opensid.xlsx'), [siti], 'code'));
    expect(again).toMatchObject({ accepted: 0, updated: 1, regionFromNik: 1 });
    const worker = await core.invoke('workers.get', { id: (await core.invoke('workers.list', {})).rows[0]!.id });
    expect(worker).toMatchObject({ villageName: 'Pasir Talang', districtName: 'Sungai Pagu', regionFromNik: false, ktpOccupation: '9 PETANI/PEKEBUN' });
  });
});

describe("OpenSID's program export", () => {
  it('offers its program for the enrolment of its beneficiaries; "No. Peserta" is the program\'s card, never a KPJ, and no KPJ warning is given', async () => {
    const core = await newCore();
    const workers = VILLAGE_PEOPLE.filter((p) => (VILLAGE_EXPECTED.workers as readonly string[]).includes(p.name));
    const file = await writeOpenSidProgram(path.join(tempDir(), 'program-bantuan.xlsx'), 'Iuran Pekerja Rentan Nagari Lubuk Gadang', workers);

    const preview = await importList(core, file, { preview: true });
    expect(preview).toMatchObject({ source: 'opensid', accepted: 6, warnings: 0 });
    expect(preview.offeredProgram).toEqual({
      name: 'Iuran Pekerja Rentan Nagari Lubuk Gadang',
      target: 'Penduduk',
      description: 'Iuran BPJS Ketenagakerjaan pekerja rentan nagari',
      fundingSource: 'APB Nagari',
      from: '2026-01-01',
      to: '2026-12-31',
      programId: null,
    });
    expect(preview.issues.map((i) => i.code)).toEqual(['REGION_FROM_NIK']);
    expect(preview.sheets.map((s) => [s.name, s.status])).toEqual([['Program', 'skipped'], ['Peserta', 'imported']]);
    expect(preview.sheets[1]!.columns.map((c) => c.field)).toEqual(['ignore', 'ignore', 'nik', 'name', 'birthPlace', 'birthDate', 'address']);

    const program = await core.invoke('programs.create', {
      name: 'Iuran Pekerja Rentan Nagari Lubuk Gadang', source: 'apb_nagari', sourceDetail: 'Lubuk Gadang', year: 2026, budget: 100_000_000, from: '2026-01', to: '2026-12',
    });
    const offered = await importList(core, file, { preview: true });
    expect(offered.offeredProgram!.programId).toBe(program.id);
    const done = await importList(core, file, { programId: program.id });
    // The beneficiary sheet names no occupation: the program's default rule has nothing to leave out.
    expect(done.enrollment!.summary).toMatchObject({ enrolled: 6, refused: 0 });
    expect(queryDatabase(core.context.dbPath, 'SELECT COUNT(*) AS n FROM workers WHERE kpj IS NOT NULL')).toEqual([{ n: 0 }]);
  });
});

describe('programs for vulnerable workers and the occupations other schemes protect', () => {
  it('leave out ASN and TNI by default, naming the scheme and its regulation; switched off, the program pays for them; "Pekebun" matches PETANI/PEKEBUN', async () => {
    const core = await newCore();
    const batch = await importList(core, await writeOpenSidPopulation(path.join(tempDir(), 'penduduk.xlsx'), VILLAGE_PEOPLE, 'code'));
    const base = { source: 'apbd_kabupaten', year: 2026, budget: 500_000_000, from: '2026-01', to: '2026-12' } as const;
    const rentan = await core.invoke('programs.create', { ...base, name: 'Pekerja Rentan APBD 2026' });
    expect(rentan.excludeOtherSchemes).toBe(true);
    const check = await core.invoke('enrollments.add', { programId: rentan.id, batchId: batch.batchId!, dryRun: true });
    expect(check).toMatchObject({ enrolled: 4, refused: 2, byCode: { NOT_ELIGIBLE_OTHER_SCHEME: 2 } });
    const messages = check.problems.map((p) => `${p.name}: ${p.message}`);
    expect(messages).toContain(
      'YUSUF EFFENDI: Pekerjaan di KTP 5 APARATUR SIPIL NEGARA (ASN): ASN (PNS/PPPK) dilindungi JKK dan JKM ASN melalui PT Taspen (PP Nomor 70 Tahun 2015); program ini tidak membiayainya kecuali aturannya dimatikan di program.',
    );
    expect(messages.find((m) => m.startsWith('RAHMAT HIDAYAT'))).toContain('PT ASABRI (PP Nomor 102 Tahun 2015)');

    const all = await core.invoke('programs.create', { ...base, name: 'Semua Pekerja APBD 2026', excludeOtherSchemes: false });
    expect(await core.invoke('enrollments.add', { programId: all.id, batchId: batch.batchId!, dryRun: true })).toMatchObject({ enrolled: 6, refused: 0 });

    const kebun = await core.invoke('programs.create', { ...base, name: 'Pekebun APBD 2026', occupations: ['Pekebun'] });
    const farmers = await core.invoke('enrollments.add', { programId: kebun.id, batchId: batch.batchId!, dryRun: true });
    expect(farmers).toMatchObject({ enrolled: 1, byCode: { NOT_ELIGIBLE_OCCUPATION: 3, NOT_ELIGIBLE_OTHER_SCHEME: 2 } });
  });
});

describe('workers no list placed stay in every per-region table', () => {
  it('the kecamatan from the NIK shows as "Nagari tidak diketahui" under it; a NIK from elsewhere in "Wilayah tidak diketahui"', async () => {
    const core = await newCore();
    const padang = nik({ regency: '13.71', district: '03', day: 9, month: 9, year: 1990, seq: 5 });
    const file = await writeXlsx(path.join(tempDir(), 'daftar.xlsx'), [
      { name: 'Data', rows: [['NIK', 'Nama', 'Pekerjaan'], [VILLAGE_PEOPLE[0]!.nik, 'Siti', 'Petani'], [VILLAGE_PEOPLE[1]!.nik, 'Budi', 'Buruh Tani'], [padang, 'Rudi', 'Sopir']] },
    ]);
    const result = await importList(core, file);
    expect(result).toMatchObject({ accepted: 3, regionFromNik: 2, withoutRegion: 1 });
    expect(result.issues.find((i) => i.code === 'REGION_NONE')!.message).toBe(
      '1 pekerja tanpa wilayah: tidak ada kolom nagari atau kecamatan, dan NIK-nya terdaftar di luar Kabupaten Solok Selatan. Mereka dihitung di baris "Wilayah tidak diketahui" pada laporan.',
    );
    const report = await core.invoke('report.coverage', {});
    expect(report.unplaced).toEqual({
      noRegion: { covered: 0, programCovered: 0, pipeline: 1 },
      noVillage: [{ districtCode: '13.11.01', districtName: 'Sangir', programCovered: 0, pipeline: 2 }],
    });
    const districts = districtTable(report);
    expect(districts.rows.at(-1)).toEqual(['Wilayah tidak diketahui', null, null, 0, null, null, null, 0, 1]);
    expect(districts.total!.at(-1)).toBe(3);
    const villages = villageTable(report);
    expect(villages.rows.map((r) => [r[0], r[2], r[5]])).toEqual([
      ['Nagari tidak diketahui', 'Sangir', 2],
      ['Wilayah tidak diketahui', null, 1],
    ]);
    expect(villages.total![5]).toBe(3);
  });
});

describe("the senders' templates", () => {
  it('offer the KTP occupations after the common ones in the Pekerjaan drop-down, never a status that is not work', async () => {
    const core = await newCore();
    const { occupations } = templateLists(core.context);
    expect(occupations.slice(0, 3)).toEqual(['Petani', 'Petani Sawit', 'Pekebun']);
    expect(occupations).toContain('PETANI/PEKEBUN');
    expect(occupations).toContain('PERDAGANGAN');
    for (const status of ['BELUM/TIDAK BEKERJA', 'MENGURUS RUMAH TANGGA', 'PELAJAR/MAHASISWA', 'PENSIUNAN']) expect(occupations).not.toContain(status);
    // "Pedagang" is offered once: the KTP's PEDAGANG is the same word.
    expect(occupations.filter((o) => o.toLowerCase() === 'pedagang')).toEqual(['Pedagang']);
  });
});

describe('personal data of a person once passed over', () => {
  it('is erased with the worker: the "Bukan pekerja" row of the earlier list keeps neither cells nor NIK', async () => {
    const core = await newCore();
    const dir = tempDir();
    const joko = VILLAGE_PEOPLE.find((p) => p.name === 'Joko Susilo')!;
    const first = await importList(core, await writeOpenSidPopulation(path.join(dir, 'opensid.xlsx'), [joko], 'code'));
    expect(first.notWorkers.nonWorkingStatus).toBe(1);
    await importList(core, await writeXlsx(path.join(dir, 'kerja.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama', 'Pekerjaan'], [joko.nik, 'Joko Susilo', 'Buruh Harian Lepas']] }]));
    const worker = (await core.invoke('workers.list', {})).rows[0]!;
    await core.invoke('workers.erase', { id: worker.id, reason: 'Surat permintaan nomor 12/2026' });
    expect(queryDatabase(core.context.dbPath, 'SELECT raw FROM import_passed_over')).toEqual([{ raw: null }]);
    expect(JSON.stringify(queryDatabase(core.context.dbPath, 'SELECT * FROM import_passed_over'))).not.toContain(joko.nik);
  });
});
