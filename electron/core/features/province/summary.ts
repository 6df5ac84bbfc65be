import type { ProvinceRegency, ProvinceReport } from '../../../../shared/contract/province';
import type { CoverageReport } from '../../../../shared/contract/report';
import type { PackageBody } from '../package/packageFile';

/**
 * The province's figures, computed from the packages in force: per regency its newest package for
 * the month (or the newest before it, marked as not received for the month), and the province as the
 * sum of its regencies. Percentages of the province are weighted by working population (active ÷
 * workforce summed), never an average of percentages, which would count a small regency like a large one.
 */
export interface ReceivedPackage {
  regencyCode: string;
  month: string;
  exportedAt: string;
  body: PackageBody;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const percentOf = (part: number, whole: number) => (whole > 0 ? round2((part / whole) * 100) : null);

export function provinceReport(
  province: { code: string; name: string },
  regencies: readonly { code: string; name: string }[],
  packages: readonly ReceivedPackage[],
  asOf: string,
): ProvinceReport {
  const month = asOf.slice(0, 7);
  const rows = regencies.map((regency) => {
    const own = packages.filter((p) => p.regencyCode === regency.code && p.month <= month).sort((a, b) => a.month.localeCompare(b.month));
    return regencyRow(regency, own.at(-1) ?? null, month);
  });
  return {
    province,
    asOf,
    month,
    regencies: rows,
    total: total(rows),
    trend: trend(packages.filter((p) => p.month <= month)),
    missing: rows
      .filter((r) => !r.received)
      .map((r) => ({ code: r.code, name: r.name, lastMonth: r.packageMonth })),
  };
}

function regencyRow(regency: { code: string; name: string }, latest: ReceivedPackage | null, month: string): ProvinceRegency {
  const empty = { sources: [], compliance: null, planned: null };
  if (!latest) {
    return { code: regency.code, name: regency.name, workforce: null, active: null, coveragePercent: null, targetPercent: null, gapWorkers: null, gapRupiah: null, ...empty, received: false, packageMonth: null, packageAsOf: null, exportedAt: null };
  }
  const report: CoverageReport = latest.body.report;
  const c = report.compliance;
  const plan = report.chosenPlan?.result ?? null;
  return {
    code: regency.code,
    name: regency.name,
    workforce: report.workforce.total,
    active: report.coverage.covered,
    coveragePercent: report.coverage.percent,
    targetPercent: report.target.percent,
    gapWorkers: report.coverage.gapWorkers,
    // A whole year's contributions, so regencies that reported at different months compare.
    gapRupiah: report.coverage.gapCostFullYear,
    sources: report.bySource.map((s) => ({ source: s.source, label: s.label, activeWorkers: s.activeWorkers, budget: s.budget })),
    compliance: c
      ? { uncoveredWageWorkers: c.employers.uncoveredWageWorkers, unregisteredProjects: c.projects.unregistered, contributionsDue: c.projects.contributionsDue, additionalWorkers: c.gap.workers }
      : null,
    planned: plan && report.chosenPlan ? { name: report.chosenPlan.name, year: plan.year, projectedCoverage: plan.projectedCoverage, targetPercent: plan.targetPercent, totalCost: plan.totalCost } : null,
    received: latest.month === month,
    packageMonth: latest.month,
    packageAsOf: latest.body.asOf,
    exportedAt: latest.exportedAt,
  };
}

function total(rows: readonly ProvinceRegency[]): ProvinceReport['total'] {
  const withFigures = rows.filter((r) => r.active !== null);
  const weighed = withFigures.filter((r) => r.workforce !== null && r.workforce > 0);
  const workforce = weighed.reduce((n, r) => n + r.workforce!, 0);
  const active = weighed.reduce((n, r) => n + r.active!, 0);
  const targeted = weighed.filter((r) => r.targetPercent !== null);
  const targetWorkforce = targeted.reduce((n, r) => n + r.workforce!, 0);
  const sources = new Map<string, { source: string; label: string; activeWorkers: number; budget: number }>();
  for (const r of withFigures) {
    for (const s of r.sources) {
      const entry = sources.get(s.source) ?? { source: s.source, label: s.label, activeWorkers: 0, budget: 0 };
      entry.activeWorkers += s.activeWorkers;
      entry.budget += s.budget;
      sources.set(s.source, entry);
    }
  }
  const sum = (pick: (c: NonNullable<ProvinceRegency['compliance']>) => number) => withFigures.reduce((n, r) => n + (r.compliance ? pick(r.compliance) : 0), 0);
  return {
    regencies: rows.length,
    reporting: rows.filter((r) => r.received).length,
    workforce: withFigures.reduce((n, r) => n + (r.workforce ?? 0), 0),
    active: withFigures.reduce((n, r) => n + (r.active ?? 0), 0),
    coveragePercent: percentOf(active, workforce),
    targetPercent: targetWorkforce > 0 ? round2(targeted.reduce((n, r) => n + r.targetPercent! * r.workforce!, 0) / targetWorkforce) : null,
    gapWorkers: withFigures.reduce((n, r) => n + (r.gapWorkers ?? 0), 0),
    gapRupiah: withFigures.reduce((n, r) => n + (r.gapRupiah ?? 0), 0),
    sources: [...sources.values()].sort((a, b) => b.activeWorkers - a.activeWorkers),
    compliance: {
      uncoveredWageWorkers: sum((c) => c.uncoveredWageWorkers),
      unregisteredProjects: sum((c) => c.unregisteredProjects),
      contributionsDue: sum((c) => c.contributionsDue),
      additionalWorkers: sum((c) => c.additionalWorkers),
    },
  };
}

/** Each month packages came for: the coverage of the regencies that reported it, weighted by their workforce. */
function trend(packages: readonly ReceivedPackage[]): ProvinceReport['trend'] {
  const months = [...new Set(packages.map((p) => p.month))].sort();
  return months.map((month) => {
    const of = packages.filter((p) => p.month === month && p.body.report.workforce.total);
    const workforce = of.reduce((n, p) => n + p.body.report.workforce.total!, 0);
    const active = of.reduce((n, p) => n + p.body.report.coverage.covered, 0);
    return { month, regencies: of.length, workforce, active, coveragePercent: percentOf(active, workforce) };
  });
}
