import type { PlanLineResult, PlanResult } from '../../../../shared/contract/plans';
import { workersForPercent } from '../../../../shared/domain/coverage';
import { formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import { FUNDING_SOURCE_LABELS, type FundingSource } from '../../../../shared/domain/programs';

/**
 * The planning arithmetic (issue 14, "The arithmetic, exactly"), pure: it takes the figures loaded
 * from the database (PlanInputs) and a checked scenario (ResolvedScenario) and returns every figure,
 * with each step written out so a budget officer can check it by hand:
 *
 *   baseline           = active participants of the latest BPJS recap at or before asOf, per kecamatan
 *                        (the worker data when there is no recap)
 *   leavers            = current beneficiaries whose enrolment ends before the plan year, not renewed
 *   funded line        = floor(budget / (premium × months)); per nagari likewise, then summed
 *   employer, construction = round(share × the uncovered workers of the compliance figures)
 *   projected active   = baseline − leavers + every line;  projected coverage = projected / workforce
 *   remaining gap      = max(0, ceil(target × workforce) − projected);  its cost = gap × premium × months
 *
 * New workers land by kecamatan from each line's own data (a nagari's amount in the nagari's kecamatan,
 * the compliance figures per kecamatan), otherwise in proportion to the uncovered: per kecamatan, its
 * share of the target (ceil(target × workforce)) minus those covered after leavers and the lines that
 * land by their own data.
 */

/** What the compliance engine reports (electron/core/compliance/gap.ts). */
export interface ComplianceFigures {
  asOf: string;
  uncoveredWageWorkers: number;
  unregisteredProjectWorkers: number;
  byDistrict: { code: string | null; uncoveredWageWorkers: number; unregisteredProjectWorkers: number }[];
}

/** Workers enrolled at asOf whose every enrolment ends before the plan year, grouped by their programs and place. */
export interface EndingGroup {
  /** The programs paying for them now, ascending. Renewing any of them keeps the worker. */
  programIds: number[];
  districtCode: string | null;
  villageCode: string | null;
  workers: number;
}

export interface PlanInputs {
  regencyName: string;
  villageLabel: string;
  year: number;
  asOf: string;
  workforce: { total: number; source: string | null; byDistrict: ReadonlyMap<string, number> | null };
  storedTargetPercent: number | null;
  baseline: {
    basis: 'bpjs_recap' | 'worker_data';
    recapMonth: string | null;
    note: string;
    total: number;
    /** Per kecamatan code; null: participants whose kecamatan is not known. */
    byDistrict: ReadonlyMap<string | null, number>;
  };
  ending: readonly EndingGroup[];
  programs: ReadonlyMap<number, { id: number; name: string; source: FundingSource; premium: number; year: number; to: string }>;
  compliance: ComplianceFigures | null;
  districts: readonly { code: string; name: string }[];
  villages: ReadonlyMap<string, { code: string; name: string; districtCode: string | null }>;
}

export interface ResolvedLine {
  /** Position in the scenario's programs list. */
  index: number;
  source: FundingSource;
  premium: number;
  months: number;
  budget?: number;
  workers?: number;
  /** Each nagari's own amount (codes checked). */
  perNagari?: { villageCode: string; budget: number }[];
}

export interface ResolvedScenario {
  name: string;
  year: number;
  asOf: string;
  targetPercent: number;
  targetSource: 'stored' | 'scenario';
  premium: number;
  months: number;
  lines: ResolvedLine[];
  employerShare: number;
  constructionShare: number;
  renew: ReadonlySet<number>;
}

type Key = string | null;
const UNKNOWN_DISTRICT = 'Kecamatan tidak diketahui';

const round2 = (n: number) => Math.round(n * 100) / 100;
const percentOf = (part: number, whole: number) => (whole > 0 ? round2((part / whole) * 100) : 0);

/**
 * Splits a whole number over weights (largest remainder): every share is floor(total × w / Σw), the
 * rest go one by one to the largest fractions, ties to the earlier key. Null when every weight is 0.
 */
export function apportion<K>(total: number, weights: readonly (readonly [K, number])[]): Map<K, number> | null {
  const sum = weights.reduce((n, [, w]) => n + Math.max(0, w), 0);
  if (sum <= 0) return null;
  const out = new Map<K, number>();
  const fractions: { key: K; fraction: number; order: number }[] = [];
  let given = 0;
  weights.forEach(([key, w], order) => {
    const exact = (total * Math.max(0, w)) / sum;
    const whole = Math.floor(exact);
    out.set(key, (out.get(key) ?? 0) + whole);
    given += whole;
    fractions.push({ key, fraction: exact - whole, order });
  });
  fractions.sort((a, b) => b.fraction - a.fraction || a.order - b.order);
  for (let i = 0; i < total - given; i++) {
    const f = fractions[i % fractions.length]!;
    out.set(f.key, out.get(f.key)! + 1);
  }
  return out;
}

/** Workers a budget pays for: floor(budget / (premium × months)). */
export function workersForBudget(budget: number, premium: number, months: number): number {
  return Math.floor(budget / (premium * months));
}

interface Landing {
  lineIndex: number;
  /** What one worker of the line costs (premium × months; 0 for employers and construction). */
  unit: number;
  /** Source key for the per-kecamatan columns: a funding source, "employer" or "construction". */
  sourceKey: string;
  byDistrict: Map<Key, number>;
}

/** The lines of a plan as they are worked out, with where each line's workers land. */
interface PlanLines {
  lines: PlanLineResult[];
  landings: Landing[];
  /** Lines without data of place: they land in proportion to the uncovered, once the others have landed. */
  proportional: { lineIndex: number; unit: number; sourceKey: string; workers: number }[];
  nagariLines: Map<string, { source: FundingSource; label: string; budget: number; workers: number; cost: number }[]>;
  notes: string[];
}

const add = <K>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n);

