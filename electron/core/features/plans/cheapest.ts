import { formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import { FUNDING_SOURCE_LABELS } from '../../../../shared/domain/programs';
import type { PlanSource } from '../../../../shared/contract/plans';

/**
 * The cheapest mix that reaches a target, pure. Employers and construction projects cost the regency
 * nothing, so they come first, each at the largest share the officer expects. Then every source pays
 * for workers at its own premium: each worker-year costs premium × 12 whoever pays, so the sources are
 * taken from the cheapest per worker-year, each up to what its limit pays for, until the target is met.
 * Because every worker is one unit of the same size, taking the cheapest unit first is optimal (the
 * tests check it against a brute-force search). Between sources of equal cost, money that is not the
 * regency's own general budget goes first: CSR, the province, the nagari, then DBH Sawit, others, and
 * APBD Kabupaten last.
 */

export const SOURCE_PREFERENCE: readonly PlanSource[] = ['csr', 'apbd_provinsi', 'apb_nagari', 'dbh_sawit', 'other', 'apbd_kabupaten'];

export interface MixLimit {
  source: PlanSource;
  maxBudget: number;
  premium: number;
}

export interface MixRequest {
  /** Workers still needed after the baseline and the leavers: targetWorkers − (baseline − leavers). */
  needed: number;
  months: number;
  /** The scenario's premium: prices what is still missing when no limit is given. */
  premium: number;
  employer: { of: number; maxShare: number };
  construction: { of: number; maxShare: number };
  limits: readonly MixLimit[];
}

export interface MixLine {
  source: PlanSource;
  premium: number;
  workers: number;
  /** workers × premium × months: exactly what pays for them. */
  budget: number;
}

export interface Mix {
  employerShare: number;
  constructionShare: number;
  free: number;
  lines: MixLine[];
  cost: number;
  reachable: boolean;
  /** Workers still missing when the limits are not enough. */
  shortBy: number;
  explanation: string[];
}

export function cheapestMix(request: MixRequest): Mix {
  const { months } = request;
  const explanation: string[] = [];
  const employerWorkers = Math.round(request.employer.maxShare * request.employer.of);
  const constructionWorkers = Math.round(request.construction.maxShare * request.construction.of);
  const free = employerWorkers + constructionWorkers;
  let need = Math.max(0, request.needed);
  explanation.push(
    request.needed <= 0
      ? 'Peserta aktif sesudah yang keluar sudah mencapai target: tidak ada pekerja yang perlu ditambah.'
      : `Perlu ${formatNumber(request.needed)} pekerja lagi sesudah yang keluar.`,
  );
  if (free > 0) {
    explanation.push(
      `Tanpa biaya bagi daerah: pemberi kerja ${formatPercent(request.employer.maxShare * 100, 0)} dari ${formatNumber(request.employer.of)} = ${formatNumber(employerWorkers)} pekerja, proyek konstruksi ${formatPercent(request.construction.maxShare * 100, 0)} dari ${formatNumber(request.construction.of)} = ${formatNumber(constructionWorkers)} pekerja.`,
    );
  }
  need = Math.max(0, need - free);

  const ordered = request.limits
    .map((limit, order) => ({ limit, order, unit: limit.premium * months }))
    .sort(
      (a, b) =>
        a.limit.premium - b.limit.premium ||
        SOURCE_PREFERENCE.indexOf(a.limit.source) - SOURCE_PREFERENCE.indexOf(b.limit.source) ||
        a.order - b.order,
    );
  const lines: MixLine[] = [];
  for (const { limit, unit } of ordered) {
    const label = FUNDING_SOURCE_LABELS[limit.source];
    const capacity = Math.floor(limit.maxBudget / unit);
    if (need === 0) {
      explanation.push(`${label} tidak diperlukan (batas ${formatRupiah(limit.maxBudget)}).`);
      continue;
    }
    const take = Math.min(capacity, need);
    need -= take;
    if (take > 0) lines.push({ source: limit.source, premium: limit.premium, workers: take, budget: take * unit });
    explanation.push(
      `${label}: ${formatRupiah(limit.premium * 12)} per pekerja-tahun; batas ${formatRupiah(limit.maxBudget)} cukup untuk ${formatNumber(capacity)} pekerja; dipakai ${formatNumber(take)} pekerja = ${formatRupiah(take * unit)}.`,
    );
  }
  const cost = lines.reduce((n, l) => n + l.budget, 0);
  if (need > 0) {
    explanation.push(
      `Target tidak tercapai dengan batas yang diberikan: masih kurang ${formatNumber(need)} pekerja (${formatRupiah(need * (request.limits.length > 0 ? Math.min(...request.limits.map((l) => l.premium)) : request.premium) * months)} bila dibiayai dengan iuran termurah). Naikkan batas anggaran atau bagian pemberi kerja dan konstruksi.`,
    );
  }
  return {
    employerShare: request.employer.maxShare,
    constructionShare: request.construction.maxShare,
    free,
    lines,
    cost,
    reachable: need === 0,
    shortBy: need,
    explanation,
  };
}
