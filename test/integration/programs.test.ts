import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app/core';
import { runCakap } from '../helpers/cli';
import { newCore } from '../helpers/core';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { importList, nik } from '../helpers/workerLists';
import { queryDatabase } from '../helpers/db';

const program = (overrides: Record<string, unknown> = {}) => ({
  name: 'Perlindungan Pekerja Rentan APBD 2025',
  source: 'apbd_kabupaten' as const,
  year: 2025,
  budget: 20_160_000,
  from: '2025-01',
  to: '2025-12',
  ...overrides,
});

/** A few workers of Solok Selatan, imported through the real importer. */
async function withWorkers(core: Core, count: number, extra: (i: number) => unknown[] = () => []) {
  const rows: unknown[][] = [['NIK', 'Nama', 'Tgl Lahir', 'Nagari', 'Pekerjaan']];
  for (let i = 0; i < count; i++) {
    const year = 1960 + (i % 40);
    rows.push([nik({ day: 1 + (i % 28), month: 1 + (i % 12), year, seq: (i % 9999) + 1 }), `Pekerja ${i}`, `${String(1 + (i % 28)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${year}`, 'Lubuk Gadang', i % 2 ? 'Petani' : 'Pedagang', ...extra(i)]);
  }
  return importList(core, await writeXlsx(path.join(tempDir(), `pekerja-${count}-${Math.random()}.xlsx`), [{ name: 'Data', rows: rows as never }]));
}

describe('funding programs and their budget arithmetic', () => {
  it('committed = months × contribution, and the remainder says how many more workers it pays for', async () => {
    const core = await newCore();
    const batch = await withWorkers(core, 10);
    const p = await core.invoke('programs.create', program());
    expect(p).toMatchObject({ premium: 16_800, benefits: ['JKK', 'JKM'], committed: 0, remaining: 20_160_000, beneficiaries: 0 });

    const summary = await core.invoke('enrollments.add', { programId: p.id, batchId: batch.batchId! });
    expect(summary).toMatchObject({ enrolled: 10, refused: 0, committedAfter: 10 * 12 * 16_800 });
    const after = await core.invoke('programs.get', { id: p.id });
    // 10 workers × 12 months × Rp 16.800 = Rp 2.016.000; Rp 18.144.000 left.
    expect(after).toMatchObject({ beneficiaries: 10, committed: 2_016_000, remaining: 18_144_000 });
    expect(after.usedPercent).toBeCloseTo(10, 6);
  });

  it('partial months and early ends: cost follows the dates', async () => {
    const core = await newCore();
    const batch = await withWorkers(core, 3);
    const p = await core.invoke('programs.create', program());
    await core.invoke('enrollments.add', { programId: p.id, batchId: batch.batchId!, from: '2025-04', to: '2025-09' });
    expect((await core.invoke('programs.get', { id: p.id })).committed).toBe(3 * 6 * 16_800);

    const list = await core.invoke('enrollments.list', { programId: p.id });
    const first = list.rows[0]!;
    expect(first).toMatchObject({ from: '2025-04', to: '2025-09', months: 6, cost: 100_800 });
    await core.invoke('enrollments.end', { enrollmentId: first.id, lastMonth: '2025-05', reason: 'meninggal' });
    const ended = (await core.invoke('enrollments.list', { programId: p.id })).rows.find((r) => r.id === first.id)!;
    expect(ended).toMatchObject({ to: '2025-05', months: 2, cost: 33_600, endedReason: 'meninggal' });
    expect((await core.invoke('programs.get', { id: p.id })).committed).toBe((6 + 6 + 2) * 16_800);
    await expect(core.invoke('enrollments.end', { enrollmentId: first.id, lastMonth: '2025-03', reason: 'pindah' })).rejects.toThrow('tidak boleh sebelum bulan pertama');
  });

  it('bad programs are refused with sentences: period backwards, no nagari for APB Nagari, unknown source', async () => {
    const core = await newCore();
    await expect(core.invoke('programs.create', program({ from: '2025-12', to: '2025-01' }))).rejects.toThrow('Bulan pertama harus sebelum');
    await expect(core.invoke('programs.create', program({ source: 'apb_nagari' }))).rejects.toThrow('perlu nama nagarinya');
    await expect(core.invoke('programs.create', program({ budget: -1 }))).rejects.toThrow('Anggaran tidak boleh negatif.');
    expect(await core.invoke('programs.list', {})).toEqual([]);
  });

  it('a program with beneficiaries is never deleted, only closed; a closed one takes nobody', async () => {
    const core = await newCore();
    const batch = await withWorkers(core, 2);
    const p = await core.invoke('programs.create', program());
    const empty = await core.invoke('programs.create', program({ name: 'Program Kosong' }));
    await core.invoke('enrollments.add', { programId: p.id, batchId: batch.batchId! });
    await expect(core.invoke('programs.delete', { id: p.id })).rejects.toThrow('punya 2 penerima dan tidak dapat dihapus');
    await core.invoke('programs.delete', { id: empty.id });
    const closed = await core.invoke('programs.close', { id: p.id });
    expect(closed).toMatchObject({ status: 'closed', beneficiaries: 2 });
    await expect(core.invoke('enrollments.add', { programId: p.id, batchId: batch.batchId! })).rejects.toThrow('sudah ditutup');
  });
});

