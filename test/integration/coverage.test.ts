import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app/core';
import { newCore } from '../helpers/core';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { importList, nik } from '../helpers/workerLists';

/**
 * A small regency whose right answers are worked out by hand below:
 * workforce 2025: Sangir 1.000 + Sungai Pagu 500 = 1.500; target 28,3 % -> ceil(424,5) = 425 workers.
 * Six workers: four in Sangir (Lubuk Gadang), two in Sungai Pagu (Pasir Talang).
 * Program A (APBD Kabupaten, Jan–Dec 2025): three Sangir workers, all year -> 3 x 12 x 16.800 = 604.800.
 * Program B (DBH Sawit, Mar–Dec 2025): both Sungai Pagu workers; one ends in June
 *   -> (10 + 4) x 16.800 = 235.200; in October only one is covered.
 */
async function smallRegency(): Promise<{ core: Core; dir: string }> {
  const core = await newCore();
  const dir = tempDir();
  await core.invoke('workforce.save', { year: 2025, source: 'BPS', entries: [{ areaCode: '13.11.01', count: 1000 }, { areaCode: '13.11.02', count: 500 }] });
  await core.invoke('targets.set', { year: 2025, percent: 28.3 });
  const people = [
    [nik({ day: 1, month: 1, year: 1980, seq: 1 }), 'Satu', 'Lubuk Gadang', 'Petani'],
    [nik({ day: 2, month: 1, year: 1980, seq: 2 }), 'Dua', 'Lubuk Gadang', 'Petani'],
    [nik({ day: 3, month: 1, year: 1980, seq: 3 }), 'Tiga', 'Lubuk Gadang', 'Pedagang'],
    [nik({ day: 4, month: 1, year: 1980, seq: 4 }), 'Empat', 'Lubuk Gadang', 'Pedagang'],
    [nik({ district: '02', day: 5, month: 1, year: 1980, seq: 5 }), 'Lima', 'Pasir Talang', 'Petani Sawit'],
    [nik({ district: '02', day: 6, month: 1, year: 1980, seq: 6 }), 'Enam', 'Pasir Talang', 'Petani Sawit'],
  ];
  await importList(core, await writeXlsx(path.join(dir, 'pekerja.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama', 'Nagari', 'Pekerjaan'], ...people] }]));
  const ids = (await core.invoke('workers.list', {})).rows;
  const id = (name: string) => ids.find((w) => w.name === name)!.id;
  const a = await core.invoke('programs.create', { name: 'Rentan APBD', source: 'apbd_kabupaten', year: 2025, budget: 10_000_000, from: '2025-01', to: '2025-12' });
  const b = await core.invoke('programs.create', { name: 'Petani Sawit', source: 'dbh_sawit', year: 2025, budget: 1_000_000, from: '2025-03', to: '2025-12' });
  await core.invoke('enrollments.add', { programId: a.id, workerIds: [id('Satu'), id('Dua'), id('Tiga')] });
  await core.invoke('enrollments.add', { programId: b.id, workerIds: [id('Lima'), id('Enam')] });
  const enam = (await core.invoke('enrollments.list', { programId: b.id })).rows.find((r) => r.name === 'Enam')!;
  await core.invoke('enrollments.end', { enrollmentId: enam.id, lastMonth: '2025-06', reason: 'bekerja' });
  return { core, dir };
}

