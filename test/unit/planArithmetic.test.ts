import { describe, expect, it } from 'vitest';
import { apportion, computePlan, workersForBudget, type PlanInputs, type ResolvedScenario } from '../../electron/core/features/plans/arithmetic';
import { cheapestMix, type MixLimit } from '../../electron/core/features/plans/cheapest';

/**
 * The planning arithmetic against cases worked out by hand (the numbers in the comments are the
 * hand computation), and the cheapest mix against a brute-force search over every allocation.
 */

/** Two kecamatan: A (6.000 workers, nagari a1, a2) and B (4.000, nagari b1); recap 1.500 + 500 active. */
function inputs(overrides: Partial<PlanInputs> = {}): PlanInputs {
  return {
    regencyName: 'Kabupaten Contoh',
    villageLabel: 'Nagari',
    year: 2027,
    asOf: '2026-11-30',
    workforce: { total: 10_000, source: 'BPS', byDistrict: new Map([['A', 6_000], ['B', 4_000]]) },
    storedTargetPercent: 30,
    baseline: { basis: 'bpjs_recap', recapMonth: '2026-11', note: 'rekap November 2026', total: 2_000, byDistrict: new Map([['A', 1_500], ['B', 500]]) },
    ending: [
      { programIds: [1], districtCode: 'A', villageCode: 'a1', workers: 300 },
      { programIds: [2], districtCode: 'B', villageCode: 'b1', workers: 200 },
      { programIds: [1, 2], districtCode: 'A', villageCode: 'a2', workers: 50 },
    ],
    programs: new Map([
      [1, { id: 1, name: 'Rentan APBD 2026', source: 'apbd_kabupaten' as const, premium: 16_800, year: 2026, to: '2026-12' }],
      [2, { id: 2, name: 'Rentan Provinsi 2026', source: 'apbd_provinsi' as const, premium: 20_000, year: 2026, to: '2026-12' }],
    ]),
    compliance: {
      asOf: '2026-11-30',
      uncoveredWageWorkers: 101,
      unregisteredProjectWorkers: 20,
      byDistrict: [
        { code: 'A', uncoveredWageWorkers: 60, unregisteredProjectWorkers: 20 },
        { code: 'B', uncoveredWageWorkers: 41, unregisteredProjectWorkers: 0 },
      ],
    },
    districts: [
      { code: 'A', name: 'Alpha' },
      { code: 'B', name: 'Beta' },
    ],
    villages: new Map([
      ['a1', { code: 'a1', name: 'Aia Satu', districtCode: 'A' }],
      ['a2', { code: 'a2', name: 'Aia Duo', districtCode: 'A' }],
      ['b1', { code: 'b1', name: 'Batu Satu', districtCode: 'B' }],
    ]),
    ...overrides,
  };
}

function scenario(overrides: Partial<ResolvedScenario> = {}): ResolvedScenario {
  return {
    name: 'Uji',
    year: 2027,
    asOf: '2026-11-30',
    targetPercent: 30,
    targetSource: 'stored',
    premium: 16_800,
    months: 12,
    lines: [
      { index: 0, source: 'apbd_kabupaten', premium: 16_800, months: 12, budget: 100_000_000 },
      {
        index: 1,
        source: 'apb_nagari',
        premium: 16_800,
        months: 12,
        perNagari: [
          { villageCode: 'a1', budget: 5_000_000 },
          { villageCode: 'b1', budget: 3_000_000 },
        ],
      },
    ],
    employerShare: 0.5,
    constructionShare: 0,
    renew: new Set([2]),
    ...overrides,
  };
}

