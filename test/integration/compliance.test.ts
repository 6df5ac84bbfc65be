import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app/core';
import { complianceGap } from '../../electron/core/features/compliance/gap';
import { writeBpjsEmployers, writeBpjsProjects, writeOssList, writePackages, writeWlkpCsv } from '../helpers/complianceLists';
import { newCore } from '../helpers/core';
import { dumpDatabase } from '../helpers/db';
import { writeWithOpenpyxl } from '../helpers/openpyxl';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';

const AS_OF = '2026-11-30';

async function importEmployers(core: Core, file: string) {
  return core.invoke('compliance.importEmployers', { jobId: crypto.randomUUID(), fileId: core.context.files.register(file).fileId });
}
async function importProjects(core: Core, file: string) {
  return core.invoke('compliance.importProjects', { jobId: crypto.randomUUID(), fileId: core.context.files.register(file).fileId });
}

async function employersByName(core: Core) {
  const { rows } = await core.invoke('compliance.employers', { asOf: AS_OF, limit: 500 });
  return new Map(rows.map((r) => [r.name, r]));
}

async function regencyWithAllLists() {
  const dir = tempDir();
  const core = await newCore({ dir });
  const oss = await importEmployers(core, await writeOssList(dir));
  const wlkp = await importEmployers(core, writeWlkpCsv(dir));
  const bpjs = await importEmployers(core, writeBpjsEmployers(dir));
  const packages = await importProjects(core, await writePackages(dir));
  const registrations = await importProjects(core, writeBpjsProjects(dir));
  return { dir, core, oss, wlkp, bpjs, packages, registrations };
}