describe('checks on enrolment', () => {
  it('double funding: refused naming the other program and source, accepted with a recorded reason', async () => {
    const core = await newCore();
    const batch = await withWorkers(core, 4);
    const province = await core.invoke('programs.create', program({ name: 'Jamsostek Provinsi', source: 'apbd_provinsi' }));
    const regency = await core.invoke('programs.create', program({ name: 'Rentan Kabupaten' }));
    await core.invoke('enrollments.add', { programId: province.id, batchId: batch.batchId!, from: '2025-06', to: '2025-12' });

    const refused = await core.invoke('enrollments.add', { programId: regency.id, batchId: batch.batchId!, from: '2025-01', to: '2025-06' });
    expect(refused).toMatchObject({ enrolled: 0, refused: 4, byCode: { DOUBLE_FUNDING: 4 } });
    expect(refused.problems[0]!.message).toContain('Sudah dibiayai program "Jamsostek Provinsi" (APBD Provinsi) untuk Juni–Desember 2025');

    const noOverlap = await core.invoke('enrollments.add', { programId: regency.id, batchId: batch.batchId!, from: '2025-01', to: '2025-05' });
    expect(noOverlap).toMatchObject({ enrolled: 4, refused: 0 });

    const other = await core.invoke('programs.create', program({ name: 'CSR Sawit', source: 'csr', sourceDetail: 'PT Sawit Sejahtera' }));
    const withReason = await core.invoke('enrollments.add', {
      programId: other.id,
      batchId: batch.batchId!,
      doubleFundingReason: 'Iuran JHT ditanggung CSR, JKK-JKM oleh APBD',
    });
    expect(withReason).toMatchObject({ enrolled: 4, refused: 0 });
    expect((await core.invoke('enrollments.list', { programId: other.id })).rows[0]!.doubleFundingReason).toBe('Iuran JHT ditanggung CSR, JKK-JKM oleh APBD');
  });

  it('eligibility: age at the start of coverage, occupation, domicile', async () => {
    const core = await newCore();
    const batch = await withWorkers(core, 40);
    const p = await core.invoke('programs.create', program({ minAge: 18, maxAge: 55, occupations: ['Petani'] }));
    const summary = await core.invoke('enrollments.add', { programId: p.id, batchId: batch.batchId! });
    // Born 1960–1999 (i mod 40); the age is checked first, then the occupation (odd rows are Petani).
    const ageOk = (i: number) => {
      const year = 1960 + (i % 40);
      const birthdayPassed = 1 + (i % 12) === 1 && 1 + (i % 28) === 1;
      const age = 2025 - year - (birthdayPassed ? 0 : 1);
      return age >= 18 && age <= 55;
    };
    const all = Array.from({ length: 40 }, (_, i) => i);
    expect(summary.enrolled).toBe(all.filter((i) => ageOk(i) && i % 2 === 1).length);
    expect(summary.byCode.NOT_ELIGIBLE_AGE).toBe(all.filter((i) => !ageOk(i)).length);
    expect(summary.byCode.NOT_ELIGIBLE_OCCUPATION).toBe(all.filter((i) => ageOk(i) && i % 2 === 0).length);
    expect(summary.problems.find((p) => p.code === 'NOT_ELIGIBLE_AGE')!.message).toMatch(/^Umur \d+ tahun saat kepesertaan mulai; program ini untuk umur 18–55 tahun\.$/);
  });

  it('quota and budget: the whole enrolment is refused when it would exceed either, nothing half-done', async () => {
    const core = await newCore();
    const batch = await withWorkers(core, 10);
    const quota = await core.invoke('programs.create', program({ quota: 8 }));
    await expect(core.invoke('enrollments.add', { programId: quota.id, batchId: batch.batchId! })).rejects.toThrow(
      'Kuota program "Perlindungan Pekerja Rentan APBD 2025" tinggal 8 pekerja; yang akan didaftarkan 10. Tidak ada yang didaftarkan.',
    );
    expect((await core.invoke('programs.get', { id: quota.id })).beneficiaries).toBe(0);

    const budget = await core.invoke('programs.create', program({ name: 'Anggaran Kecil', budget: 1_000_000 }));
    await expect(core.invoke('enrollments.add', { programId: budget.id, batchId: batch.batchId! })).rejects.toThrow(
      'Anggaran program "Anggaran Kecil" tidak cukup: sisa Rp 1.000.000, diperlukan Rp 2.016.000 untuk 10 pekerja × 12 bulan.',
    );
    expect((await core.invoke('programs.get', { id: budget.id })).committed).toBe(0);
  });

  it('a worker already an active wage-worker (PU) at BPJS is enrolled with a warning: the employer should pay', async () => {
    const core = await newCore();
    const batch = await withWorkers(core, 2);
    const worker = (await core.invoke('workers.list', {})).rows[0]!;
    const dir = tempDir();
    const list = await writeXlsx(path.join(dir, 'peserta-bpjs.xlsx'), [
      { name: 'Peserta', rows: [['Daftar peserta per 30 September 2025'], ['NIK', 'KPJ', 'Nama', 'Segmen', 'Status'], [worker.nik, '25010000001', worker.name, 'PU', 'Aktif']] },
    ]);
    const { fileId } = core.context.files.register(list);
    await core.invoke('bpjs.import', { jobId: 'bpjs-job-1', fileId });
    const p = await core.invoke('programs.create', program());
    const summary = await core.invoke('enrollments.add', { programId: p.id, batchId: batch.batchId! });
    expect(summary).toMatchObject({ enrolled: 2, warned: 1, byCode: { PU_ACTIVE: 1 } });
    expect(summary.problems[0]).toMatchObject({ nik: worker.nik, message: expect.stringContaining('seharusnya dibayar pemberi kerja') });
  });

  it('10.000 workers are enrolled in one transaction, or none when one check fails the group', async () => {
    const core = await newCore();
    const batch = await withWorkers(core, 10_000);
    const p = await core.invoke('programs.create', program({ budget: 10_000 * 12 * 16_800 }));
    const dry = await core.invoke('enrollments.add', { programId: p.id, batchId: batch.batchId!, dryRun: true });
    expect(dry.enrolled).toBe(10_000);
    expect((await core.invoke('programs.get', { id: p.id })).beneficiaries).toBe(0);
    const done = await core.invoke('enrollments.add', { programId: p.id, filter: { villageCode: '13.11.01.2001' } });
    expect(done).toMatchObject({ enrolled: 10_000, remainingAfter: 0 });
    expect((await core.invoke('programs.get', { id: p.id })).beneficiaries).toBe(10_000);
  });
});

