import type { CoverageReport } from '../../../shared/contract/report';
import { workersForPercent } from '../../../shared/domain/coverage';
import { formatMonth, formatNumber, formatPercent, formatRupiah } from '../../../shared/domain/format';
import { monthsBetween } from '../../../shared/domain/months';
import { NATIONAL_UCJ } from '../../../shared/domain/national';
import { DEFAULT_PREMIUM, FUNDING_SOURCE_LABELS, type FundingSource } from '../../../shared/domain/programs';
import type { Store } from '../db/store';
import { invalidInput } from '../errors';
import { complianceSummary } from '../compliance/summary';
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

  // Worker-level picture of the month.
  const memberList = store.coverage.memberListAtOrBefore(asOf) ?? null;
  store.coverage.prepareMonth(month, memberList?.batch_id ?? null);
  type Counts = { workers: number; covered: number; program: number };
  const villageCounts = store.coverage.byVillage();
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
  if (villageCounts.some((v) => v.code === null)) {
    for (const d of store.coverage.byDistrictWithoutVillage()) if (d.code) addTo(byDistrictWorkers, d.code, d);
  }
  const byOccupation = new Map<string, Counts>();
  for (const o of store.coverage.byOccupation()) addTo(byOccupation, o.code ?? 'Tidak diisi', o);
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
  const activeByProgram = store.coverage.activeByProgram(month);
  const programs = store.programs.all().map((row) => {
    const p = describeProgram(store, row, now);
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
      activeBeneficiaries: activeByProgram.get(p.id) ?? 0,
      moreWorkersFundable: p.moreWorkersFundable,
      status: p.status,
    };
  });
  const sources = [...new Set(programs.map((p) => p.source))];
  const bySource = sources
    .map((source) => {
      const own = programs.filter((p) => p.source === source);
      // One program: its active count is the source's; several may share workers, so count them distinct.
      const activeWorkers = own.length === 1 ? own[0]!.activeBeneficiaries : store.coverage.activeWorkersOfPrograms(month, own.map((p) => p.id));
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

  const quality = store.coverage.quality();
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
      notRegistered: memberList ? store.coverage.notRegistered() : null,
      bpjsListAsOf: memberList?.as_of ?? null,
    },
    compliance: store.compliance.listInfo().length > 0 ? complianceSummary(store, asOf) : null,
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
  return out.slice(0, 5);
}

