import type { ComplianceRules, LetterFilter } from '../../../../shared/contract/compliance';
import {
  addWorkingDays,
  jakonContribution,
  workingDaysBetween,
  type EmployerStatus,
  type FundingKind,
  type ProgramCode,
  type ProjectStatus,
  type Scale,
} from '../../../../shared/domain/compliance';
import type { EmployerRecord, LinkRow, ProjectRecord } from '../../platform/db/queries/compliance';
import { dataCache } from '../../platform/db/cache';
import type { Store } from '../../platform/db/store';
import { entryKey, latestEmployers, latestProjects } from './match';
import { readRules, rulesCalendar } from './rules';

/**
 * Where every employer and construction project stands on a date: which lists it is on, matched how,
 * its status in BPJS's own terms, the workers it leaves uncovered, and for a project its deadline,
 * registration and the contributions due. Computed from the stored rows and links; cached until the
 * data, the decisions or the rules change.
 */

export interface EmployerState {
  key: string;
  name: string;
  oss: EmployerRecord | null;
  wlkp: EmployerRecord | null;
  bpjs: EmployerRecord | null;
  /** How the BPJS row was tied to the business ("nib", "npwp", "name", "confirmed"), and the licence to the WLKP report. */
  bpjsMatch: string | null;
  wlkpMatch: string | null;
  districtCode: string | null;
  scale: Scale | null;
  reportedWorkers: number | null;
  reportedFrom: 'wlkp' | 'oss' | null;
  registeredWorkers: number | null;
  requiredPrograms: ProgramCode[];
  missingPrograms: ProgramCode[];
  status: EmployerStatus;
  flags: EmployerStatus[];
  uncoveredWorkers: number;
}

export interface ProjectState {
  key: string;
  pkg: ProjectRecord;
  registration: ProjectRecord | null;
  registrationMatch: string | null;
  deadline: string | null;
  /** The holidays of the years the deadline spans are known (else only weekends were skipped). */
  deadlineExact: boolean;
  status: ProjectStatus;
  lateDays: number | null;
  valueMismatch: boolean;
  contribution: { jkk: number; jkm: number; total: number } | null;
  /** JKK + JKM still due: all of it when unregistered, the unregistered part of the value when registered for less. */
  due: { jkk: number; jkm: number; total: number };
  workers: number;
  workersEstimated: boolean;
  /** Work under way on the date: its workers would count as active participants. */
  active: boolean;
  fundingKind: FundingKind | null;
}

export interface ComplianceState {
  asOf: string;
  rules: ComplianceRules;
  employers: EmployerState[];
  projects: ProjectState[];
  /** Registered employers the BPJS list has and no licence or WLKP list does (not judged). */
  bpjsOnly: number;
  /** Years whose holidays a deadline needed but Cakap does not know. */
  unknownHolidayYears: number[];
}

const cache = dataCache<ComplianceState>(4);

/** The state at a date, computed once per data version (any import, undo, decision or rule change alters it). */
export function complianceState(store: Store, asOf: string): ComplianceState {
  return cache(store, asOf, () => computeState(store, asOf));
}

export function computeState(store: Store, asOf: string): ComplianceState {
  const rules = readRules(store);
  const calendar = rulesCalendar(rules);
  const links = store.compliance.links();
  const linkOf = (domain: LinkRow['domain']) => new Map(links.filter((l) => l.domain === domain).map((l) => [l.left_key, l]));
  const businessLinks = linkOf('business');
  const employerLinks = linkOf('employer');
  const projectLinks = linkOf('project');

  const employers = latestEmployers(store.compliance.employerRecords().filter((r) => r.as_of <= asOf));
  const reportsJkp = [...employers.values()].some((r) => r.kind === 'bpjs_employers' && (r.programs ?? '').includes('JKP'));
  const usedWlkp = new Set<string>();
  const usedBpjs = new Set<string>();
  const states: EmployerState[] = [];
  const build = (key: string, oss: EmployerRecord | null, wlkp: EmployerRecord | null, wlkpMatch: string | null) => {
    const link = employerLinks.get(key);
    const bpjs = link ? (employers.get(link.right_key) ?? null) : null;
    if (bpjs) usedBpjs.add(link!.right_key);
    states.push(classifyEmployer(key, oss, wlkp, bpjs, bpjs ? link!.method : null, wlkpMatch, rules, reportsJkp));
  };
  for (const [key, r] of employers) {
    if (r.kind !== 'oss') continue;
    const link = businessLinks.get(key);
    const wlkp = link ? (employers.get(link.right_key) ?? null) : null;
    if (wlkp) usedWlkp.add(link!.right_key);
    build(key, r, wlkp, wlkp ? link!.method : null);
  }
  for (const [key, r] of employers) if (r.kind === 'wlkp' && !usedWlkp.has(key)) build(key, null, r, null);
  let bpjsOnly = 0;
  for (const [key, r] of employers) {
    if (r.kind !== 'bpjs_employers' || usedBpjs.has(key)) continue;
    bpjsOnly++;
    // Not on any licence or WLKP list: judged on what BPJS says (programs, arrears); a closed one is not a case.
    if (r.active) states.push(classifyEmployer(key, null, null, r, null, null, rules, reportsJkp));
  }

  // A registration counts from its own date: a later BPJS list showing a March registration is evidence for June.
  const projectRecords = latestProjects(store.compliance.projectRecords().filter((r) => (r.kind === 'bpjs_projects' && r.registered_date ? r.registered_date : r.as_of) <= asOf));
  const unknownYears = new Set<number>();
  const projects: ProjectState[] = [];
  for (const [key, pkg] of projectRecords) {
    if (pkg.kind !== 'packages') continue;
    const link = projectLinks.get(key);
    const found = link ? (projectRecords.get(link.right_key) ?? null) : null;
    // A registration dated after the report date did not exist yet on that date.
    const registration = found && (found.registered_date === null || found.registered_date <= asOf) ? found : null;
    projects.push(classifyProject(key, pkg, registration, registration ? link!.method : null, rules, asOf, calendar, unknownYears));
  }
  employersSort(states);
  projects.sort((a, b) => (b.pkg.value ?? 0) - (a.pkg.value ?? 0) || a.pkg.package.localeCompare(b.pkg.package, 'id'));
  return { asOf, rules, employers: states, projects, bpjsOnly, unknownHolidayYears: [...unknownYears].sort() };
}

