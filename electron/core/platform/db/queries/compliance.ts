import type { Db } from '../open';

/** Employer and project lists, the matches between them, the review list, and the follow-up of cases. */

export interface EmployerRecord {
  id: number;
  batch_id: number;
  kind: 'oss' | 'wlkp' | 'bpjs_employers';
  sheet: string;
  row: number;
  identity: string;
  fingerprint: string;
  name: string;
  name_key: string;
  nib: string | null;
  npwp: string | null;
  npp: string | null;
  kbli: string | null;
  field: string | null;
  scale: 'mikro' | 'kecil' | 'menengah' | 'besar' | null;
  capital: number | null;
  district_code: string | null;
  village_code: string | null;
  address: string | null;
  workers: number | null;
  programs: string | null;
  status: string | null;
  active: number;
  arrears: number;
  arrears_months: number | null;
  arrears_amount: number | null;
  registered_date: string | null;
  report_year: number | null;
  as_of: string;
  cells: string;
}

export interface ProjectRecord {
  id: number;
  batch_id: number;
  kind: 'packages' | 'bpjs_projects';
  sheet: string;
  row: number;
  identity: string;
  fingerprint: string;
  package: string;
  package_key: string;
  opd: string | null;
  contractor: string | null;
  contractor_key: string | null;
  contractor_npwp: string | null;
  contract_number: string | null;
  contract_key: string | null;
  contract_date: string | null;
  start_date: string | null;
  end_date: string | null;
  value: number | null;
  funding: string | null;
  funding_kind: string | null;
  year: number | null;
  district_code: string | null;
  village_code: string | null;
  location: string | null;
  workers: number | null;
  procurement: string | null;
  registration_number: string | null;
  registered_date: string | null;
  contribution: number | null;
  status: string | null;
  as_of: string;
  cells: string;
}

export type NewEmployerRecord = Omit<EmployerRecord, 'id' | 'batch_id'>;
export type NewProjectRecord = Omit<ProjectRecord, 'id' | 'batch_id'>;

export type Domain = 'business' | 'employer' | 'project';

export interface LinkRow {
  domain: Domain;
  left_key: string;
  right_key: string;
  method: string;
  score: number;
}

export interface ReviewRowDb {
  id: number;
  domain: Domain;
  left_key: string;
  right_key: string;
  score: number;
  reason: string;
  decision: 'confirmed' | 'rejected' | null;
  decided_by: string | null;
  decided_at: string | null;
  note: string | null;
}

export interface CaseRow {
  id: number;
  subject: 'employer' | 'project';
  subject_key: string;
  name: string;
  opened_at: string;
  opened_status: string;
  closed_at: string | null;
  closed_reason: string | null;
  closed_batch: number | null;
}

export interface ActionRow {
  id: number;
  case_id: number;
  action: string;
  on_date: string;
  recorded_at: string;
  actor: string;
  letter_number: string | null;
  note: string | null;
}

const EMPLOYER_COLUMNS = [
  'kind', 'sheet', 'row', 'identity', 'fingerprint', 'name', 'name_key', 'nib', 'npwp', 'npp', 'kbli', 'field', 'scale', 'capital',
  'district_code', 'village_code', 'address', 'workers', 'programs', 'status', 'active', 'arrears', 'arrears_months', 'arrears_amount',
  'registered_date', 'report_year', 'as_of', 'cells',
] as const;
const PROJECT_COLUMNS = [
  'kind', 'sheet', 'row', 'identity', 'fingerprint', 'package', 'package_key', 'opd', 'contractor', 'contractor_key', 'contractor_npwp',
  'contract_number', 'contract_key', 'contract_date', 'start_date', 'end_date', 'value', 'funding', 'funding_kind', 'year', 'district_code',
  'village_code', 'location', 'workers', 'procurement', 'registration_number', 'registered_date', 'contribution', 'status', 'as_of', 'cells',
] as const;

