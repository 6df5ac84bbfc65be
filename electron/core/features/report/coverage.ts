import type { CoverageReport } from '../../../../shared/contract/report';
import { workersForPercent } from '../../../../shared/domain/coverage';
import { formatMonth, formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import { monthsBetween } from '../../../../shared/domain/months';
import { NATIONAL_UCJ } from '../../../../shared/domain/national';
import { DEFAULT_PREMIUM, FUNDING_SOURCE_LABELS, type FundingSource } from '../../../../shared/domain/programs';
import type { ProgramRow } from '../../platform/db/queries/programs';
import type { Store } from '../../platform/db/store';
import { invalidInput } from '../../platform/errors';
import { complianceSummary } from '../compliance/summary';
import { financeSummary, hasFinanceData } from '../finance/summary';
import { financeFindings } from '../finance/tables';
import { describeProgram } from '../programs/programs';
import { chosenPlanOf } from '../plans/reportSection';
import { readSettings, requireRegency } from '../settings/settings';

/**
 * The coverage engine (DESIGN.md section 3): every figure of the leadership report at an as-of date.
 * Headline: active participants from the latest BPJS recap at or before that month, over the
 * working population of the year; without a recap, the worker-level data Cakap holds (workers
 * enrolled in a program that month, plus active participants of the newest BPJS list), and the
 * report says so. Program contribution, pipeline and gap come from the worker-level data.
 */
export function computeCoverage(store: Store, asOf: string, now: Date): CoverageReport {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`))) {
    throw invalidInput(`Tanggal laporan "${asOf}" tidak valid; tulis TTTT-BB-HH.`);
  }
  const settings = readSettings(store);
  const regency = requireRegency(store);
  const month = asOf.slice(0, 7);
  const year = Number(asOf.slice(0, 4));
  const districts = store.regions.byLevel('district');
  const villages = store.regions.byLevel('village');

  const workforce = workforceFigures(store, regency.code, year);
  const memberList = store.coverage.memberListAtOrBefore(asOf) ?? null;
  const programRows = store.programs.all();
  const picture = monthPicture(store, month, memberList?.batch_id ?? null, programRows);
  const workers = workerCounts(store, picture, villages);
  const recaps = recapFigures(store, month);
  const covered = recaps.latest ? recaps.total(recaps.latest) : workers.covered;
  const target = store.targets.get(year);
  const gap = gapFigures(covered, workforce.total, target?.percent ?? null, month, year);
  const programs = programFigures(store, programRows, picture, now);
  const quality = store.coverage.importQuality();
  const finance = financeSummary(store, year);

  const report: CoverageReport = {
    generatedAt: now.toISOString(),
    asOf,
    month,
    year,
    regency: { code: regency.code, name: regency.name, provinceName: settings.provinceName ?? '' },
    villageLabel: settings.villageLabel,
    basis: headlineBasis(recaps.latest, month, memberList !== null),
    workforce: { total: workforce.total, year: workforce.year, basis: workforce.basis, source: workforce.source },
    target: { year, percent: target?.percent ?? null, workers: gap.targetWorkers },
    coverage: gap.coverage,
    national: { ...NATIONAL_UCJ },
    byDistrict: districtRows(districts, workforce, workers, recaps, target?.percent ?? null),
    byVillage: villageRows(districts, villages, workforce, workers),
    unplaced: unplacedRows(districts, picture, recaps.latest !== null),
    programs: programs.programs,
    bySource: programs.bySource,
    byOccupation: [...workers.byOccupation.entries()]
      .map(([occupation, v]) => ({ occupation, programCovered: v.program, pipeline: v.workers - v.covered }))
      .sort((a, b) => b.programCovered + b.pipeline - (a.programCovered + a.pipeline))
      .slice(0, 40),
    trend: recaps.months.map((m) => {
      const bySegment: Partial<Record<'PU' | 'BPU' | 'JAKON' | 'PMI' | 'ALL', number>> = {};
      for (const r of recaps.rows.filter((r) => r.month === m)) bySegment[r.segment as 'PU'] = (bySegment[r.segment as 'PU'] ?? 0) + r.active;
      const active = recaps.total(m);
      return { month: m, active, bySegment, percent: pct(active, workforce.ofYear(Number(m.slice(0, 4)))) };
    }),
    pipeline: {
      workers: workers.pipeline,
      projectedCovered: covered + workers.pipeline,
      projectedPercent: pct(covered + workers.pipeline, workforce.total),
    },
    dataQuality: {
      importedBatches: quality.batches,
      rejectedRows: quality.rejected,
      warningRows: quality.warnings,
      doubleFunded: picture.doubleFunded,
      puWarnings: picture.puWarnings,
      notRegistered: memberList ? picture.notRegistered : null,
      bpjsListAsOf: memberList?.as_of ?? null,
    },
    compliance: store.compliance.listInfo().length > 0 ? complianceSummary(store, asOf) : null,
    finance: hasFinanceData(finance) ? finance : null,
    findings: [],
    chosenPlan: chosenPlanOf(store),
  };
  report.findings = findings(report);
  return report;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const pct = (part: number, whole: number | null) => (whole ? round2((part / whole) * 100) : null);

type Workforce = ReturnType<typeof workforceFigures>;

/** The working population: the report year's, or the latest year before it; per kecamatan when known. */
function workforceFigures(store: Store, regencyCode: string, year: number) {
  const workforceYear = store.workforce.years().filter((y) => y <= year).at(-1) ?? null;
  const rows = workforceYear === null ? [] : store.workforce.byYear(workforceYear);
  const of = new Map(rows.map((r) => [r.area_code, r.count]));
  const districtFigures = store.regions.byLevel('district').map((d) => of.get(d.code)).filter((n): n is number => n !== undefined);
  const regencyFigure = of.get(regencyCode) ?? null;
  return {
    year: workforceYear,
    of,
    total: districtFigures.length > 0 ? districtFigures.reduce((a, b) => a + b, 0) : regencyFigure,
    basis: districtFigures.length > 0 ? ('districts' as const) : regencyFigure !== null ? ('regency' as const) : ('none' as const),
    source: rows.find((r) => r.source)?.source ?? null,
    /** The total of the latest year at or before y (for the trend's percentages). */
    ofYear(y: number): number | null {
      const usable = store.workforce.years().filter((wy) => wy <= y).at(-1);
      if (usable === undefined) return null;
      const yearRows = store.workforce.byYear(usable);
      const perDistrict = yearRows.filter((r) => r.area_code !== regencyCode);
      return perDistrict.length > 0 ? perDistrict.reduce((a, r) => a + r.count, 0) : (yearRows.find((r) => r.area_code === regencyCode)?.count ?? null);
    },
  };
}

type Counts = { workers: number; covered: number; program: number };
type WorkerCounts = ReturnType<typeof workerCounts>;

/** The worker-level picture summed by nagari, kecamatan and occupation: listed, covered (paid or active at BPJS), paid by a program. */
function workerCounts(store: Store, picture: ReturnType<typeof monthPicture>, villages: readonly { code: string; parent_code: string | null }[]) {
  const byVillage = new Map<string, Counts>();
  const byDistrict = new Map<string, Counts>();
  const byOccupation = new Map<string, Counts>();
  const parentOf = new Map(villages.map((v) => [v.code, v.parent_code]));
  const addTo = (map: Map<string, Counts>, key: string, c: Counts) => {
    const entry = map.get(key) ?? { workers: 0, covered: 0, program: 0 };
    entry.workers += c.workers;
    entry.covered += c.covered;
    entry.program += c.program;
    map.set(key, entry);
  };
  let listed = 0;
  let listedCovered = 0;
  for (const [code, c] of picture.byVillage) {
    listed += c.workers;
    listedCovered += c.covered;
    if (code === null) continue;
    addTo(byVillage, code, c);
    const parent = parentOf.get(code);
    if (parent) addTo(byDistrict, parent, c);
  }
  for (const [code, d] of picture.byDistrictWithoutVillage) if (code) addTo(byDistrict, code, d);
  for (const [code, o] of picture.byOccupation) addTo(byOccupation, code ?? 'Tidak diisi', o);
  return {
    byVillage,
    byDistrict,
    byOccupation,
    /** Covered by the worker data: paid this month or active on the BPJS list, and BPJS members Cakap has no worker for. */
    covered: listedCovered + store.coverage.membersOutsideWorkers(),
    /** Listed, not yet covered. */
    pipeline: listed - listedCovered,
  };
}

type Recaps = ReturnType<typeof recapFigures>;

/** The BPJS recaps of the twelve months up to the report month: the latest one is the headline, all of them the trend. */
function recapFigures(store: Store, month: string) {
  const rows = store.coverage.recaps(month, 12);
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const latest = months.at(-1) ?? null;
  // A recap with segments counts them; its "ALL" row, when it also has one, would count them twice.
  const total = (m: string) => {
    const ofMonth = rows.filter((r) => r.month === m);
    const segments = ofMonth.filter((r) => r.segment !== 'ALL');
    return (segments.length > 0 ? segments : ofMonth).reduce((n, r) => n + r.active, 0);
  };
  const byDistrict = new Map<string, number>();
  if (latest) {
    const ofLatest = rows.filter((r) => r.month === latest && r.district_code);
    const hasSegments = ofLatest.some((r) => r.segment !== 'ALL');
    for (const r of ofLatest) {
      if (hasSegments && r.segment === 'ALL') continue;
      byDistrict.set(r.district_code!, (byDistrict.get(r.district_code!) ?? 0) + r.active);
    }
  }
  return { rows, months, latest, total, byDistrict };
}

/** Where the headline comes from, in a sentence the report prints. */
function headlineBasis(latestRecap: string | null, month: string, hasMemberList: boolean): CoverageReport['basis'] {
  return latestRecap
    ? {
        kind: 'bpjs_recap',
        recapMonth: latestRecap,
        note: `Angka peserta aktif dari rekap BPJS Ketenagakerjaan bulan ${formatMonth(latestRecap)}${latestRecap < month ? ' (rekap terbaru sebelum tanggal laporan)' : ''}.`,
      }
    : {
        kind: 'worker_data',
        recapMonth: null,
        note: `Belum ada rekap BPJS sampai ${formatMonth(month)}: angka peserta dihitung dari data pekerja di Cakap (pekerja yang iurannya dibayar program pada bulan itu${hasMemberList ? ', ditambah peserta aktif daftar BPJS' : ''}), sehingga dapat lebih rendah dari angka resmi.`,
      };
}

/** Coverage against the target: the gap in points and workers, and what closing it costs for the rest of the year and for a whole year. */
function gapFigures(covered: number, workforce: number | null, targetPercent: number | null, month: string, year: number) {
  const percent = pct(covered, workforce);
  const targetWorkers = targetPercent !== null && workforce !== null ? workersForPercent(targetPercent, workforce) : null;
  const gapWorkers = targetWorkers === null ? null : Math.max(0, targetWorkers - covered);
  // Whole months left in the year, counting the report month: enrolments always pay whole months.
  const remainingMonths = monthsBetween(month, `${year}-12`);
  const premium = DEFAULT_PREMIUM;
  return {
    targetWorkers,
    coverage: {
      covered,
      percent,
      gapPoints: targetPercent !== null && percent !== null ? round2(Math.max(0, targetPercent - percent)) : null,
      gapWorkers,
      premium,
      remainingMonths,
      gapCost: gapWorkers === null ? null : gapWorkers * premium * remainingMonths,
      gapCostFullYear: gapWorkers === null ? null : gapWorkers * premium * 12,
    },
  };
}

/** Each program's budget and use, and the funding sources with the distinct workers each pays for this month. */
function programFigures(store: Store, programRows: readonly ProgramRow[], picture: ReturnType<typeof monthPicture>, now: Date) {
  const programs = programRows.map((row) => {
    const stats = picture.programs.get(row.id) ?? { beneficiaries: 0, months: 0, active: 0 };
    const p = describeProgram(store, row, now, stats);
    return {
      id: p.id,
      name: p.name,
      source: p.source,
      sourceLabel: p.sourceLabel,
      sourceDetail: p.sourceDetail,
      year: p.year,
      from: p.from,
      to: p.to,
      premium: p.premium,
      budget: p.budget,
      committed: p.committed,
      remaining: p.remaining,
      usedPercent: round2(p.usedPercent),
      beneficiaries: p.beneficiaries,
      activeBeneficiaries: stats.active,
      moreWorkersFundable: p.moreWorkersFundable,
      status: p.status,
    };
  });
  const bySource = [...new Set(programs.map((p) => p.source))]
    .map((source) => {
      const own = programs.filter((p) => p.source === source);
      return {
        source,
        label: FUNDING_SOURCE_LABELS[source as FundingSource],
        programs: own.length,
        budget: own.reduce((n, p) => n + p.budget, 0),
        committed: own.reduce((n, p) => n + p.committed, 0),
        // Several programs of a source may pay for the same worker: the workers are counted distinct.
        activeWorkers: picture.activeBySource.get(source) ?? 0,
      };
    })
    .sort((a, b) => b.activeWorkers - a.activeWorkers || b.budget - a.budget);
  return { programs, bySource };
}

/** Per kecamatan: the recap's participants (else the worker data's) against the kecamatan's share of the target. */
function districtRows(
  districts: readonly { code: string; name: string }[],
  workforce: Workforce,
  workers: WorkerCounts,
  recaps: Recaps,
  targetPercent: number | null,
): CoverageReport['byDistrict'] {
  return districts.map((d) => {
    const counts = workers.byDistrict.get(d.code) ?? { program: 0, covered: 0, workers: 0 };
    const districtWorkforce = workforce.basis === 'districts' ? (workforce.of.get(d.code) ?? null) : null;
    const districtCovered = recaps.latest ? (recaps.byDistrict.get(d.code) ?? 0) : counts.covered;
    const districtTarget = targetPercent !== null && districtWorkforce !== null ? workersForPercent(targetPercent, districtWorkforce) : null;
    return {
      code: d.code,
      name: d.name,
      workforce: districtWorkforce,
      covered: districtCovered,
      percent: pct(districtCovered, districtWorkforce),
      targetWorkers: districtTarget,
      gapWorkers: districtTarget === null ? null : Math.max(0, districtTarget - districtCovered),
      programCovered: counts.program,
      pipeline: counts.workers - counts.covered,
    };
  });
}

/** Per nagari with anything to show: paid by programs, listed and not covered, the working population where known. */
function villageRows(
  districts: readonly { code: string; name: string }[],
  villages: readonly { code: string; name: string; parent_code: string | null }[],
  workforce: Workforce,
  workers: WorkerCounts,
): CoverageReport['byVillage'] {
  const districtName = new Map(districts.map((d) => [d.code, d.name]));
  return villages
    .map((v) => {
      const counts = workers.byVillage.get(v.code) ?? { program: 0, covered: 0, workers: 0 };
      const villageWorkforce = workforce.of.get(v.code) ?? null;
      return {
        code: v.code,
        name: v.name,
        districtName: districtName.get(v.parent_code ?? '') ?? '',
        workforce: villageWorkforce,
        programCovered: counts.program,
        pipeline: counts.workers - counts.covered,
        percent: pct(counts.covered, villageWorkforce),
      };
    })
    .filter((v) => v.programCovered > 0 || v.pipeline > 0 || v.workforce !== null);
}

/** Workers with a kecamatan but no nagari, per kecamatan, and workers with no region at all. */
function unplacedRows(
  districts: readonly { code: string; name: string }[],
  picture: ReturnType<typeof monthPicture>,
  headlineFromRecap: boolean,
): CoverageReport['unplaced'] {
  const none = picture.byDistrictWithoutVillage.get(null) ?? { workers: 0, covered: 0, program: 0 };
  return {
    noRegion: { covered: headlineFromRecap ? null : none.covered, programCovered: none.program, pipeline: none.workers - none.covered },
    noVillage: districts
      .map((d) => ({ d, c: picture.byDistrictWithoutVillage.get(d.code) }))
      .filter((x): x is { d: { code: string; name: string }; c: MonthCounts } => x.c !== undefined && x.c.workers > 0)
      .map(({ d, c }) => ({ districtCode: d.code, districtName: d.name, programCovered: c.program, pipeline: c.workers - c.covered })),
  };
}

/** Three to five sentences a leadership meeting can act on, computed from the figures. */
export function findings(r: CoverageReport): string[] {
  const out: string[] = [];
  const ranked = r.byDistrict.filter((d) => d.percent !== null).sort((a, b) => b.percent! - a.percent!);
  if (ranked.length >= 2) {
    const top = ranked[0]!;
    const low = ranked.at(-1)!;
    out.push(`Cakupan tertinggi di Kecamatan ${top.name} (${formatPercent(top.percent!)}), terendah di Kecamatan ${low.name} (${formatPercent(low.percent!)}).`);
  }
  const funded = r.bySource.reduce((n, s) => n + s.activeWorkers, 0);
  const largest = r.bySource[0];
  if (largest && largest.activeWorkers > 0) {
    out.push(
      `Sumber dana terbesar adalah ${largest.label}: ${formatNumber(largest.activeWorkers)} pekerja dibiayai pada ${formatMonth(r.month)} (${formatPercent((largest.activeWorkers / funded) * 100, 1)} dari pekerja yang dibiayai program).`,
    );
  }
  const tight = r.programs.filter((p) => p.status === 'active' && p.usedPercent >= 90).sort((a, b) => b.usedPercent - a.usedPercent)[0];
  if (tight) {
    out.push(
      `Anggaran program "${tight.name}" sudah terpakai ${formatPercent(tight.usedPercent)}; sisanya cukup untuk ${formatNumber(tight.moreWorkersFundable)} pekerja lagi.`,
    );
  }
  if (r.target.percent !== null && r.coverage.gapWorkers !== null) {
    out.push(
      r.coverage.gapWorkers === 0
        ? `Target ${formatPercent(r.target.percent)} tahun ${r.year} sudah tercapai (${formatPercent(r.coverage.percent ?? 0)}).`
        : `Untuk mencapai target ${formatPercent(r.target.percent)} masih diperlukan ${formatNumber(r.coverage.gapWorkers)} pekerja lagi: ${formatRupiah(r.coverage.gapCost ?? 0)} untuk ${r.coverage.remainingMonths} bulan tersisa tahun ${r.year}, atau ${formatRupiah(r.coverage.gapCostFullYear ?? 0)} setahun penuh.`,
    );
  } else if (r.target.percent === null) {
    out.push(`Target UCJ tahun ${r.year} belum ditetapkan; isi di Pengaturan agar kesenjangan dapat dihitung.`);
  }
  const c = r.compliance;
  if (c && c.gap.workers > 0) {
    const points = c.gap.workforce ? (c.gap.workers / c.gap.workforce) * 100 : null;
    out.push(
      `Pemberi kerja dan proyek konstruksi yang belum patuh meninggalkan ${formatNumber(c.gap.workers)} pekerja tanpa perlindungan (${formatNumber(c.gap.uncoveredWageWorkers)} pekerja penerima upah, ${formatNumber(c.gap.unregisteredProjectWorkers)} pekerja proyek)${points !== null && r.coverage.percent !== null ? `; bila semua patuh, cakupan naik menjadi ${formatPercent(r.coverage.percent + points)} tanpa biaya APBD` : ', tanpa biaya APBD bila mereka patuh'}.`,
    );
  }
  if (r.pipeline.workers > 0) {
    out.push(
      `${formatNumber(r.pipeline.workers)} pekerja sudah tercatat di Cakap tetapi belum terlindungi${r.pipeline.projectedPercent !== null ? `; bila semuanya didaftarkan, cakupan naik menjadi ${formatPercent(r.pipeline.projectedPercent)}` : ''}.`,
    );
  }
  // At most five on coverage; then one each on realisation, the payments the bill check prevented, and the benefits.
  return [...out.slice(0, 5), ...(r.finance ? financeFindings(r.finance) : [])];
}


type MonthCounts = { workers: number; covered: number; program: number };

/**
 * The worker-level figures of one month: one pass over the enrolments for the programs' figures,
 * one that marks who is paid this month, then the groups (village, kecamatan, occupation) read in
 * their indexes' order. Each worker's state lives in a byte (paid by a program; active in the BPJS
 * list), and which funding sources pay in another (a bit each), instead of a temporary table
 * looked up a million times per grouping.
 */
function monthPicture(store: Store, month: string, memberBatch: number | null, programRows: readonly ProgramRow[]) {
  const PROGRAM = 1;
  const MEMBER = 2;
  const size = store.coverage.maxWorkerId() + 1;
  const state = new Uint8Array(size);
  const sources = [...new Set(programRows.map((p) => p.source))];
  // One bit per funding source (there are eight), so a worker paid twice by one source counts once.
  const sourceBits = new Uint8Array(size);
  const sourceOf = new Map(programRows.map((p) => [p.id, 1 << sources.indexOf(p.source)]));
  const programs = new Map<number, { beneficiaries: number; months: number; active: number }>();
  let doubleFunded = 0;
  let puWarnings = 0;
  for (const p of store.coverage.programMonth(month)) {
    programs.set(p.program_id, { beneficiaries: p.beneficiaries, months: p.months, active: p.active });
    doubleFunded += p.double_funded;
    puWarnings += p.pu_warnings;
  }
  store.coverage.markPaid(month, (workerId, programId) => {
    state[workerId] = state[workerId]! | PROGRAM;
    sourceBits[workerId] = sourceBits[workerId]! | (sourceOf.get(programId) ?? 0);
  });
  store.coverage.prepareMembers(memberBatch);
  if (memberBatch !== null) for (const id of store.coverage.memberWorkerIds()) state[id] = state[id]! | MEMBER;

  const groups = store.coverage.groupsByState((id) => state[id] ?? 0);
  const toMap = (rows: { code: string | null; workers: number; covered: number; program: number }[]) =>
    new Map<string | null, MonthCounts>(rows.map((r) => [r.code, { workers: r.workers, covered: r.covered, program: r.program }]));
  let notRegistered = 0;
  const perBit = new Array<number>(8).fill(0);
  for (let id = 0; id < size; id++) {
    const s = state[id]!;
    if (s === 0) continue;
    if (s & PROGRAM && !(s & MEMBER)) notRegistered++;
    const bits = sourceBits[id]!;
    for (let b = 0; b < sources.length; b++) if (bits & (1 << b)) perBit[b]!++;
  }
  const activeBySource = new Map(sources.map((source, b) => [source, perBit[b]!]));
  return {
    byVillage: toMap(groups.village),
    byDistrictWithoutVillage: toMap(groups.districtWithoutVillage),
    byOccupation: toMap(groups.occupation),
    programs,
    activeBySource,
    doubleFunded,
    puWarnings,
    notRegistered,
  };
}
