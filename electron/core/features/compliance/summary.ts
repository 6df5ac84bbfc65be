import type { ComplianceSummary } from '../../../../shared/contract/compliance';
import { EMPLOYER_STATUSES, FUNDING_KIND_LABELS, SCALES, type EmployerStatus } from '../../../../shared/domain/compliance';
import { formatNumber } from '../../../../shared/domain/format';
import type { Store } from '../../platform/db/store';
import { readSettings } from '../settings/settings';
import { complianceState, isEmployerCase, type ComplianceState } from './state';

/**
 * The compliance figures of the leadership report, the Dasbor, the Kepatuhan page and
 * `compliance --json`, all from one computed state.
 */

/** The working population of the year (or the latest year before it): kecamatan figures summed, else the regency's. */
export function workforceOfYear(store: Store, year: number): number | null {
  const usable = store.workforce.years().filter((y) => y <= year).at(-1);
  if (usable === undefined) return null;
  const districts = new Set(store.regions.byLevel('district').map((d) => d.code));
  const rows = store.workforce.byYear(usable);
  const perDistrict = rows.filter((r) => districts.has(r.area_code));
  if (perDistrict.length > 0) return perDistrict.reduce((n, r) => n + r.count, 0);
  const regencyCode = readSettings(store).regencyCode;
  const regency = rows.find((r) => r.area_code === regencyCode);
  return regency?.count ?? null;
}

const zeroStatuses = (): Record<EmployerStatus, number> => Object.fromEntries(EMPLOYER_STATUSES.map((s) => [s, 0])) as Record<EmployerStatus, number>;

export function complianceSummary(store: Store, asOf: string): ComplianceSummary {
  return summarize(store, complianceState(store, asOf));
}