const insertSql = (table: string, columns: readonly string[]) =>
  `INSERT INTO ${table} (batch_id, ${columns.join(', ')}) VALUES (@batch_id, ${columns.map((c) => `@${c}`).join(', ')})`;

export function complianceQueries(db: Db) {
  const insertEmployer = db.prepare(insertSql('employer_records', EMPLOYER_COLUMNS));
  const insertProject = db.prepare(insertSql('project_records', PROJECT_COLUMNS));
  // Records of lists still in force (not undone), oldest batch first: a later list's row wins. Without
  // the original cells (the evidence view reads those one entry at a time): a tenth of the bytes.
  const employerRecords = db.prepare<[], EmployerRecord>(
    `SELECT ${['id', 'batch_id', ...EMPLOYER_COLUMNS.filter((c) => c !== 'cells')].map((c) => `r.${c}`).join(', ')}, '' AS cells
     FROM employer_records r JOIN import_batches b ON b.id = r.batch_id WHERE b.undone_at IS NULL ORDER BY r.batch_id, r.id`,
  );
  const projectRecords = db.prepare<[], ProjectRecord>(
    `SELECT ${['id', 'batch_id', ...PROJECT_COLUMNS.filter((c) => c !== 'cells')].map((c) => `r.${c}`).join(', ')}, '' AS cells
     FROM project_records r JOIN import_batches b ON b.id = r.batch_id WHERE b.undone_at IS NULL ORDER BY r.batch_id, r.id`,
  );
  const employerFingerprints = db.prepare<[string], { identity: string; fingerprint: string }>(
    `SELECT r.identity, r.fingerprint FROM employer_records r JOIN import_batches b ON b.id = r.batch_id WHERE b.undone_at IS NULL AND r.kind = ?`,
  );
  const projectFingerprints = db.prepare<[string], { identity: string; fingerprint: string }>(
    `SELECT r.identity, r.fingerprint FROM project_records r JOIN import_batches b ON b.id = r.batch_id WHERE b.undone_at IS NULL AND r.kind = ?`,
  );
  const employerRecordsOf = db.prepare<[string, string], EmployerRecord>(
    `SELECT r.* FROM employer_records r JOIN import_batches b ON b.id = r.batch_id WHERE b.undone_at IS NULL AND r.kind = ? AND r.identity = ? ORDER BY r.batch_id, r.id`,
  );
  const projectRecordsOf = db.prepare<[string, string], ProjectRecord>(
    `SELECT r.* FROM project_records r JOIN import_batches b ON b.id = r.batch_id WHERE b.undone_at IS NULL AND r.kind = ? AND r.identity = ? ORDER BY r.batch_id, r.id`,
  );
  const deleteEmployersOfBatch = db.prepare<[number]>('DELETE FROM employer_records WHERE batch_id = ?');
  const deleteProjectsOfBatch = db.prepare<[number]>('DELETE FROM project_records WHERE batch_id = ?');
  const listInfo = db.prepare<[], { kind: string; batches: number; rows: number; latest: string }>(
    `SELECT kind, COUNT(DISTINCT batch_id) AS batches, COUNT(*) AS rows, MAX(as_of) AS latest FROM (
       SELECT r.kind, r.batch_id, r.as_of FROM employer_records r JOIN import_batches b ON b.id = r.batch_id WHERE b.undone_at IS NULL
       UNION ALL
       SELECT r.kind, r.batch_id, r.as_of FROM project_records r JOIN import_batches b ON b.id = r.batch_id WHERE b.undone_at IS NULL
     ) GROUP BY kind`,
  );
  const opds = db.prepare<[], { opd: string }>(
    `SELECT DISTINCT r.opd FROM project_records r JOIN import_batches b ON b.id = r.batch_id WHERE b.undone_at IS NULL AND r.opd IS NOT NULL AND r.kind = 'packages' ORDER BY r.opd COLLATE NOCASE`,
  );

  const deleteLinks = db.prepare<[string]>('DELETE FROM compliance_links WHERE domain = ?');
  const insertLink = db.prepare('INSERT OR REPLACE INTO compliance_links (domain, left_key, right_key, method, score) VALUES (@domain, @left_key, @right_key, @method, @score)');
  const links = db.prepare<[], LinkRow>('SELECT * FROM compliance_links');

  const deleteOpenReviews = db.prepare<[string]>('DELETE FROM compliance_reviews WHERE domain = ? AND decision IS NULL');
  const insertReview = db.prepare(
    `INSERT INTO compliance_reviews (domain, left_key, right_key, score, reason) VALUES (@domain, @left_key, @right_key, @score, @reason)
     ON CONFLICT (domain, left_key, right_key) DO NOTHING`,
  );
  const decisions = db.prepare<[], ReviewRowDb>('SELECT * FROM compliance_reviews WHERE decision IS NOT NULL');
  const reviewById = db.prepare<[number], ReviewRowDb>('SELECT * FROM compliance_reviews WHERE id = ?');
  const reviewsPage = db.prepare<[number, string | null, string | null, number, number], ReviewRowDb>(
    `SELECT * FROM compliance_reviews WHERE (decision IS NULL) = (? = 1) AND (? IS NULL OR domain = ?)
     ORDER BY CASE WHEN decision IS NULL THEN score END DESC, decided_at DESC, id LIMIT ? OFFSET ?`,
  );
  const reviewsCount = db.prepare<[number, string | null, string | null], { n: number }>(
    'SELECT COUNT(*) AS n FROM compliance_reviews WHERE (decision IS NULL) = (? = 1) AND (? IS NULL OR domain = ?)',
  );
  const reviewsOfKeys = db.prepare<[string, string], ReviewRowDb>('SELECT * FROM compliance_reviews WHERE left_key = ? OR right_key = ? ORDER BY score DESC');
  const openReviewCount = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM compliance_reviews WHERE decision IS NULL AND domain = ?');
  const decide = db.prepare<[string, string, string, string | null, number]>('UPDATE compliance_reviews SET decision = ?, decided_by = ?, decided_at = ?, note = ? WHERE id = ?');

  const openCase = db.prepare<[string, string], CaseRow>('SELECT * FROM compliance_cases WHERE subject = ? AND subject_key = ? AND closed_at IS NULL');
  const latestCase = db.prepare<[string, string], CaseRow>('SELECT * FROM compliance_cases WHERE subject = ? AND subject_key = ? ORDER BY id DESC LIMIT 1');
  const openCases = db.prepare<[], CaseRow>('SELECT * FROM compliance_cases WHERE closed_at IS NULL');
  const insertCase = db.prepare(
    'INSERT INTO compliance_cases (subject, subject_key, name, opened_at, opened_status) VALUES (@subject, @subject_key, @name, @opened_at, @opened_status)',
  );
  const closeCase = db.prepare<[string, string, number | null, number]>('UPDATE compliance_cases SET closed_at = ?, closed_reason = ?, closed_batch = ? WHERE id = ?');
  const reopenOfBatch = db.prepare<[number], CaseRow>('SELECT * FROM compliance_cases WHERE closed_batch = ?');
  const reopen = db.prepare<[number]>('UPDATE compliance_cases SET closed_at = NULL, closed_reason = NULL, closed_batch = NULL WHERE id = ?');
  const insertAction = db.prepare(
    `INSERT INTO compliance_actions (case_id, action, on_date, recorded_at, actor, letter_number, note)
     VALUES (@case_id, @action, @on_date, @recorded_at, @actor, @letter_number, @note)`,
  );
  const actionsOf = db.prepare<[number], ActionRow>('SELECT * FROM compliance_actions WHERE case_id = ? ORDER BY on_date, id');
  const lastActions = db.prepare<[], ActionRow & { subject: string; subject_key: string; closed_at: string | null }>(
    `SELECT a.*, c.subject, c.subject_key, c.closed_at FROM compliance_actions a JOIN compliance_cases c ON c.id = a.case_id
     WHERE a.id IN (SELECT MAX(a2.id) FROM compliance_actions a2 JOIN compliance_cases c2 ON c2.id = a2.case_id WHERE c2.closed_at IS NULL GROUP BY a2.case_id)`,
  );
  const lettersInYear = db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM compliance_actions WHERE action = 'letter' AND substr(on_date, 1, 4) = ?");

  return {
    insertEmployer: (batchId: number, record: NewEmployerRecord) => insertEmployer.run({ batch_id: batchId, ...record }),
    insertProject: (batchId: number, record: NewProjectRecord) => insertProject.run({ batch_id: batchId, ...record }),
    /** Every row of the lists in force, without its original cells. */
    employerRecords: () => employerRecords.all(),
    projectRecords: () => projectRecords.all(),
    employerRecordsOf: (kind: string, identity: string) => employerRecordsOf.all(kind, identity),
    projectRecordsOf: (kind: string, identity: string) => projectRecordsOf.all(kind, identity),
    /** identity -> the fingerprints of its rows in lists still in force. */
    fingerprints(family: 'employers' | 'projects', kind: string): Map<string, Set<string>> {
      const map = new Map<string, Set<string>>();
      for (const r of (family === 'employers' ? employerFingerprints : projectFingerprints).all(kind)) {
        const set = map.get(r.identity) ?? new Set<string>();
        set.add(r.fingerprint);
        map.set(r.identity, set);
      }
      return map;
    },
    deleteOfBatch(batchId: number): number {
      return deleteEmployersOfBatch.run(batchId).changes + deleteProjectsOfBatch.run(batchId).changes;
    },
    listInfo: () => listInfo.all(),
    opds: () => opds.all().map((r) => r.opd),
    replaceLinks(domain: Domain, rows: readonly Omit<LinkRow, 'domain'>[]): void {
      deleteLinks.run(domain);
      for (const row of rows) insertLink.run({ domain, ...row });
    },
    links: () => links.all(),
    replaceOpenReviews(domain: Domain, rows: readonly { left_key: string; right_key: string; score: number; reason: string }[]): void {
      deleteOpenReviews.run(domain);
      for (const row of rows) insertReview.run({ domain, ...row });
    },
    decisions: () => decisions.all(),
    review: (id: number) => reviewById.get(id),
    reviews: (open: boolean, domain: string | null, limit: number, offset: number) => reviewsPage.all(open ? 1 : 0, domain, domain, limit, offset),
    reviewCount: (open: boolean, domain: string | null) => reviewsCount.get(open ? 1 : 0, domain, domain)!.n,
    openReviewCount: (domain: Domain) => openReviewCount.get(domain)!.n,
    reviewsOf: (key: string) => reviewsOfKeys.all(key, key),
    decide: (id: number, decision: 'confirmed' | 'rejected', actor: string, at: string, note: string | null) => decide.run(decision, actor, at, note, id),
    openCase: (subject: string, key: string) => openCase.get(subject, key),
    latestCase: (subject: string, key: string) => latestCase.get(subject, key),
    openCases: () => openCases.all(),
    insertCase: (row: Omit<CaseRow, 'id' | 'closed_at' | 'closed_reason' | 'closed_batch'>) => Number(insertCase.run(row).lastInsertRowid),
    closeCase: (id: number, at: string, reason: string, batchId: number | null) => closeCase.run(at, reason, batchId, id),
    casesClosedBy: (batchId: number) => reopenOfBatch.all(batchId),
    reopenCase: (id: number) => reopen.run(id),
    insertAction: (row: Omit<ActionRow, 'id'>) => Number(insertAction.run(row).lastInsertRowid),
    actionsOf: (caseId: number) => actionsOf.all(caseId),
    /** The latest action of each open case. */
    lastActions: () => lastActions.all(),
    lettersInYear: (year: string) => lettersInYear.get(year)!.n,
  };
}