describe('the coverage engine', () => {
  it('without a BPJS recap, counts the worker-level data and says so', async () => {
    const { core } = await smallRegency();
    const r = await core.invoke('report.coverage', { asOf: '2025-10-31' });
    expect(r.basis.kind).toBe('worker_data');
    expect(r.basis.note).toContain('Belum ada rekap BPJS sampai Oktober 2025');
    expect(r.workforce).toEqual({ total: 1500, year: 2025, basis: 'districts', source: 'BPS' });
    expect(r.target).toEqual({ year: 2025, percent: 28.3, workers: 425 });
    // 3 (program A) + 1 (program B; the other ended in June) = 4 of 1.500 = 0,27 %.
    expect(r.coverage).toEqual({
      covered: 4,
      percent: 0.27,
      gapPoints: 28.03,
      gapWorkers: 421,
      premium: 16_800,
      remainingMonths: 3,
      gapCost: 421 * 16_800 * 3,
      gapCostFullYear: 421 * 16_800 * 12,
    });
    expect(r.pipeline).toEqual({ workers: 2, projectedCovered: 6, projectedPercent: 0.4 });
    const sangir = r.byDistrict.find((d) => d.name === 'Sangir')!;
    expect(sangir).toMatchObject({ workforce: 1000, covered: 3, percent: 0.3, targetWorkers: 283, gapWorkers: 280, programCovered: 3, pipeline: 1 });
    expect(r.byDistrict.find((d) => d.name === 'Pauh Duo')).toMatchObject({ workforce: null, covered: 0, percent: null });
    expect(r.programs.map((p) => [p.name, p.committed, p.beneficiaries, p.activeBeneficiaries])).toEqual([
      ['Petani Sawit', 235_200, 2, 1],
      ['Rentan APBD', 604_800, 3, 3],
    ]);
    expect(r.bySource).toEqual([
      { source: 'apbd_kabupaten', label: 'APBD Kabupaten', programs: 1, budget: 10_000_000, committed: 604_800, activeWorkers: 3 },
      { source: 'dbh_sawit', label: 'DBH Sawit', programs: 1, budget: 1_000_000, committed: 235_200, activeWorkers: 1 },
    ]);
    expect(r.byOccupation).toEqual([
      { occupation: 'Pedagang', programCovered: 1, pipeline: 1 },
      { occupation: 'Petani', programCovered: 2, pipeline: 0 },
      { occupation: 'Petani Sawit', programCovered: 1, pipeline: 1 },
    ]);
    expect(r.findings).toContain(
      'Untuk mencapai target 28,30 % masih diperlukan 421 pekerja lagi: Rp 21.218.400 untuk 3 bulan tersisa tahun 2025, atau Rp 84.873.600 setahun penuh.',
    );
  });

  it('with BPJS recaps, the latest recap at or before the date is the headline; earlier months make the trend', async () => {
    const { core, dir } = await smallRegency();
    const recap = async (name: string, title: string, sangir: [number, number], pagu: [number, number]) => {
      const file = await writeXlsx(path.join(dir, name), [
        { name: 'Rekap', rows: [[title], ['Kecamatan', 'PU', 'BPU'], ['Sangir', ...sangir], ['Sungai Pagu', ...pagu]] },
      ]);
      await core.invoke('bpjs.import', { jobId: crypto.randomUUID(), fileId: core.context.files.register(file).fileId });
    };
    await recap('sep.xlsx', 'Rekap peserta aktif September 2025', [190, 95], [45, 20]);
    await recap('okt.xlsx', 'Rekap peserta aktif Oktober 2025', [200, 100], [50, 20]);
    await recap('nov.xlsx', 'Rekap peserta aktif November 2025', [400, 100], [50, 20]);

    const r = await core.invoke('report.coverage', { asOf: '2025-10-31' });
    expect(r.basis).toEqual({ kind: 'bpjs_recap', recapMonth: '2025-10', note: 'Angka peserta aktif dari rekap BPJS Ketenagakerjaan bulan Oktober 2025.' });
    // 200 + 100 + 50 + 20 = 370 of 1.500 = 24,67 %; 425 - 370 = 55 workers; 28,30 - 24,67 = 3,63 points.
    expect(r.coverage).toMatchObject({ covered: 370, percent: 24.67, gapPoints: 3.63, gapWorkers: 55, gapCost: 55 * 16_800 * 3 });
    expect(r.byDistrict.find((d) => d.name === 'Sangir')).toMatchObject({ covered: 300, percent: 30, gapWorkers: 0, programCovered: 3 });
    expect(r.trend).toEqual([
      { month: '2025-09', active: 350, bySegment: { PU: 235, BPU: 115 }, percent: 23.33 },
      { month: '2025-10', active: 370, bySegment: { PU: 250, BPU: 120 }, percent: 24.67 },
    ]);
    expect(r.findings[0]).toBe('Cakupan tertinggi di Kecamatan Sangir (30,00 %), terendah di Kecamatan Sungai Pagu (14,00 %).');

    const later = await core.invoke('report.coverage', { asOf: '2025-12-15' });
    expect(later.basis.recapMonth).toBe('2025-11');
    expect(later.coverage).toMatchObject({ covered: 570, percent: 38, gapWorkers: 0, remainingMonths: 1 });
    expect(later.findings).toContain('Target 28,30 % tahun 2025 sudah tercapai (38,00 %).');
  });

  it('a date that is not a date is refused in Indonesian', async () => {
    const { core } = await smallRegency();
    await expect(core.invoke('report.coverage', { asOf: '2025-13-40' })).rejects.toThrow('tidak valid');
  });
});