/**
 * The plan, step by step as the README describes it: who leaves, what each funded line adds,
 * what employers and construction add, where the lines without data of place land, what renewals
 * cost, the totals, and the same per kecamatan and per nagari, with the arithmetic written out.
 */
export function computePlan(inputs: PlanInputs, scenario: ResolvedScenario): PlanResult {
  const leaving = countLeavers(inputs, scenario);
  const plan: PlanLines = { lines: [], landings: [], proportional: [], nagariLines: new Map(), notes: [] };
  addFundedLines(plan, inputs, scenario);
  addComplianceLines(plan, inputs, scenario);
  landProportionalLines(plan, inputs, scenario, leaving);
  addRenewals(plan, inputs, scenario, leaving);
  const totals = planTotals(plan, inputs, scenario, leaving);
  if (inputs.baseline.basis === 'worker_data') plan.notes.unshift(inputs.baseline.note);
  const { compliance } = inputs;
  return {
    name: scenario.name,
    year: scenario.year,
    asOf: scenario.asOf,
    regencyName: inputs.regencyName,
    villageLabel: inputs.villageLabel,
    workforce: inputs.workforce.total,
    workforceSource: inputs.workforce.source,
    targetPercent: scenario.targetPercent,
    targetSource: scenario.targetSource,
    targetWorkers: totals.targetWorkers,
    premium: scenario.premium,
    months: scenario.months,
    baseline: inputs.baseline.total,
    baselineBasis: inputs.baseline.basis,
    recapMonth: inputs.baseline.recapMonth,
    baselineNote: inputs.baseline.note,
    ending: leaving.ending,
    renewed: leaving.renewed,
    leavers: leaving.leavers,
    lines: plan.lines,
    added: totals.added,
    projectedActive: totals.projectedActive,
    projectedCoverage: totals.projectedCoverage,
    targetReached: totals.remainingGapWorkers === 0,
    remainingGapWorkers: totals.remainingGapWorkers,
    remainingGapRupiah: totals.remainingGapRupiah,
    totalCost: totals.totalCost,
    costBySource: costBySource(plan.lines),
    perKecamatan: kecamatanRows(plan, inputs, scenario, leaving),
    perNagari: nagariRows(plan, inputs, leaving),
    compliance: compliance
      ? { asOf: compliance.asOf, uncoveredWageWorkers: compliance.uncoveredWageWorkers, unregisteredProjectWorkers: compliance.unregisteredProjectWorkers }
      : null,
    steps: arithmeticSteps(plan, inputs, scenario, leaving, totals),
    notes: plan.notes,
  };
}

const districtOf = (inputs: PlanInputs, villageCode: string | null) => (villageCode ? (inputs.villages.get(villageCode)?.districtCode ?? null) : null);

type Leaving = ReturnType<typeof countLeavers>;