const STATUS_ORDER: Record<EmployerStatus, number> = { pwbd: 0, pdsWorkers: 1, pdsProgram: 2, arrears: 3, compliant: 4, noWorkers: 5 };

function employersSort(states: EmployerState[]): void {
  states.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.uncoveredWorkers - a.uncoveredWorkers || a.name.localeCompare(b.name, 'id'));
}

function classifyEmployer(
  key: string,
  oss: EmployerRecord | null,
  wlkp: EmployerRecord | null,
  bpjs: EmployerRecord | null,
  bpjsMatch: string | null,
  wlkpMatch: string | null,
  rules: ComplianceRules,
  reportsJkp: boolean,
): EmployerState {
  const anchor = oss ?? wlkp ?? bpjs!;
  const reportedFrom = wlkp?.workers !== null && wlkp?.workers !== undefined ? 'wlkp' : oss?.workers !== null && oss?.workers !== undefined ? 'oss' : null;
  const reportedWorkers = reportedFrom === 'wlkp' ? wlkp!.workers : reportedFrom === 'oss' ? oss!.workers : null;
  const scale = oss?.scale ?? wlkp?.scale ?? bpjs?.scale ?? null;
  const required = [...rules.programs[scale ?? 'unknown']] as ProgramCode[];
  if (reportsJkp && scale && !required.includes('JKP')) required.push('JKP');
  const flags: EmployerStatus[] = [];
  let registeredWorkers: number | null = null;
  let missingPrograms: ProgramCode[] = [];
  let uncovered = 0;
  const onBusinessList = oss !== null || wlkp !== null;
  if (!bpjs || !bpjs.active) {
    if (onBusinessList && reportedWorkers === 0) flags.push('noWorkers');
    else {
      flags.push('pwbd');
      uncovered = reportedWorkers ?? 0;
      registeredWorkers = bpjs ? 0 : null;
    }
  } else {
    registeredWorkers = bpjs.workers;
    if (reportedWorkers !== null && registeredWorkers !== null && registeredWorkers < reportedWorkers) {
      flags.push('pdsWorkers');
      uncovered = reportedWorkers - registeredWorkers;
    }
    if (bpjs.programs !== null) {
      const has = new Set(bpjs.programs.split(','));
      missingPrograms = required.filter((p) => !has.has(p));
      if (missingPrograms.length > 0) flags.push('pdsProgram');
    }
    if (bpjs.arrears) flags.push('arrears');
    if (flags.length === 0) flags.push('compliant');
  }
  return {
    key,
    name: anchor.name,
    oss,
    wlkp,
    bpjs,
    bpjsMatch,
    wlkpMatch,
    districtCode: oss?.district_code ?? wlkp?.district_code ?? bpjs?.district_code ?? null,
    scale,
    reportedWorkers,
    reportedFrom,
    registeredWorkers,
    requiredPrograms: required,
    missingPrograms,
    status: flags[0]!,
    flags,
    uncoveredWorkers: uncovered,
  };
}

