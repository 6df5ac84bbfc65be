import { describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../shared/contract/report';
import { provinceReport, type ReceivedPackage } from '../../electron/core/features/province/summary';
import { sampleReport } from '../fixtures/coverageReport';

/** A package whose report says only what the province reads. */
function received(code: string, name: string, month: string, figures: { workforce: number; active: number; target: number | null }): ReceivedPackage {
  const percent = Math.round((figures.active / figures.workforce) * 10_000) / 100;
  const targetWorkers = figures.target === null ? null : Math.ceil((figures.target * figures.workforce) / 100);
  const gap = targetWorkers === null ? null : Math.max(0, targetWorkers - figures.active);
  const report: CoverageReport = {
    ...sampleReport,
    asOf: `${month}-28`,
    month,
    regency: { code, name, provinceName: 'Sumatera Barat' },
    workforce: { ...sampleReport.workforce, total: figures.workforce },
    target: { year: 2026, percent: figures.target, workers: targetWorkers },
    coverage: { ...sampleReport.coverage, covered: figures.active, percent, gapWorkers: gap, gapCostFullYear: gap === null ? null : gap * 16_800 * 12 },
    bySource: [{ source: 'apbd_kabupaten', label: 'APBD Kabupaten', programs: 1, budget: 1_000_000, committed: 0, activeWorkers: figures.active }],
    compliance: null,
    chosenPlan: null,
  };
  return {
    regencyCode: code,
    month,
    exportedAt: `${month}-28T10:00:00.000Z`,
    body: {
      regency: { code, name, provinceCode: '13', provinceName: 'Sumatera Barat' },
      letterhead: { governmentLine: '', officeName: '', address: '', contact: '', logoDataUrl: null },
      exportedAt: `${month}-28T10:00:00.000Z`,
      exportedBy: { office: 'Disnaker', actor: 'operator' },
      asOf: `${month}-28`,
      report,
    },
  };
}

const REGENCIES = [
  { code: '13.01', name: 'Kabupaten Pesisir Selatan' },
  { code: '13.11', name: 'Kabupaten Solok Selatan' },
  { code: '13.71', name: 'Kota Padang' },
];

describe('the province view', () => {
  it('sums its regencies: coverage and target weighted by working population, never an average of percentages', () => {
    const report = provinceReport({ code: '13', name: 'Sumatera Barat' }, REGENCIES, [
      received('13.11', 'Kabupaten Solok Selatan', '2026-11', { workforce: 80_000, active: 15_376, target: 28.3 }),
      received('13.71', 'Kota Padang', '2026-11', { workforce: 420_000, active: 168_000, target: 45 }),
    ], '2026-11-30');
    // Hand-computed: (15.376 + 168.000) ÷ (80.000 + 420.000) = 36,6752 %; the average of 19,22 % and 40 % would be 29,61 %.
    expect(report.total).toMatchObject({ regencies: 3, reporting: 2, workforce: 500_000, active: 183_376, coveragePercent: 36.68 });
    // Target: (28,3 × 80.000 + 45 × 420.000) ÷ 500.000 = 42,328 %.
    expect(report.total.targetPercent).toBe(42.33);
    // Gaps: Solok Selatan ceil(22.640) − 15.376 = 7.264; Padang 189.000 − 168.000 = 21.000.
    expect(report.total.gapWorkers).toBe(28_264);
    expect(report.total.gapRupiah).toBe(28_264 * 16_800 * 12);
    expect(report.missing).toEqual([{ code: '13.01', name: 'Kabupaten Pesisir Selatan', lastMonth: null }]);
    expect(report.total.sources).toEqual([{ source: 'apbd_kabupaten', label: 'APBD Kabupaten', activeWorkers: 183_376, budget: 2_000_000 }]);
  });

  it('a regency that sent nothing for the month shows its last package, marked, and the trend counts each month from those who reported it', () => {
    const packages = [
      received('13.11', 'Kabupaten Solok Selatan', '2026-10', { workforce: 80_000, active: 15_000, target: 28.3 }),
      received('13.71', 'Kota Padang', '2026-10', { workforce: 420_000, active: 160_000, target: 45 }),
      received('13.71', 'Kota Padang', '2026-11', { workforce: 420_000, active: 168_000, target: 45 }),
    ];
    const report = provinceReport({ code: '13', name: 'Sumatera Barat' }, REGENCIES, packages, '2026-11-30');
    const solok = report.regencies.find((r) => r.code === '13.11')!;
    expect(solok).toMatchObject({ received: false, packageMonth: '2026-10', active: 15_000 });
    expect(report.total).toMatchObject({ reporting: 1, active: 183_000 });
    expect(report.missing.map((m) => [m.code, m.lastMonth])).toEqual([
      ['13.01', null],
      ['13.11', '2026-10'],
    ]);
    expect(report.trend).toEqual([
      { month: '2026-10', regencies: 2, workforce: 500_000, active: 175_000, coveragePercent: 35 },
      { month: '2026-11', regencies: 1, workforce: 420_000, active: 168_000, coveragePercent: 40 },
    ]);
    // A report for October sees only what was known then.
    expect(provinceReport({ code: '13', name: 'Sumatera Barat' }, REGENCIES, packages, '2026-10-31').total.active).toBe(175_000);
  });
});