/** Leavers: the beneficiaries whose programs all end before the plan year, unless one of them is renewed. */
function countLeavers(inputs: PlanInputs, scenario: ResolvedScenario) {
  let ending = 0;
  let renewed = 0;
  const byDistrict = new Map<Key, number>();
  const byVillage = new Map<string, number>();
  const renewedByVillage = new Map<string, number>();
  const renewedByProgram = new Map<number, number>();
  for (const group of inputs.ending) {
    ending += group.workers;
    const keptBy = group.programIds.find((id) => scenario.renew.has(id));
    if (keptBy !== undefined) {
      renewed += group.workers;
      add(renewedByProgram, keptBy, group.workers);
      if (group.villageCode) add(renewedByVillage, group.villageCode, group.workers);
    } else {
      add(byDistrict, group.districtCode ?? districtOf(inputs, group.villageCode), group.workers);
      if (group.villageCode) add(byVillage, group.villageCode, group.workers);
    }
  }
  return { ending, renewed, leavers: ending - renewed, byDistrict, byVillage, renewedByVillage, renewedByProgram };
}

/** Funded lines: floor(budget ÷ (premium × months)), per nagari when each nagari gives its own amount. */
function addFundedLines(plan: PlanLines, inputs: PlanInputs, scenario: ResolvedScenario): void {
  const sourceCount = new Map<FundingSource, number>();
  for (const line of scenario.lines) add(sourceCount, line.source, 1);
  const seenOfSource = new Map<FundingSource, number>();
  const village = inputs.villageLabel.toLowerCase();
  for (const line of scenario.lines) {
    const nth = add(seenOfSource, line.source, 1).get(line.source)!;
    const label = `${FUNDING_SOURCE_LABELS[line.source]}${sourceCount.get(line.source)! > 1 ? ` (${nth})` : ''}`;
    const unit = line.premium * line.months;
    const unitText = `(${formatRupiah(line.premium)} × ${line.months} bulan)`;
    const common = { kind: 'program', index: line.index, programId: null, source: line.source, label, premium: line.premium, months: line.months, share: null, shareOf: null } as const;
    if (line.perNagari) {
      let workers = 0;
      let budget = 0;
      const byDistrict = new Map<Key, number>();
      for (const n of line.perNagari) {
        const w = workersForBudget(n.budget, line.premium, line.months);
        workers += w;
        budget += n.budget;
        add(byDistrict, districtOf(inputs, n.villageCode), w);
        const list = plan.nagariLines.get(n.villageCode) ?? [];
        list.push({ source: line.source, label, budget: n.budget, workers: w, cost: w * unit });
        plan.nagariLines.set(n.villageCode, list);
      }
      const cost = workers * unit;
      plan.landings.push({ lineIndex: plan.lines.length, unit, sourceKey: line.source, byDistrict });
      plan.lines.push({
        ...common,
        given: 'perNagari',
        budget,
        workers,
        cost,
        unspent: budget - cost,
        formula: `anggaran tiap ${village} ÷ ${unitText}, dibulatkan ke bawah per ${village}, dijumlah atas ${formatNumber(line.perNagari.length)} ${village} = ${formatNumber(workers)} pekerja`,
        landing: 'nagari',
      });
    } else {
      const workers = line.workers ?? workersForBudget(line.budget!, line.premium, line.months);
      const cost = workers * unit;
      const budget = line.budget ?? cost;
      plan.proportional.push({ lineIndex: plan.lines.length, unit, sourceKey: line.source, workers });
      plan.lines.push({
        ...common,
        given: line.workers !== undefined ? 'workers' : 'budget',
        budget,
        workers,
        cost,
        unspent: budget - cost,
        formula:
          line.workers !== undefined
            ? `${formatNumber(workers)} pekerja × ${formatRupiah(line.premium)} × ${line.months} bulan = ${formatRupiah(cost)}`
            : `${formatRupiah(budget)} ÷ ${unitText} = ${formatNumber(budget / unit, 2)}, dibulatkan ke bawah = ${formatNumber(workers)} pekerja`,
        landing: 'uncovered',
      });
    }
  }
}