describe('BPJS data', () => {
  it('a monthly recap keeps every month; the same month again is kept beside the old one with a warning', async () => {
    const core = await newCore();
    const dir = tempDir();
    const recap = (name: string, sangir: number) =>
      writeXlsx(path.join(dir, name), [
        { name: 'Rekap', rows: [['REKAP PESERTA AKTIF BULAN OKTOBER 2025'], ['No', 'Kecamatan', 'PU', 'BPU', 'Jakon', 'PMI'], [1, 'Sangir', sangir, 100, 10, 1], [2, 'Sei Pagu', 50, 40, 0, 0], ['', 'Jumlah', sangir + 50, 140, 10, 1]] },
      ]);
    const first = core.context.files.register(await recap('rekap-okt.xlsx', 200));
    const a = await core.invoke('bpjs.import', { jobId: 'bpjs-job-2', fileId: first.fileId });
    expect(a).toMatchObject({ kind: 'recap', months: ['2025-10'], accepted: 2, rejected: 0 });
    const second = core.context.files.register(await recap('rekap-okt-revisi.xlsx', 210));
    const b = await core.invoke('bpjs.import', { jobId: 'bpjs-job-3', fileId: second.fileId });
    expect(b.issues).toContainEqual(expect.objectContaining({ code: 'RECAP_REPLACES', message: expect.stringContaining('Rekap Oktober 2025 sudah pernah diimpor (impor #1)') }));
    const rows = queryDatabase(core.context.dbPath, 'SELECT batch_id, district_code, segment, active FROM bpjs_recaps ORDER BY id');
    expect(rows).toHaveLength(16);
    expect(rows).toContainEqual({ batch_id: 1, district_code: '13.11.01', segment: 'PU', active: 200 });
    expect(rows).toContainEqual({ batch_id: 2, district_code: '13.11.01', segment: 'PU', active: 210 });
  });

  it('a recap without a month anywhere asks for --month; a long recap with a Segmen column is read too', async () => {
    const core = await newCore();
    const dir = tempDir();
    const noMonth = core.context.files.register(await writeXlsx(path.join(dir, 'rekap.xlsx'), [{ name: 'Data', rows: [['Kecamatan', 'Segmen', 'Peserta Aktif'], ['Sangir', 'BPU', 120]] }]));
    await expect(core.invoke('bpjs.import', { jobId: 'bpjs-job-4', fileId: noMonth.fileId })).rejects.toThrow('Sebutkan bulannya, misalnya --month 2025-10.');
    const result = await core.invoke('bpjs.import', { jobId: 'bpjs-job-5', fileId: noMonth.fileId, month: '2025-09' });
    expect(result).toMatchObject({ kind: 'recap', months: ['2025-09'], accepted: 1 });
  });

  it('the participant list is matched by NIK: enrolled but not registered, registered but not enrolled, names that differ', async () => {
    const core = await newCore();
    const batch = await withWorkers(core, 3);
    const [a, b, c] = (await core.invoke('workers.list', {})).rows;
    const p = await core.invoke('programs.create', program());
    await core.invoke('enrollments.add', { programId: p.id, workerIds: [a!.id, b!.id] });
    const outsider = nik({ day: 9, month: 9, year: 1990, seq: 999 });
    const list = await writeXlsx(path.join(tempDir(), 'peserta.xlsx'), [
      {
        name: 'Peserta',
        rows: [
          ['NIK', 'KPJ', 'Nama Peserta', 'Segmen', 'Status', 'Tgl Kepesertaan'],
          [a!.nik, '25010000001', a!.name.toUpperCase(), 'Bukan Penerima Upah', 'AKTIF', '01-02-2025'],
          [c!.nik, '25010000003', 'Nama Lain Sekali', 'BPU', 'Aktif', '01-02-2025'],
          [outsider, '25010000009', 'Orang Luar', 'PU', 'Aktif', '01-02-2025'],
          ['1311012345', '25010000010', 'NIK Pendek', 'BPU', 'Aktif', '01-02-2025'],
        ],
      },
    ]);
    const { fileId } = core.context.files.register(list);
    const imported = await core.invoke('bpjs.import', { jobId: 'bpjs-job-6', fileId, asOf: '2025-10-31' });
    expect(imported).toMatchObject({ kind: 'members', accepted: 3, rejected: 1, asOf: '2025-10-31' });
    const recon = await core.invoke('bpjs.reconciliation', { view: 'notRegistered' });
    expect(recon.counts).toEqual({ notRegistered: 1, notEnrolled: 2, nameMismatch: 1, submitted: 0 });
    expect(recon.rows.map((r) => r.nik)).toEqual([b!.nik]);
    expect((await core.invoke('bpjs.reconciliation', { view: 'notEnrolled' })).rows.map((r) => r.nik).sort()).toEqual([c!.nik, outsider].sort());
    expect((await core.invoke('bpjs.reconciliation', { view: 'nameMismatch' })).rows).toEqual([expect.objectContaining({ nik: c!.nik, bpjsName: 'Nama Lain Sekali' })]);
    expect(batch.accepted).toBe(3);
  });
});