describe('the planning arithmetic, checked by hand', () => {
  it('a budget officer renews the provincial program, funds APBD and two nagari, and expects half the employers: every figure as worked out on paper', () => {
    const plan = computePlan(inputs(), scenario());
    // Ending before 2027: 300 + 200 + 50 = 550. Renewing program 2 keeps its 200 and the 50 it shares with program 1.
    expect(plan.ending).toBe(550);
    expect(plan.renewed).toBe(250);
    expect(plan.leavers).toBe(300);
    const [apbd, nagari, employer, construction, renewal] = plan.lines;
    // 100.000.000 / (16.800 × 12) = 496,03 -> 496 workers; 496 × 201.600 = 99.993.600; 6.400 left.
    expect(apbd).toMatchObject({ kind: 'program', workers: 496, cost: 99_993_600, unspent: 6_400, budget: 100_000_000 });
    // a1: 5.000.000 / 201.600 = 24,8 -> 24; b1: 3.000.000 / 201.600 = 14,88 -> 14; 38 × 201.600 = 7.660.800.
    expect(nagari).toMatchObject({ kind: 'program', given: 'perNagari', workers: 38, cost: 7_660_800, budget: 8_000_000 });
    // round(0,5 × 101) = round(50,5) = 51, at no cost.
    expect(employer).toMatchObject({ kind: 'employer', workers: 51, cost: 0, shareOf: 101 });
    expect(construction).toMatchObject({ kind: 'construction', workers: 0 });
    // 250 × 20.000 × 12 = 60.000.000 for the province.
    expect(renewal).toMatchObject({ kind: 'renewal', programId: 2, source: 'apbd_provinsi', workers: 250, cost: 60_000_000 });

    // 2.000 − 300 + 496 + 38 + 51 + 0 = 2.285; 2.285 / 10.000 = 22,85 %; target ⌈30 % × 10.000⌉ = 3.000.
    expect(plan.added).toBe(585);
    expect(plan.projectedActive).toBe(2_285);
    expect(plan.projectedCoverage).toBe(22.85);
    expect(plan.targetWorkers).toBe(3_000);
    expect(plan.remainingGapWorkers).toBe(715);
    // 715 × 16.800 × 12 = 144.144.000.
    expect(plan.remainingGapRupiah).toBe(144_144_000);
    expect(plan.targetReached).toBe(false);
    // 99.993.600 + 7.660.800 + 60.000.000.
    expect(plan.totalCost).toBe(167_654_400);
    expect(plan.costBySource).toEqual([
      { source: 'apbd_kabupaten', label: 'APBD Kabupaten', workers: 496, cost: 99_993_600 },
      { source: 'apb_nagari', label: 'APB Nagari', workers: 38, cost: 7_660_800 },
      { source: 'employer', label: 'Pemberi kerja', workers: 51, cost: 0 },
      { source: 'construction', label: 'Jasa konstruksi', workers: 0, cost: 0 },
      { source: 'apbd_provinsi', label: 'APBD Provinsi', workers: 250, cost: 60_000_000 },
    ]);
  });

  it('new workers land by kecamatan: nagari in their kecamatan, employers by the compliance figures, the rest in proportion to the uncovered', () => {
    const plan = computePlan(inputs(), scenario());
    const [a, b] = plan.perKecamatan;
    // Employers: 51 × 60/101 = 30,30 and 51 × 41/101 = 20,70 -> 30 and 20, the last one to B (larger fraction).
    expect(a!.bySource.employer).toBe(30);
    expect(b!.bySource.employer).toBe(21);
    expect(a!.bySource.apb_nagari).toBe(24);
    expect(b!.bySource.apb_nagari).toBe(14);
    // Uncovered before the APBD line: A 1.800 − (1.500 − 300 + 24 + 30) = 546; B 1.200 − (500 + 14 + 21) = 665.
    // 496 × 546/1.211 = 223,63 and 496 × 665/1.211 = 272,37 -> 223 + 272 = 495, the last one to A.
    expect(a!.bySource.apbd_kabupaten).toBe(224);
    expect(b!.bySource.apbd_kabupaten).toBe(272);
    expect(a!.costBySource.apbd_kabupaten).toBe(224 * 201_600);
    expect(a).toMatchObject({ baseline: 1_500, leavers: 300, added: 278, projected: 1_478, coverage: 24.63, targetWorkers: 1_800, gap: 322 });
    expect(b).toMatchObject({ baseline: 500, leavers: 0, added: 307, projected: 807, coverage: 20.18, targetWorkers: 1_200, gap: 393 });
    expect(plan.perKecamatan).toHaveLength(2);
    expect(plan.perNagari.map((n) => [n.code, n.leavers, n.renewed, n.workers, n.cost])).toEqual([
      ['a2', 0, 50, 0, 0],
      ['a1', 300, 0, 24, 4_838_400],
      ['b1', 0, 200, 14, 2_822_400],
    ]);
  });

  it('without renewals every beneficiary whose program ends in December leaves in January', () => {
    const plan = computePlan(inputs(), scenario({ renew: new Set(), lines: [], employerShare: 0 }));
    expect(plan.leavers).toBe(550);
    expect(plan.projectedActive).toBe(2_000 - 550);
    expect(plan.lines.filter((l) => l.kind === 'renewal')).toEqual([]);
    expect(plan.steps.find((s) => s.label === 'Keluar dari dasar')).toMatchObject({ formula: '550 − 0', value: '550' });
  });

  it('renewing program 1 keeps the workers it shares with program 2 once, charged to program 1', () => {
    const plan = computePlan(inputs(), scenario({ renew: new Set([1]), lines: [], employerShare: 0 }));
    expect(plan.renewed).toBe(350);
    expect(plan.leavers).toBe(200);
    // 350 × 16.800 × 12 = 70.560.000.
    expect(plan.lines).toContainEqual(expect.objectContaining({ kind: 'renewal', programId: 1, workers: 350, cost: 70_560_000 }));
    expect(computePlan(inputs(), scenario({ renew: new Set([1, 2]), lines: [], employerShare: 0 })).leavers).toBe(0);
  });

  it('a line given as workers costs workers × premium × months; the target can be met and overshot', () => {
    const plan = computePlan(inputs(), scenario({ lines: [{ index: 0, source: 'csr', premium: 10_000, months: 6, workers: 1_400 }], employerShare: 0, renew: new Set([1, 2]) }));
    expect(plan.lines[0]).toMatchObject({ workers: 1_400, cost: 84_000_000, budget: 84_000_000, unspent: 0 });
    // 2.000 − 0 + 1.400 = 3.400 >= 3.000.
    expect(plan.projectedActive).toBe(3_400);
    expect(plan.remainingGapWorkers).toBe(0);
    expect(plan.remainingGapRupiah).toBe(0);
    expect(plan.targetReached).toBe(true);
  });

  it('a target typed with decimals is turned into whole workers exactly (28,3 % of 90.000 is 25.470, not 25.471)', () => {
    const plan = computePlan(
      inputs({ workforce: { total: 90_000, source: null, byDistrict: null } }),
      scenario({ targetPercent: 28.3, lines: [], employerShare: 0, renew: new Set() }),
    );
    expect(plan.targetWorkers).toBe(25_470);
  });

  it('without workforce per kecamatan, workers of lines without a place are counted but not placed; without compliance data the free levers are 0 and the page says so', () => {
    const plan = computePlan(
      inputs({ workforce: { total: 10_000, source: null, byDistrict: null }, compliance: null }),
      scenario({ lines: [{ index: 0, source: 'apbd_kabupaten', premium: 16_800, months: 12, workers: 100 }] }),
    );
    expect(plan.lines.find((l) => l.kind === 'employer')).toMatchObject({ workers: 0, shareOf: 0 });
    expect(plan.perKecamatan.at(-1)).toMatchObject({ code: null, name: 'Kecamatan tidak diketahui', added: 100 });
    expect(plan.perKecamatan[0]!.coverage).toBeNull();
    expect(plan.notes.join(' ')).toContain('Belum ada data kepatuhan');
    expect(plan.notes.join(' ')).toContain('belum dapat dibagi ke kecamatan');
  });

  it('the arithmetic is written out step by step with the same figures', () => {
    const plan = computePlan(inputs(), scenario());
    const step = (label: string) => plan.steps.find((s) => s.label === label)!;
    expect(step('Proyeksi peserta aktif')).toEqual({ label: 'Proyeksi peserta aktif', formula: '2.000 − 300 + 496 + 38 + 51 + 0', value: '2.285' });
    expect(step('Proyeksi cakupan').value).toBe('22,85 %');
    expect(step('Sisa kekurangan')).toMatchObject({ formula: 'maks(0, 3.000 − 2.285)', value: '715 pekerja' });
    expect(step('Biaya menutup sisa kekurangan')).toMatchObject({ formula: '715 × Rp 16.800 × 12 bulan', value: 'Rp 144.144.000' });
    expect(plan.lines[0]!.formula).toBe('Rp 100.000.000 ÷ (Rp 16.800 × 12 bulan) = 496,03, dibulatkan ke bawah = 496 pekerja');
  });

  it('splits whole workers over weights by the largest remainder', () => {
    expect(workersForBudget(201_599, 16_800, 12)).toBe(0);
    expect(workersForBudget(201_600, 16_800, 12)).toBe(1);
    expect([...apportion(10, [['x', 1], ['y', 1], ['z', 1]])!]).toEqual([['x', 4], ['y', 3], ['z', 3]]);
    expect([...apportion(7, [['x', 0], ['y', 5], ['z', -3]])!]).toEqual([['x', 0], ['y', 7], ['z', 0]]);
    expect(apportion(5, [['x', 0]])).toBeNull();
  });
});