/** Employers and construction: a share of what the compliance figures say is missing, at no cost to the regency. */
function addComplianceLines(plan: PlanLines, inputs: PlanInputs, scenario: ResolvedScenario): void {
  const { compliance } = inputs;
  const freeLine = (kind: 'employer' | 'construction', share: number) => {
    const of = compliance ? (kind === 'employer' ? compliance.uncoveredWageWorkers : compliance.unregisteredProjectWorkers) : 0;
    const workers = Math.round(share * of);
    const what = kind === 'employer' ? 'pekerja penerima upah yang belum terdaftar' : 'pekerja proyek konstruksi yang belum didaftarkan';
    const weights = (compliance?.byDistrict ?? []).map((d) => [d.code, kind === 'employer' ? d.uncoveredWageWorkers : d.unregisteredProjectWorkers] as [Key, number]);
    const byDistrict = apportion(workers, weights) ?? new Map<Key, number>(workers > 0 ? [[null, workers]] : []);
    plan.landings.push({ lineIndex: plan.lines.length, unit: 0, sourceKey: kind, byDistrict });
    plan.lines.push({
      kind,
      index: null,
      programId: null,
      source: kind === 'employer' ? 'employer' : null,
      label: kind === 'employer' ? 'Pemberi kerja (penerima upah)' : 'Proyek jasa konstruksi',
      given: 'share',
      budget: null,
      premium: null,
      months: null,
      share,
      shareOf: of,
      workers,
      cost: 0,
      unspent: 0,
      formula: `${formatPercent(share * 100, share * 100 === Math.round(share * 100) ? 0 : 1)} × ${formatNumber(of)} ${what} = ${formatNumber(share * of, 1)}, dibulatkan = ${formatNumber(workers)} pekerja`,
      landing: 'compliance',
    });
  };
  if (scenario.employerShare > 0 || compliance) freeLine('employer', scenario.employerShare);
  if (scenario.constructionShare > 0 || compliance) freeLine('construction', scenario.constructionShare);
  if (!compliance && (scenario.employerShare > 0 || scenario.constructionShare > 0)) {
    plan.notes.push('Belum ada data kepatuhan pemberi kerja dan proyek konstruksi, sehingga baris pemberi kerja dan konstruksi bernilai 0. Impor daftarnya di halaman Kepatuhan.');
  }
}

/** Where the lines without data of place land: in proportion to the uncovered, after leavers and the lines with their own data. */
function landProportionalLines(plan: PlanLines, inputs: PlanInputs, scenario: ResolvedScenario, leaving: Leaving): void {
  const byDistrictWorkforce = inputs.workforce.byDistrict;
  const ownData = new Map<Key, number>();
  for (const l of plan.landings) for (const [k, n] of l.byDistrict) add(ownData, k, n);
  const coveredBefore = (code: string) => (inputs.baseline.byDistrict.get(code) ?? 0) - (leaving.byDistrict.get(code) ?? 0) + (ownData.get(code) ?? 0);
  let weights: [Key, number][] | null = null;
  if (byDistrictWorkforce) {
    const withWorkforce = inputs.districts.filter((d) => byDistrictWorkforce.has(d.code));
    const short = withWorkforce.map((d) => [d.code, workersForPercent(scenario.targetPercent, byDistrictWorkforce.get(d.code)!) - coveredBefore(d.code)] as [Key, number]);
    const uncovered = withWorkforce.map((d) => [d.code, byDistrictWorkforce.get(d.code)! - coveredBefore(d.code)] as [Key, number]);
    if (short.some(([, w]) => w > 0)) weights = short;
    else if (uncovered.some(([, w]) => w > 0)) weights = uncovered;
  }
  for (const p of plan.proportional) {
    const byDistrict = (weights && apportion(p.workers, weights)) ?? new Map<Key, number>(p.workers > 0 ? [[null, p.workers]] : []);
    plan.landings.push({ lineIndex: p.lineIndex, unit: p.unit, sourceKey: p.sourceKey, byDistrict });
  }
  if (plan.proportional.some((p) => p.workers > 0)) {
    plan.notes.push(
      weights
        ? `Pekerja dari baris tanpa rincian wilayah dibagi ke kecamatan menurut yang belum terlindungi: bagian target tiap kecamatan (target × penduduk bekerja kecamatan, dibulatkan ke atas) dikurangi peserta aktif sesudah yang keluar dan sesudah baris yang sudah berwilayah (bila semua kecamatan sudah mencapai target: penduduk bekerja dikurangi peserta aktif).`
        : 'Penduduk bekerja per kecamatan belum ada, sehingga pekerja dari baris tanpa rincian wilayah belum dapat dibagi ke kecamatan.',
    );
  }
}