describe('the licensing office, Disnaker and the BPJS branch send their employer lists', () => {
  it('each list is recognised from its columns and read row by row, with Indonesian messages where a row is wrong', async () => {
    const { oss, wlkp, bpjs } = await regencyWithAllLists();
    expect([oss.kind, wlkp.kind, bpjs.kind]).toEqual(['oss', 'wlkp', 'bpjs_employers']);
    expect(oss.asOf).toBe('2026-11-30');
    expect(wlkp.asOf).toBeNull();
    expect(oss).toMatchObject({ accepted: 10, rejected: 1, warnings: 2 });
    const messages = oss.issues.map((i) => i.message);
    expect(messages).toContain('Sheet "Data NIB" baris 15 kolom C (Nama Pelaku Usaha): Nama perusahaan kosong; baris ini tidak dapat dicocokkan dengan daftar lain.');
    expect(messages).toContain('Sheet "Data NIB" baris 14 kolom B (NIB): NIB "912030123456" bukan 13 angka; diabaikan (pencocokan memakai nama dan kecamatan).');
    expect(messages.some((m) => m.startsWith('Sheet "Data NIB" baris 6 kolom B (NIB): NIB 9120301234567 juga ada di sheet "Data NIB" baris 5'))).toBe(true);
    // The totals row is not a row; the signature block under the table is skipped, said once (a
    // message of the list, not a row with a warning).
    expect(messages).toContain('Sheet "Data NIB": blok tanda tangan di baris 18–20 dilewati (bukan data).');
    expect(messages.some((m) => /baris 16\b/.test(m))).toBe(false);
    expect(wlkp).toMatchObject({ accepted: 4, rejected: 0 });
    expect(bpjs).toMatchObject({ accepted: 7, rejected: 0 });
  });

  it('matches by NIB or NPWP whatever the punctuation, else by name and kecamatan, and classifies in BPJS terms', async () => {
    const { core } = await regencyWithAllLists();
    const byName = await employersByName(core);
    // NPWP 01.234.567.8-201.000 on the licence, 012345678201000 at BPJS; the WLKP report (160 workers) beats the licence (120 + 30).
    expect(byName.get('PT. Sawit Sejahtera Lestari')).toMatchObject({ status: 'pdsWorkers', reportedWorkers: 160, registeredWorkers: 95, uncoveredWorkers: 65, matchedBy: 'NPWP sama', scale: 'menengah' });
    expect(byName.get('CV Karya Bersama')).toMatchObject({ status: 'compliant', matchedBy: 'nama dan kecamatan sama', onLists: ['oss', 'wlkp', 'bpjs_employers'] });
    // "KUD Sumber Rezeki" at BPJS is the "Koperasi Unit Desa Sumber Rezeki" of the licence; a small business must also have JHT.
    expect(byName.get('Koperasi Unit Desa Sumber Rezeki')).toMatchObject({ status: 'pdsProgram', missingPrograms: ['JHT'], matchedBy: 'nama dan kecamatan sama' });
    expect(byName.get('PT Perkebunan Lubuk Gadang Makmur Tbk')).toMatchObject({ status: 'arrears', registeredWorkers: 300 });
    expect(byName.get('UD. Maju Jaya')).toMatchObject({ status: 'compliant', scale: 'mikro' });
    expect(byName.get('Toko Bangunan Sinar Abadi')).toMatchObject({ status: 'noWorkers', uncoveredWorkers: 0 });
    expect(byName.get('PT Aneka Usaha Solok Selatan')).toMatchObject({ status: 'pwbd', uncoveredWorkers: 40, onLists: ['wlkp'] });
    expect(byName.get('CV Tiga Saudara')).toMatchObject({ status: 'pwbd', districtName: 'Sangir Batang Hari', nib: null });
  });

  it('a pair only similar waits in the review list; confirming it is kept, audited, and changes the figures', async () => {
    const { core } = await regencyWithAllLists();
    const open = await core.invoke('compliance.reviews', { state: 'open' });
    const sawitJaya = open.rows.find((r) => r.left.name === 'Sawit Jaya Lestari, PT')!;
    expect(sawitJaya.right.name).toBe('PT SAWIT JAYA LESTRI');
    expect(sawitJaya.reason).toMatch(/^Nama mirip \(\d\d %\); kecamatan sama$/);
    expect((await employersByName(core)).get('Sawit Jaya Lestari, PT')).toMatchObject({ status: 'pwbd', uncoveredWorkers: 40 });
    const before = (await core.invoke('compliance.summary', { asOf: AS_OF })).employers.uncoveredWageWorkers;

    const decided = await core.invoke('compliance.decide', { id: sawitJaya.id, decision: 'confirmed', note: 'NPP 10000006 dicek ke kantor cabang' });
    expect(decided).toMatchObject({ decision: 'confirmed', decidedBy: 'penguji' });
    const after = await employersByName(core);
    expect(after.get('Sawit Jaya Lestari, PT')).toMatchObject({ status: 'compliant', matchedBy: 'dikonfirmasi petugas', registeredWorkers: 40 });
    expect(after.has('PT SAWIT JAYA LESTRI')).toBe(false);
    expect((await core.invoke('compliance.summary', { asOf: AS_OF })).employers.uncoveredWageWorkers).toBe(before - 40);
    const audit = await core.invoke('audit.list', { pageSize: 5 });
    expect(audit.entries[0]!.description).toBe('Mengonfirmasi pasangan "Sawit Jaya Lestari, PT" – "PT SAWIT JAYA LESTRI" (pemberi kerja); catatan: NPP 10000006 dicek ke kantor cabang');

    // Rejected pairs are never proposed again, even when the same lists are imported once more.
    const business = (await core.invoke('compliance.reviews', { state: 'open' })).rows.find((r) => r.domain === 'business')!;
    await core.invoke('compliance.decide', { id: business.id, decision: 'rejected' });
    expect((await core.invoke('compliance.reviews', { state: 'open' })).rows.some((r) => r.id === business.id)).toBe(false);
    expect((await core.invoke('compliance.reviews', { state: 'decided' })).total).toBe(2);
  });

  it('the evidence of an employer shows the row of each list it was matched from', async () => {
    const { core } = await regencyWithAllLists();
    const { rows } = await core.invoke('compliance.employers', { asOf: AS_OF, search: 'sawit sejahtera' });
    const evidence = await core.invoke('compliance.evidence', { subject: 'employer', key: rows[0]!.key, asOf: AS_OF });
    expect(evidence.sources.map((s) => [s.kind, s.row, s.matchedBy])).toEqual([
      ['oss', 5, null],
      ['oss', 6, null],
      ['wlkp', 2, 'NIB sama'],
      ['bpjs_employers', 4, 'NPWP sama'],
    ]);
    expect(evidence.sources[3]!.cells).toContainEqual(['NAMA PERUSAHAAN', 'SAWIT SEJAHTERA LESTARI, PT']);
    expect(evidence.facts).toContain('Tenaga kerja terdaftar (95) lebih sedikit dari yang dilaporkan (160): 65 pekerja belum didaftarkan.');
  });
});