describe('program and bpjs on the command line', () => {
  it('program add prints the id; import --program enrols every accepted row; program list shows the budget', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    await runCakap(['init', '--db', db]);
    const added = await runCakap(['program', 'add', '--db', db, '--name', 'DBH Sawit 2025', '--source', 'DBH Sawit', '--year', '2025', '--budget', '100.000.000', '--premium', '16800', '--from', '2025-01', '--to', '2025-12', '--quota', '100']);
    expect(added.code).toBe(0);
    expect(added.stdout.trim()).toBe('1');
    const file = await writeXlsx(path.join(dir, 'petani-sawit.xlsx'), [
      { name: 'Data', rows: [['NIK', 'Nama', 'Pekerjaan'], [nik({ day: 1, month: 1, year: 1980, seq: 1 }), 'Satu', 'Petani Sawit'], [nik({ day: 2, month: 1, year: 1980, seq: 2 }), 'Dua', 'Petani Sawit'], ['123', 'Salah', 'Petani Sawit']] },
    ]);
    const imported = await runCakap(['import', '--db', db, file, '--program', '1', '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ accepted: 2, rejected: 1, enrollment: { summary: { enrolled: 2 }, error: null } });
    const listed = await runCakap(['program', 'list', '--db', db, '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ id: 1, source: 'dbh_sawit', beneficiaries: 2, committed: 2 * 12 * 16_800 })]);
    const bad = await runCakap(['program', 'add', '--db', db, '--name', 'X', '--source', 'Dana Hibah', '--year', '2025', '--budget', '1', '--from', '2025-01', '--to', '2025-12']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toContain('Sumber dana "Dana Hibah" tidak dikenal');
  });
});