/** Renewals: the beneficiaries who stay, and what keeping them costs their program's source. */
function addRenewals(plan: PlanLines, inputs: PlanInputs, scenario: ResolvedScenario, leaving: Leaving): void {
  const { months } = scenario;
  for (const id of [...scenario.renew].sort((a, b) => a - b)) {
    const program = inputs.programs.get(id);
    if (!program) continue;
    const workers = leaving.renewedByProgram.get(id) ?? 0;
    const cost = workers * program.premium * months;
    plan.lines.push({
      kind: 'renewal',
      index: null,
      programId: id,
      source: program.source,
      label: `Perpanjangan: ${program.name}`,
      given: 'renew',
      budget: cost,
      premium: program.premium,
      months,
      share: null,
      shareOf: null,
      workers,
      cost,
      unspent: 0,
      formula: `${formatNumber(workers)} penerima tetap × ${formatRupiah(program.premium)} × ${months} bulan = ${formatRupiah(cost)}`,
      landing: 'leavers',
    });
  }
}

type Totals = ReturnType<typeof planTotals>;

/** Projected active = baseline − leavers + every added line; the remaining gap and what closing it costs. */
function planTotals(plan: PlanLines, inputs: PlanInputs, scenario: ResolvedScenario, leaving: Leaving) {
  const workforce = inputs.workforce.total;
  const added = plan.lines.filter((l) => l.kind !== 'renewal').reduce((n, l) => n + l.workers, 0);
  const projectedActive = inputs.baseline.total - leaving.leavers + added;
  const targetWorkers = workersForPercent(scenario.targetPercent, workforce);
  const remainingGapWorkers = Math.max(0, targetWorkers - projectedActive);
  return {
    added,
    projectedActive,
    projectedCoverage: percentOf(projectedActive, workforce),
    targetWorkers,
    remainingGapWorkers,
    remainingGapRupiah: remainingGapWorkers * scenario.premium * scenario.months,
    totalCost: plan.lines.reduce((n, l) => n + l.cost, 0),
  };
}

/** Workers and cost per funding source (construction on its own). */
function costBySource(lines: readonly PlanLineResult[]) {
  const bySource = new Map<string, { source: string; label: string; workers: number; cost: number }>();
  for (const l of lines) {
    const key = l.kind === 'construction' ? 'construction' : l.source!;
    const label = l.kind === 'construction' ? 'Jasa konstruksi' : FUNDING_SOURCE_LABELS[l.source!];
    const entry = bySource.get(key) ?? { source: key, label, workers: 0, cost: 0 };
    entry.workers += l.workers;
    entry.cost += l.cost;
    bySource.set(key, entry);
  }
  return [...bySource.values()];
}

/** Per kecamatan: baseline, leavers, what each source adds and costs there, the projection against its target. */
function kecamatanRows(plan: PlanLines, inputs: PlanInputs, scenario: ResolvedScenario, leaving: Leaving) {
  const addedByDistrict = new Map<Key, Record<string, number>>();
  const costByDistrict = new Map<Key, Record<string, number>>();
  for (const landing of plan.landings) {
    for (const [k, n] of landing.byDistrict) {
      if (n === 0) continue;
      const entry = addedByDistrict.get(k) ?? {};
      entry[landing.sourceKey] = (entry[landing.sourceKey] ?? 0) + n;
      addedByDistrict.set(k, entry);
      const cost = costByDistrict.get(k) ?? {};
      cost[landing.sourceKey] = (cost[landing.sourceKey] ?? 0) + n * landing.unit;
      costByDistrict.set(k, cost);
    }
  }
  const byDistrictWorkforce = inputs.workforce.byDistrict;
  const sumOf = (r: Record<string, number> | undefined) => Object.values(r ?? {}).reduce((a, b) => a + b, 0);
  const row = (code: Key, name: string) => {
    const districtWorkforce = code !== null && byDistrictWorkforce ? (byDistrictWorkforce.get(code) ?? null) : null;
    const baseline = inputs.baseline.byDistrict.get(code) ?? 0;
    const leavers = leaving.byDistrict.get(code) ?? 0;
    const bySource = addedByDistrict.get(code) ?? {};
    const added = sumOf(bySource);
    const projected = baseline - leavers + added;
    const target = districtWorkforce === null ? null : workersForPercent(scenario.targetPercent, districtWorkforce);
    return {
      code,
      name,
      workforce: districtWorkforce,
      baseline,
      leavers,
      added,
      projected,
      coverage: districtWorkforce === null ? null : percentOf(projected, districtWorkforce),
      targetWorkers: target,
      gap: target === null ? null : Math.max(0, target - projected),
      bySource,
      costBySource: costByDistrict.get(code) ?? {},
    };
  };
  const rows = inputs.districts.map((d) => row(d.code, d.name));
  const unknown = row(null, UNKNOWN_DISTRICT);
  if (unknown.baseline !== 0 || unknown.leavers !== 0 || unknown.added !== 0) rows.push(unknown);
  return rows;
}