export function summarize(store: Store, state: ComplianceState): ComplianceSummary {
  const { rules } = state;
  const byStatus = zeroStatuses();
  const scales = new Map<string, Record<EmployerStatus, number> & { total: number; uncoveredWorkers: number }>();
  let reported = 0;
  let registered = 0;
  let uncovered = 0;
  for (const e of state.employers) {
    byStatus[e.status]++;
    const scale = e.scale ?? 'unknown';
    const row = scales.get(scale) ?? { ...zeroStatuses(), total: 0, uncoveredWorkers: 0 };
    row[e.status]++;
    row.total++;
    row.uncoveredWorkers += e.uncoveredWorkers;
    scales.set(scale, row);
    reported += e.reportedWorkers ?? 0;
    registered += e.registeredWorkers ?? 0;
    uncovered += e.uncoveredWorkers;
  }

  const p = { total: 0, registered: 0, late: 0, unregistered: 0, pending: 0, valueMismatch: 0, contractValue: 0, unregisteredValue: 0, due: 0, dueJkk: 0, dueJkm: 0, workers: 0, estimated: 0 };
  const opds = new Map<string, ComplianceSummary['projects']['byOpd'][number]>();
  const fundings = new Map<string, ComplianceSummary['projects']['byFunding'][number]>();
  for (const project of state.projects) {
    const value = project.pkg.value ?? 0;
    p.total++;
    p[project.status]++;
    if (project.valueMismatch) p.valueMismatch++;
    p.contractValue += value;
    if (project.status === 'unregistered') p.unregisteredValue += value;
    p.due += project.due.total;
    p.dueJkk += project.due.jkk;
    p.dueJkm += project.due.jkm;
    if (project.status === 'unregistered' && project.active) {
      p.workers += project.workers;
      if (project.workersEstimated) p.estimated += project.workers;
    }
    const opdName = project.pkg.opd ?? 'OPD tidak disebut';
    const opd = opds.get(opdName) ?? { opd: opdName, total: 0, registered: 0, late: 0, unregistered: 0, pending: 0, value: 0, unregisteredValue: 0, contributionsDue: 0 };
    opd.total++;
    opd[project.status]++;
    opd.value += value;
    if (project.status === 'unregistered') opd.unregisteredValue += value;
    opd.contributionsDue += project.due.total;
    opds.set(opdName, opd);
    const fundingKind = project.fundingKind ?? 'unknown';
    const funding = fundings.get(fundingKind) ?? { fundingKind, label: project.fundingKind ? FUNDING_KIND_LABELS[project.fundingKind] : 'Tidak disebut', total: 0, unregistered: 0, value: 0, unregisteredValue: 0 };
    funding.total++;
    funding.value += value;
    if (project.status === 'unregistered') {
      funding.unregistered++;
      funding.unregisteredValue += value;
    }
    fundings.set(fundingKind, funding);
  }

  const districtNames = new Map(store.regions.byLevel('district').map((d) => [d.code, d.name]));
  const districts = new Map<string | null, ComplianceSummary['byDistrict'][number]>();
  const district = (code: string | null) => {
    let row = districts.get(code);
    if (!row) {
      row = { code, name: code ? (districtNames.get(code) ?? code) : 'Kecamatan tidak diketahui', uncoveredWageWorkers: 0, unregisteredProjectWorkers: 0, employersNonCompliant: 0, projectsUnregistered: 0 };
      districts.set(code, row);
    }
    return row;
  };
  for (const code of districtNames.keys()) district(code);
  for (const e of state.employers) {
    if (!isEmployerCase(e)) continue;
    const row = district(e.districtCode);
    row.uncoveredWageWorkers += e.uncoveredWorkers;
    row.employersNonCompliant++;
  }
  for (const project of state.projects) {
    if (project.status !== 'unregistered') continue;
    const row = district(project.pkg.district_code);
    row.projectsUnregistered++;
    if (project.active) row.unregisteredProjectWorkers += project.workers;
  }
  const byDistrict = [...districts.values()].filter((d) => d.code !== null || d.employersNonCompliant + d.projectsUnregistered > 0);

  const workforce = workforceOfYear(store, Number(state.asOf.slice(0, 4)));
  const gapWorkers = uncovered + p.workers;
  const info = new Map(store.compliance.listInfo().map((l) => [l.kind, { batches: l.batches, rows: l.rows, latestAsOf: l.latest || null }]));
  const notes: string[] = [];
  if (state.unknownHolidayYears.length > 0) {
    notes.push(`Hari libur tahun ${state.unknownHolidayYears.join(', ')} belum tercatat di Cakap: batas waktu pendaftaran proyek pada tahun itu dihitung tanpa hari libur. Tambahkan di Pengaturan › Aturan kepatuhan.`);
  }
  if (p.estimated > 0) {
    notes.push(
      `${formatNumber(p.estimated)} dari ${formatNumber(p.workers)} pekerja proyek belum terdaftar diperkirakan dari nilai kontrak (${rules.workerEstimate.labourSharePercent} % nilai kontrak untuk upah, Rp ${formatNumber(rules.workerEstimate.monthlyWage)} per pekerja per bulan), karena daftarnya tidak memuat jumlah pekerja.`,
    );
  }
  if (state.bpjsOnly > 0) notes.push(`${formatNumber(state.bpjsOnly)} pemberi kerja terdaftar di BPJS tidak ada di daftar izin usaha maupun WLKP.`);
  return {
    asOf: state.asOf,
    lists: {
      oss: info.get('oss') ?? null,
      wlkp: info.get('wlkp') ?? null,
      bpjs_employers: info.get('bpjs_employers') ?? null,
      packages: info.get('packages') ?? null,
      bpjs_projects: info.get('bpjs_projects') ?? null,
    },
    employers: {
      total: state.employers.length,
      byStatus,
      byScale: [...SCALES, 'unknown' as const].filter((s) => scales.has(s)).map((scale) => ({ scale, ...scales.get(scale)! })),
      reportedWorkers: reported,
      registeredWorkers: registered,
      uncoveredWageWorkers: uncovered,
      bpjsOnly: state.bpjsOnly,
      reviewPending: store.compliance.openReviewCount('employer') + store.compliance.openReviewCount('business'),
    },
    projects: {
      total: p.total,
      registered: p.registered,
      late: p.late,
      unregistered: p.unregistered,
      pending: p.pending,
      valueMismatch: p.valueMismatch,
      contractValue: p.contractValue,
      unregisteredValue: p.unregisteredValue,
      contributionsDue: p.due,
      contributionsDueJkk: p.dueJkk,
      contributionsDueJkm: p.dueJkm,
      unregisteredWorkers: p.workers,
      unregisteredWorkersEstimated: p.estimated,
      byOpd: [...opds.values()].sort((a, b) => b.unregisteredValue - a.unregisteredValue || b.value - a.value || a.opd.localeCompare(b.opd, 'id')),
      byFunding: [...fundings.values()].sort((a, b) => b.value - a.value),
      reviewPending: store.compliance.openReviewCount('project'),
    },
    gap: {
      uncoveredWageWorkers: uncovered,
      unregisteredProjectWorkers: p.workers,
      workers: gapWorkers,
      workforce,
      points: workforce ? Math.round((gapWorkers / workforce) * 10_000) / 100 : null,
      apbdCost: 0,
    },
    byDistrict,
    openCases: store.compliance.openCases().length,
    notes,
    regulations: [
      { rule: 'Program wajib per skala usaha', regulation: `${rules.programs.regulation.name}, ${rules.programs.regulation.article}` },
      { rule: 'Skala usaha dari modal usaha', regulation: `${rules.scaleByCapital.regulation.name}, ${rules.scaleByCapital.regulation.article}` },
      { rule: 'JKP', regulation: `${rules.programs.jkp.name}, ${rules.programs.jkp.article}` },
      { rule: 'Menunggak', regulation: `${rules.arrears.regulation.name}, ${rules.arrears.regulation.article}` },
      { rule: 'Batas waktu pendaftaran proyek', regulation: `${rules.deadline.regulation.name}, ${rules.deadline.regulation.article}` },
      { rule: 'Iuran Jakon dari nilai kontrak', regulation: `${rules.jakon.regulation.name}, ${rules.jakon.regulation.article}` },
      { rule: 'Kewajiban mendaftar dan sanksinya', regulation: `${rules.registration.regulation.name}, ${rules.registration.regulation.article}` },
    ],
  };
}