describe('construction packages against the BPJS project registrations', () => {
  it('flags unregistered, late and under-registered projects and estimates what is due from the contract value', async () => {
    const { core, packages, registrations } = await regencyWithAllLists();
    expect(packages).toMatchObject({ kind: 'packages', accepted: 7, rejected: 1 });
    expect(packages.issues.map((i) => i.message)).toContain('Sheet "PUPR" baris 10 kolom H (Tgl Kontrak): Tanggal "31-02-2026" tidak ada di kalender.');
    expect(packages.issues.map((i) => i.message)).toContain(
      'Sheet "PUPR": 1 paket bukan pekerjaan konstruksi (barang, jasa lainnya, konsultansi non-konstruksi) dilewati: hanya pekerjaan konstruksi yang wajib mendaftarkan pekerjanya sebagai peserta Jakon.',
    );
    expect(registrations).toMatchObject({ kind: 'bpjs_projects', accepted: 4 });
    const { rows } = await core.invoke('compliance.projects', { asOf: AS_OF, limit: 100 });
    const byName = new Map(rows.map((r) => [r.package, r]));
    // Contract "027/SPK/PUPR-BM/2026" is BPJS's "27/SPK/PUPR.BM/2026".
    expect(byName.get('Peningkatan Jalan Padang Aro - Lubuk Gadang')).toMatchObject({ status: 'registered', matchedBy: 'nomor kontrak sama', value: 1_250_000_000, contributionDue: 0 });
    // Signed 5 March 2026: 14 working days end on 1 April (Nyepi and Lebaran in between); registered 20 April.
    expect(byName.get('Rehabilitasi Jaringan Irigasi Bandar Sangir')).toMatchObject({ status: 'late', deadline: '2026-04-01', registeredDate: '2026-04-20', lateDays: 12, value: 2_100_000_000 });
    // Registered for Rp 2,5 miliar of a Rp 3 miliar contract: the contributions on the missing Rp 500 juta are due.
    expect(byName.get('Pembangunan Jembatan Gantung Sungai Kunyit')).toMatchObject({ status: 'registered', valueMismatch: true, registeredValue: 2_500_000_000, contributionDue: 600_000 });
    expect(byName.get('Pembangunan Gedung Puskesmas Pakan Rabaa')).toMatchObject({ status: 'unregistered', value: 750_000_000, contribution: 1_375_000, contributionDue: 1_375_000, opd: 'Dinas Kesehatan' });
    // Village works are projects too: the APB Nagari sheet, its OPD the nagari government.
    expect(byName.get('Rabat Beton Jalan Jorong Koto Baru')).toMatchObject({ status: 'unregistered', fundingKind: 'apb_nagari', opd: 'Pemerintah Nagari Lubuk Gadang', districtName: 'Sangir', workers: 12, workersEstimated: false, active: true });
    expect(byName.get('Pembangunan Irigasi Tersier Jorong Pinang Awan')).toMatchObject({ workers: 2, workersEstimated: true, value: 95_000_000 });
    expect(byName.has('Pengadaan Laptop Sekolah')).toBe(false);

    const summary = await core.invoke('compliance.summary', { asOf: AS_OF });
    expect(summary.projects).toMatchObject({ total: 7, registered: 2, late: 1, unregistered: 4, valueMismatch: 1, unregisteredValue: 1_475_000_000, contributionsDue: 3_500_000, unregisteredWorkers: 14 });
    expect(summary.projects.byOpd[0]).toMatchObject({ opd: 'Dinas Kesehatan', unregistered: 1, unregisteredValue: 750_000_000 });
    expect(summary.projects.byFunding.find((f) => f.fundingKind === 'apb_nagari')).toMatchObject({ total: 2, unregistered: 2, value: 245_000_000 });
  });
});

describe('complianceGap, the figures the plan builds on', () => {
  it('counts the wage workers uncovered and the workers of unregistered projects under way, per kecamatan', async () => {
    const { core } = await regencyWithAllLists();
    const gap = complianceGap(core.context.store, AS_OF);
    const summary = await core.invoke('compliance.summary', { asOf: AS_OF });
    expect(gap.asOf).toBe(AS_OF);
    expect(gap.uncoveredWageWorkers).toBe(summary.employers.uncoveredWageWorkers);
    expect(gap.unregisteredProjectWorkers).toBe(14);
    expect(gap.byDistrict.reduce((n, d) => n + d.uncoveredWageWorkers, 0)).toBe(gap.uncoveredWageWorkers);
    expect(gap.byDistrict.find((d) => d.code === '13.11.01')).toMatchObject({ unregisteredProjectWorkers: 14 });
    // On 30 June the village works had not started; the Puskesmas (16, estimated) and the drainage works
    // (10, still waiting for review against its registration) were under way, unregistered. The road,
    // irrigation and bridge count as registered from their registration dates, though the BPJS list is of November.
    expect(complianceGap(core.context.store, '2026-06-30').unregisteredProjectWorkers).toBe(26);
  });
});