/** Per nagari: the lines with each nagari's own amount, and who leaves or stays there. */
function nagariRows(plan: PlanLines, inputs: PlanInputs, leaving: Leaving) {
  const districtName = new Map(inputs.districts.map((d) => [d.code, d.name]));
  const villageCodes = new Set([...plan.nagariLines.keys(), ...leaving.byVillage.keys(), ...leaving.renewedByVillage.keys()]);
  return [...villageCodes]
    .map((code) => {
      const village = inputs.villages.get(code);
      const own = plan.nagariLines.get(code) ?? [];
      const districtCode = village?.districtCode ?? null;
      return {
        code,
        name: village?.name ?? code,
        districtCode,
        districtName: districtCode ? (districtName.get(districtCode) ?? '') : '',
        leavers: leaving.byVillage.get(code) ?? 0,
        renewed: leaving.renewedByVillage.get(code) ?? 0,
        lines: own,
        workers: own.reduce((n, l) => n + l.workers, 0),
        cost: own.reduce((n, l) => n + l.cost, 0),
      };
    })
    .sort((a, b) => (a.districtCode ?? '').localeCompare(b.districtCode ?? '') || a.name.localeCompare(b.name, 'id'));
}

/** The arithmetic written out, one step a row, so a budget officer can check it by hand. */
function arithmeticSteps(plan: PlanLines, inputs: PlanInputs, scenario: ResolvedScenario, leaving: Leaving, totals: Totals): PlanResult['steps'] {
  const { ending, renewed, leavers } = leaving;
  const { projectedActive, targetWorkers, remainingGapWorkers } = totals;
  const workforce = inputs.workforce.total;
  const addedLines = plan.lines.filter((l) => l.kind !== 'renewal');
  return [
    { label: 'Peserta aktif saat ini (dasar)', formula: inputs.baseline.note, value: formatNumber(inputs.baseline.total) },
    {
      label: `Penerima program yang berakhir sebelum ${scenario.year}`,
      formula: 'kepesertaan aktif pada tanggal keadaan yang berakhir sebelum Januari tahun rencana',
      value: formatNumber(ending),
    },
    { label: 'Diperpanjang', formula: 'penerima program yang dilanjutkan pada tahun rencana', value: formatNumber(renewed) },
    { label: 'Keluar dari dasar', formula: `${formatNumber(ending)} − ${formatNumber(renewed)}`, value: formatNumber(leavers) },
    ...addedLines.map((l) => ({ label: l.label, formula: l.formula, value: `+${formatNumber(l.workers)}` })),
    {
      label: 'Proyeksi peserta aktif',
      formula: `${formatNumber(inputs.baseline.total)} − ${formatNumber(leavers)}${addedLines.map((l) => ` + ${formatNumber(l.workers)}`).join('')}`,
      value: formatNumber(projectedActive),
    },
    {
      label: 'Proyeksi cakupan',
      formula: `${formatNumber(projectedActive)} ÷ ${formatNumber(workforce)} penduduk bekerja`,
      value: formatPercent(totals.projectedCoverage),
    },
    {
      label: `Target ${scenario.year} dalam pekerja`,
      formula: `${formatPercent(scenario.targetPercent)} × ${formatNumber(workforce)} = ${formatNumber((Math.round(scenario.targetPercent * 100) * workforce) / 10_000, 2)}, dibulatkan ke atas`,
      value: formatNumber(targetWorkers),
    },
    {
      label: 'Sisa kekurangan',
      formula: `maks(0, ${formatNumber(targetWorkers)} − ${formatNumber(projectedActive)})`,
      value: `${formatNumber(remainingGapWorkers)} pekerja`,
    },
    {
      label: 'Biaya menutup sisa kekurangan',
      formula: `${formatNumber(remainingGapWorkers)} × ${formatRupiah(scenario.premium)} × ${scenario.months} bulan`,
      value: formatRupiah(totals.remainingGapRupiah),
    },
  ];
}
