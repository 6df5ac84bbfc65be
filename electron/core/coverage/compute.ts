import type { CoverageReport } from '../../../shared/contract/report';
import { workersForPercent } from '../../../shared/domain/coverage';
import { formatMonth, formatNumber, formatPercent, formatRupiah } from '../../../shared/domain/format';
import { monthsBetween } from '../../../shared/domain/months';
import { NATIONAL_UCJ } from '../../../shared/domain/national';
import { DEFAULT_PREMIUM, FUNDING_SOURCE_LABELS, type FundingSource } from '../../../shared/domain/programs';
import type { ProgramRow } from '../db/queries/programs';
import type { Store } from '../db/store';
import { invalidInput } from '../errors';
import { describeProgram } from '../programs/programs';
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
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const pct = (part: number, whole: number | null) => (whole ? round2((part / whole) * 100) : null);

  // The working population: the report year's, or the latest year before it.
  const workforceYears = store.workforce.years().filter((y) => y <= year);
  const workforceYear = workforceYears.at(-1) ?? null;
  const workforceRows = workforceYear === null ? [] : store.workforce.byYear(workforceYear);
  const workforceOf = new Map(workforceRows.map((r) => [r.area_code, r.count]));
  const districts = store.regions.byLevel('district');
  const villages = store.regions.byLevel('village');
  const districtFigures = districts.map((d) => workforceOf.get(d.code)).filter((n): n is number => n !== undefined);
  const regencyFigure = workforceOf.get(regency.code) ?? null;
  const workforceTotal = districtFigures.length > 0 ? districtFigures.reduce((a, b) => a + b, 0) : regencyFigure;
  const workforceBasis = districtFigures.length > 0 ? 'districts' : regencyFigure !== null ? 'regency' : 'none';
  const workforceOfYear = (y: number) => {
    const usable = store.workforce.years().filter((wy) => wy <= y).at(-1);
    if (usable === undefined) return null;
    const rows = store.workforce.byYear(usable);
    const perDistrict = rows.filter((r) => r.area_code !== regency.code);
    return perDistrict.length > 0 ? perDistrict.reduce((a, r) => a + r.count, 0) : (rows.find((r) => r.area_code === regency.code)?.count ?? null);
  };

  // Worker-level picture of the month: one pass over the enrolments, one over the workers.
  const memberList = store.coverage.memberListAtOrBefore(asOf) ?? null;
  const programRows = store.programs.all();
  const picture = monthPicture(store, month, memberList?.batch_id ?? null, programRows);
  type Counts = { workers: number; covered: number; program: number };
  const villageCounts = [...picture.byVillage.entries()].map(([code, c]) => ({ code, ...c }));
  const byVillageWorkers = new Map<string, Counts>();
  const byDistrictWorkers = new Map<string, Counts>();
  const parentOf = new Map(villages.map((v) => [v.code, v.parent_code]));
  const addTo = (map: Map<string, Counts>, key: string, c: Counts) => {
    const entry = map.get(key) ?? { workers: 0, covered: 0, program: 0 };
    entry.workers += c.workers;
    entry.covered += c.covered;
    entry.program += c.program;
    map.set(key, entry);
  };
  let listedWorkers = 0;
  let listedCovered = 0;
  for (const v of villageCounts) {
    listedWorkers += v.workers;
    listedCovered += v.covered;
    if (v.code === null) continue;
    addTo(byVillageWorkers, v.code, v);
    const parent = parentOf.get(v.code);
    if (parent) addTo(byDistrictWorkers, parent, v);
  }
  for (const [code, d] of picture.byDistrictWithoutVillage) if (code) addTo(byDistrictWorkers, code, d);
  const byOccupation = new Map<string, Counts>();
  for (const [code, o] of picture.byOccupation) addTo(byOccupation, code ?? 'Tidak diisi', o);
  const outsideMembers = store.coverage.membersOutsideWorkers();
  const workerCovered = listedCovered + outsideMembers;
  const pipelineWorkers = listedWorkers - listedCovered;

  // The BPJS recaps: the headline (latest month at or before the report month) and the trend.
  const recapRows = store.coverage.recaps(month, 12);
  const recapMonths = [...new Set(recapRows.map((r) => r.month))].sort();
  const latestRecap = recapMonths.at(-1) ?? null;
  const recapTotal = (m: string) => {
    const rows = recapRows.filter((r) => r.month === m);
    const segments = rows.filter((r) => r.segment !== 'ALL');
    return (segments.length > 0 ? segments : rows).reduce((n, r) => n + r.active, 0);
  };
  const recapByDistrict = new Map<string, number>();
  if (latestRecap) {
    const rows = recapRows.filter((r) => r.month === latestRecap && r.district_code);
    const hasSegments = rows.some((r) => r.segment !== 'ALL');
    for (const r of rows) {
      if (hasSegments && r.segment === 'ALL') continue;
      recapByDistrict.set(r.district_code!, (recapByDistrict.get(r.district_code!) ?? 0) + r.active);
    }
  }
  const covered = latestRecap ? recapTotal(latestRecap) : workerCovered;
  const basis = latestRecap
    ? {
        kind: 'bpjs_recap' as const,
        recapMonth: latestRecap,
        note: `Angka peserta aktif dari rekap BPJS Ketenagakerjaan bulan ${formatMonth(latestRecap)}${latestRecap < month ? ' (rekap terbaru sebelum tanggal laporan)' : ''}.`,
      }
    : {
        kind: 'worker_data' as const,
        recapMonth: null,
        note: `Belum ada rekap BPJS sampai ${formatMonth(month)}: angka peserta dihitung dari data pekerja di Cakap (pekerja yang iurannya dibayar program pada bulan itu${memberList ? ', ditambah peserta aktif daftar BPJS' : ''}), sehingga dapat lebih rendah dari angka resmi.`,
      };

  // Target and gap.
  const target = store.targets.get(year);
  const percent = pct(covered, workforceTotal);
  const targetWorkers = target && workforceTotal !== null ? workersForPercent(target.percent, workforceTotal) : null;
  const gapWorkers = targetWorkers === null ? null : Math.max(0, targetWorkers - covered);
  const gapPoints = target && percent !== null ? round2(Math.max(0, target.percent - percent)) : null;
  // Whole months left in the year, counting the report month: enrolments always pay whole months.
  const remainingMonths = monthsBetween(month, `${year}-12`);
  const premium = DEFAULT_PREMIUM;

  // Programs and funding sources.
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
  const sources = [...new Set(programs.map((p) => p.source))];
  const bySource = sources
    .map((source) => {
      const own = programs.filter((p) => p.source === source);
      // One program: its active count is the source's; several may share workers, so count them distinct.
      const activeWorkers = picture.activeBySource.get(source) ?? 0;
      return {
        source,
        label: FUNDING_SOURCE_LABELS[source as FundingSource],
        programs: own.length,
        budget: own.reduce((n, p) => n + p.budget, 0),
        committed: own.reduce((n, p) => n + p.committed, 0),
        activeWorkers,
      };
    })
    .sort((a, b) => b.activeWorkers - a.activeWorkers || b.budget - a.budget);

  const byDistrict = districts.map((d) => {
    const workers = byDistrictWorkers.get(d.code) ?? { program: 0, covered: 0, workers: 0 };
    const districtWorkforce = workforceBasis === 'districts' ? (workforceOf.get(d.code) ?? null) : null;
    const districtCovered = latestRecap ? (recapByDistrict.get(d.code) ?? 0) : workers.covered;
    const districtTarget = target && districtWorkforce !== null ? workersForPercent(target.percent, districtWorkforce) : null;
    return {
      code: d.code,
      name: d.name,
      workforce: districtWorkforce,
      covered: districtCovered,
      percent: pct(districtCovered, districtWorkforce),
      targetWorkers: districtTarget,
      gapWorkers: districtTarget === null ? null : Math.max(0, districtTarget - districtCovered),
      programCovered: workers.program,
      pipeline: workers.workers - workers.covered,
    };
  });
  const districtName = new Map(districts.map((d) => [d.code, d.name]));
  const byVillage = villages
    .map((v) => {
      const workers = byVillageWorkers.get(v.code) ?? { program: 0, covered: 0, workers: 0 };
      const villageWorkforce = workforceOf.get(v.code) ?? null;
      return {
        code: v.code,
        name: v.name,
        districtName: districtName.get(v.parent_code ?? '') ?? '',
        workforce: villageWorkforce,
        programCovered: workers.program,
        pipeline: workers.workers - workers.covered,
        percent: pct(workers.covered, villageWorkforce),
      };
    })
    .filter((v) => v.programCovered > 0 || v.pipeline > 0 || v.workforce !== null);

  const trend = recapMonths.map((m) => {
    const rows = recapRows.filter((r) => r.month === m);
    const bySegment: Partial<Record<'PU' | 'BPU' | 'JAKON' | 'PMI' | 'ALL', number>> = {};
    for (const r of rows) bySegment[r.segment as 'PU'] = (bySegment[r.segment as 'PU'] ?? 0) + r.active;
    const active = recapTotal(m);
    return { month: m, active, bySegment, percent: pct(active, workforceOfYear(Number(m.slice(0, 4)))) };
  });

  const quality = { ...store.coverage.importQuality(), double_funded: picture.doubleFunded, pu_warnings: picture.puWarnings };
  const report: CoverageReport = {
    generatedAt: now.toISOString(),
    asOf,
    month,
    year,
    regency: { code: regency.code, name: regency.name, provinceName: settings.provinceName ?? '' },
    villageLabel: settings.villageLabel,
    basis,
    workforce: {
      total: workforceTotal,
      year: workforceYear,
      basis: workforceBasis,
      source: workforceRows.find((r) => r.source)?.source ?? null,
    },
    target: { year, percent: target?.percent ?? null, workers: targetWorkers },
    coverage: {
      covered,
      percent,
      gapPoints,
      gapWorkers,
      premium,
      remainingMonths,
      gapCost: gapWorkers === null ? null : gapWorkers * premium * remainingMonths,
      gapCostFullYear: gapWorkers === null ? null : gapWorkers * premium * 12,
    },
    national: { ...NATIONAL_UCJ },
    byDistrict,
    byVillage,
    programs,
    bySource,
    byOccupation: [...byOccupation.entries()]
      .map(([occupation, v]) => ({ occupation, programCovered: v.program, pipeline: v.workers - v.covered }))
      .sort((a, b) => b.programCovered + b.pipeline - (a.programCovered + a.pipeline))
      .slice(0, 40),
    trend,
    pipeline: {
      workers: pipelineWorkers,
      projectedCovered: covered + pipelineWorkers,
      projectedPercent: pct(covered + pipelineWorkers, workforceTotal),
    },
    dataQuality: {
      importedBatches: quality.batches,
      rejectedRows: quality.rejected,
      warningRows: quality.warnings,
      doubleFunded: quality.double_funded,
      puWarnings: quality.pu_warnings,
      notRegistered: memberList ? picture.notRegistered : null,
      bpjsListAsOf: memberList?.as_of ?? null,
    },
    findings: [],
  };
  report.findings = findings(report);
  return report;
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
  if (r.pipeline.workers > 0) {
    out.push(
      `${formatNumber(r.pipeline.workers)} pekerja sudah tercatat di Cakap tetapi belum terlindungi${r.pipeline.projectedPercent !== null ? `; bila semuanya didaftarkan, cakupan naik menjadi ${formatPercent(r.pipeline.projectedPercent)}` : ''}.`,
    );
  }
  return out.slice(0, 5);
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