function addMonthsIso(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

function monthsOf(from: string, to: string): number {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  return Math.max(1, Math.round(days / 30.4));
}

function classifyProject(
  key: string,
  pkg: ProjectRecord,
  registration: ProjectRecord | null,
  registrationMatch: string | null,
  rules: ComplianceRules,
  asOf: string,
  calendar: ReturnType<typeof rulesCalendar>,
  unknownYears: Set<number>,
): ProjectState {
  let deadline: string | null = null;
  let deadlineExact = true;
  if (pkg.contract_date) {
    deadline = addWorkingDays(pkg.contract_date, rules.deadline.workingDays, calendar.isHoliday);
    for (let y = Number(pkg.contract_date.slice(0, 4)); y <= Number(deadline.slice(0, 4)); y++) {
      if (!calendar.knows(y)) {
        deadlineExact = false;
        unknownYears.add(y);
      }
    }
  }
  let status: ProjectStatus;
  let lateDays: number | null = null;
  if (registration) {
    if (deadline && registration.registered_date && registration.registered_date > deadline) {
      status = 'late';
      lateDays = workingDaysBetween(deadline, registration.registered_date, calendar.isHoliday);
    } else status = 'registered';
  } else status = deadline && asOf <= deadline ? 'pending' : 'unregistered';

  const tolerance = rules.valueTolerancePercent / 100;
  const registeredValue = registration?.value ?? null;
  const valueMismatch = registeredValue !== null && pkg.value !== null && Math.abs(registeredValue - pkg.value) > tolerance * pkg.value;
  const contribution = pkg.value !== null ? jakonContribution(pkg.value, rules.jakon.tiers) : null;
  let due = { jkk: 0, jkm: 0, total: 0 };
  if (status === 'unregistered' && contribution) due = contribution;
  else if (registration && valueMismatch && registeredValue! < pkg.value! && contribution) {
    const paid = jakonContribution(registeredValue!, rules.jakon.tiers);
    due = { jkk: contribution.jkk - paid.jkk, jkm: contribution.jkm - paid.jkm, total: contribution.total - paid.total };
  }

  const start = pkg.start_date ?? pkg.contract_date;
  const end = pkg.end_date ?? registration?.end_date ?? (start ? addMonthsIso(start, rules.workerEstimate.defaultMonths) : null);
  const active = start !== null && end !== null ? start <= asOf && asOf <= end : pkg.year === Number(asOf.slice(0, 4));
  let workers = pkg.workers ?? registration?.workers ?? null;
  let workersEstimated = false;
  if (workers === null) {
    workersEstimated = true;
    const months = start && pkg.end_date ? monthsOf(start, pkg.end_date) : rules.workerEstimate.defaultMonths;
    workers = pkg.value ? Math.max(1, Math.ceil((pkg.value * rules.workerEstimate.labourSharePercent) / 100 / (rules.workerEstimate.monthlyWage * months))) : 0;
  }
  return {
    key,
    pkg,
    registration,
    registrationMatch,
    deadline,
    deadlineExact,
    status,
    lateDays,
    valueMismatch,
    contribution,
    due,
    workers,
    workersEstimated,
    active,
    fundingKind: (pkg.funding_kind as FundingKind | null) ?? null,
  };
}

/** Employers that are a case: not compliant, and with workers to judge. */
export function isEmployerCase(e: EmployerState): boolean {
  return e.status !== 'compliant' && e.status !== 'noWorkers';
}

/** Projects that are a case: unregistered past the deadline, or registered for less than the contract (contributions still due). */
export function isProjectCase(p: ProjectState): boolean {
  return p.status === 'unregistered' || p.due.total > 0;
}

/** Whether an open employer case fits the filter. */
function employerFits(e: EmployerState, filter: LetterFilter): boolean {
  if (filter.districtCode !== undefined && (filter.districtCode === 'none' ? e.districtCode !== null : e.districtCode !== filter.districtCode)) return false;
  if (filter.scale !== undefined && (e.scale ?? 'unknown') !== filter.scale) return false;
  if (filter.status === 'unregistered' || filter.status === 'underRegistered') return false;
  return filter.status === undefined || e.flags.includes(filter.status);
}

/** Whether an open project case fits the filter (a business scale leaves projects out). */
function projectFits(p: ProjectState, filter: LetterFilter): boolean {
  if (filter.scale !== undefined) return false;
  if (filter.districtCode !== undefined && (filter.districtCode === 'none' ? p.pkg.district_code !== null : p.pkg.district_code !== filter.districtCode)) return false;
  if (filter.status === undefined) return true;
  if (filter.status === 'unregistered') return p.status === 'unregistered';
  if (filter.status === 'underRegistered') return p.status !== 'unregistered';
  return false;
}

/** The open cases a batch of letters goes to, employers first, in the lists' order. */
export function openLetterCases(state: ComplianceState, filter: LetterFilter = {}): { employers: EmployerState[]; projects: ProjectState[] } {
  return {
    employers: state.employers.filter((e) => isEmployerCase(e) && employerFits(e, filter)),
    projects: state.projects.filter((p) => isProjectCase(p) && projectFits(p, filter)),
  };
}

export { entryKey };