describe('bad input changes nothing', () => {
  it('a worker list, a project list and an empty sheet are refused as employer lists in one sentence, the database untouched', async () => {
    const dir = tempDir();
    const core = await newCore({ dir });
    await importEmployers(core, await writeOssList(dir));
    const before = dumpDatabase(path.join(dir, 'cakap.sqlite'), ['audit_log']);
    const workers = await writeXlsx(path.join(dir, 'nagari.xlsx'), [{ name: 'Lubuk Gadang', rows: [['NO', 'NIK', 'NAMA LENGKAP', 'PEKERJAAN'], [1, '1311015205800003', 'Siti Aminah', 'Petani']] }]);
    await expect(importEmployers(core, workers)).rejects.toThrow(/bukan daftar pemberi kerja .* Berkas ini tampaknya daftar orang \(ada kolom NIK\)/);
    await expect(importEmployers(core, await writePackages(dir))).rejects.toThrow(/Berkas ini tampaknya daftar paket pekerjaan konstruksi: impor dengan perintah projects/);
    const empty = await writeXlsx(path.join(dir, 'kosong.xlsx'), [{ name: 'Sheet1', rows: [['Rekap'], ['Jumlah', 12]] }]);
    await expect(importProjects(core, empty)).rejects.toThrow(/^Berkas "kosong.xlsx" bukan daftar paket konstruksi/);
    expect(dumpDatabase(path.join(dir, 'cakap.sqlite'), ['audit_log'])).toEqual(before);
  });

  it('duplicate NIBs and NPPs, values and dates that cannot be read: the row is refused and says why', async () => {
    const dir = tempDir();
    const core = await newCore({ dir });
    const file = writeWithOpenpyxl(path.join(dir, 'bpjs pk.xlsx'), [
      {
        name: 'PK',
        rows: [
          ['NPP', 'Nama Perusahaan', 'NPWP', 'TK Aktif', 'Program', 'Status', 'Tunggakan (Rp)'],
          ['10000001', 'PT Satu', null, 10, 'JKK, JKM', 'Aktif', 'Rp 1.500.000'],
          ['10000001', 'PT Dua', null, 5, 'JKK, JKM', 'Aktif', null],
          ['10000003', 'PT Tiga', { text: '1,23457E+14' }, 'dua puluh', 'JKK', 'Aktif', null],
          ['10000004', 'PT Empat', null, 3, 'JKK, JKM', 'Aktif', 'banyak'],
        ],
      },
    ]);
    const result = await importEmployers(core, file);
    expect(result).toMatchObject({ kind: 'bpjs_employers', accepted: 2, rejected: 2 });
    // openpyxl's files name their sheet wherever exceljs's streaming reader finds it: take it from the result.
    const sheet = result.issues[0]!.sheet;
    expect(result.issues.map((i) => i.message)).toEqual([
      `Sheet "${sheet}" baris 3 kolom A (NPP): NPP 10000001 sudah dipakai perusahaan lain di sheet "${sheet}" baris 2; periksa nomornya. Baris ini tidak diambil.`,
      `Sheet "${sheet}" baris 4 kolom C (NPWP): NPWP tertulis sebagai angka ilmiah (1,23457E+14); digitnya sudah hilang. Ubah format kolom menjadi Teks dan ketik ulang. NPWP ini diabaikan.`,
      `Sheet "${sheet}" baris 4 kolom D (TK Aktif): Jumlah tenaga kerja aktif "dua puluh" bukan bilangan bulat nol atau lebih.`,
      `Sheet "${sheet}" baris 5 kolom G (Tunggakan (Rp)): Tunggakan "banyak" tidak terbaca sebagai rupiah; tulis seperti 1.250.000.000, Rp 750 juta atau 1,25 M. Nilai ini diabaikan.`,
    ]);
    const again = await importEmployers(core, file);
    expect(again.duplicateOf).toMatchObject({ batchId: result.batchId });
  });

  it('a list that ends like a letter loses its signature and notes, not a contractor whose name starts with "Total"', async () => {
    const dir = tempDir();
    const core = await newCore({ dir });
    const file = await writeXlsx(path.join(dir, 'pemberi kerja.xlsx'), [
      {
        name: 'PK',
        rows: [
          ['NPP', 'Nama Perusahaan', 'TK Aktif', 'Program', 'Status'],
          ['10000001', 'PT Total Bangun Persada Tbk', 45, 'JKK, JKM, JHT, JP', 'Aktif'],
          ['10000002', 'CV Sinar Harapan', 6, 'JKK, JKM', 'Aktif'],
          ['', 'Total', 51],
          [],
          ['', 'Catatan: data per 30 November 2026'],
          ['', 'Mengetahui,'],
          ['', 'Kepala Kantor Cabang'],
          ['', '( SYAFRIAL, S.E. )'],
        ],
      },
    ]);
    const result = await importEmployers(core, file);
    expect(result).toMatchObject({ kind: 'bpjs_employers', accepted: 2, rejected: 0, warnings: 0 });
    expect(result.issues.map((i) => i.message)).toEqual(['Sheet "PK": blok tanda tangan dan catatan di baris 6–9 dilewati (bukan data).']);
    const { rows } = await core.invoke('compliance.employers', { asOf: AS_OF, search: 'total' });
    expect(rows.map((r) => r.name)).toEqual(['PT Total Bangun Persada Tbk']);
  });
});