describe('the cheapest mix', () => {
  it('takes the free levers first, then the cheapest source per worker-year, and says plainly when the limits are not enough', () => {
    const mix = cheapestMix({
      needed: 1_000,
      months: 12,
      premium: 16_800,
      employer: { of: 400, maxShare: 0.5 },
      construction: { of: 100, maxShare: 1 },
      limits: [
        { source: 'apbd_kabupaten', maxBudget: 1_000_000_000, premium: 16_800 },
        { source: 'dbh_sawit', maxBudget: 50_000_000, premium: 12_000 },
      ],
    });
    // Free: 200 + 100 = 300. DBH Sawit at 12.000: 50.000.000 / 144.000 = 347 workers. APBD: 1.000 − 300 − 347 = 353.
    expect(mix.free).toBe(300);
    expect(mix.lines).toEqual([
      { source: 'dbh_sawit', premium: 12_000, workers: 347, budget: 347 * 144_000 },
      { source: 'apbd_kabupaten', premium: 16_800, workers: 353, budget: 353 * 201_600 },
    ]);
    expect(mix.reachable).toBe(true);

    const short = cheapestMix({ needed: 1_000, months: 12, premium: 16_800, employer: { of: 0, maxShare: 0 }, construction: { of: 0, maxShare: 0 }, limits: [{ source: 'csr', maxBudget: 20_160_000, premium: 16_800 }] });
    expect(short.reachable).toBe(false);
    expect(short.shortBy).toBe(900);
    expect(short.explanation.at(-1)).toContain('Target tidak tercapai dengan batas yang diberikan: masih kurang 900 pekerja');
  });

  it('between sources of the same cost, money that is not the regency’s own budget goes first', () => {
    const mix = cheapestMix({
      needed: 10,
      months: 12,
      premium: 16_800,
      employer: { of: 0, maxShare: 0 },
      construction: { of: 0, maxShare: 0 },
      limits: [
        { source: 'apbd_kabupaten', maxBudget: 1e9, premium: 16_800 },
        { source: 'apbd_provinsi', maxBudget: 1e9, premium: 16_800 },
      ],
    });
    expect(mix.lines.map((l) => l.source)).toEqual(['apbd_provinsi']);
  });

  it('costs no more than the best of every possible allocation, on a thousand small cases', () => {
    let seed = 20_261_203;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return Math.floor((seed / 2_147_483_648) * n);
    };
    const premiums = [10_000, 16_800, 20_000, 36_800];
    const sources = ['apbd_kabupaten', 'apbd_provinsi', 'dbh_sawit', 'csr'] as const;
    for (let c = 0; c < 1_000; c++) {
      const months = 1 + random(3);
      const limits: MixLimit[] = Array.from({ length: 1 + random(3) }, (_, i) => {
        const premium = premiums[random(premiums.length)]!;
        return { source: sources[(i + c) % sources.length]!, premium, maxBudget: random(7) * premium * months + random(premium * months) };
      });
      const employer = { of: random(6), maxShare: [0, 0.5, 1][random(3)]! };
      const needed = random(16);
      const mix = cheapestMix({ needed, months, premium: 16_800, employer, construction: { of: 0, maxShare: 0 }, limits });

      // Brute force: every number of workers from 0 to each source's capacity.
      const caps = limits.map((l) => Math.floor(l.maxBudget / (l.premium * months)));
      const free = Math.round(employer.of * employer.maxShare);
      let best: number | null = null;
      const visit = (i: number, workers: number, cost: number) => {
        if (i === limits.length) {
          if (free + workers >= needed && (best === null || cost < best)) best = cost;
          return;
        }
        for (let x = 0; x <= caps[i]!; x++) visit(i + 1, workers + x, cost + x * limits[i]!.premium * months);
      };
      visit(0, 0, 0);

      expect(mix.reachable, `kasus ${c}`).toBe(best !== null);
      if (best !== null) {
        expect(mix.cost, `kasus ${c}`).toBe(best);
        expect(free + mix.lines.reduce((n, l) => n + l.workers, 0)).toBeGreaterThanOrEqual(needed);
      }
      for (const line of mix.lines) {
        const limit = limits.find((l) => l.source === line.source)!;
        expect(line.budget).toBeLessThanOrEqual(limit.maxBudget);
        expect(line.budget).toBe(line.workers * line.premium * months);
      }
    }
  });
});