describe('follow-up and undo', () => {
  it('a case closes by itself when a later BPJS list shows the registration, and reopens if that list is undone', async () => {
    const { core, dir } = await regencyWithAllLists();
    const { rows } = await core.invoke('compliance.employers', { asOf: AS_OF, search: 'Aneka Usaha' });
    const key = rows[0]!.key;
    await core.invoke('compliance.followUp', { subject: 'employer', key, action: 'visit', onDate: '2026-11-20', note: 'Pemilik berjanji mendaftar bulan depan' });
    let evidence = await core.invoke('compliance.evidence', { subject: 'employer', key });
    expect(evidence.case).toMatchObject({ closedAt: null });
    expect(evidence.case!.actions.map((a) => a.label)).toEqual(['Dikunjungi']);

    const later = writeBpjsEmployers(dir, 'Daftar PK aktif per 1 Desember 2026.xlsx', [[8, '10000008', 'PT ANEKA USAHA SOLOK SELATAN', null, 40, 'JKK, JKM, JHT, JP', 'AKTIF', 0, 'KOTO PARIK GADANG DIATEH']]);
    const imported = await importEmployers(core, later);
    evidence = await core.invoke('compliance.evidence', { subject: 'employer', key });
    expect(evidence.case!.closedAt).not.toBeNull();
    expect(evidence.case!.closedReason).toBe(`Terdaftar dengan 40 tenaga kerja menurut daftar pemberi kerja BPJS per 1 Desember 2026 (impor #${imported.batchId} "Daftar PK aktif per 1 Desember 2026.xlsx").`);
    expect(evidence.case!.actions.map((a) => a.action)).toEqual(['visit', 'autoClosed']);

    await core.invoke('import.undo', { batchId: imported.batchId! });
    evidence = await core.invoke('compliance.evidence', { subject: 'employer', key });
    expect(evidence.case).toMatchObject({ closedAt: null });
    expect(evidence.case!.actions.map((a) => a.action)).toEqual(['visit', 'autoClosed', 'reopened']);
    expect((await employersByName(core)).get('PT Aneka Usaha Solok Selatan')).toMatchObject({ status: 'pwbd' });
  });

  it('undoing the licence list takes its businesses away and leaves the history with the batch kind', async () => {
    const { core, oss } = await regencyWithAllLists();
    await core.invoke('import.undo', { batchId: oss.batchId! });
    const byName = await employersByName(core);
    expect(byName.has('UD. Maju Jaya')).toBe(false);
    expect(byName.get('UD MAJU JAYA')).toMatchObject({ onLists: ['bpjs_employers'] });
    const history = await core.invoke('import.batches', { kinds: ['oss', 'wlkp', 'bpjs_employers'] });
    expect(history.rows.map((b) => [b.kind, b.undoneAt !== null])).toEqual([
      ['bpjs_employers', false],
      ['wlkp', false],
      ['oss', true],
    ]);
  });
});
