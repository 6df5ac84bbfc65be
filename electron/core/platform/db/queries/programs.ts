import type { Db } from '../open';

export interface ProgramRow {
  id: number;
  name: string;
  source: string;
  source_detail: string | null;
  year: number;
  budget: number;
  premium: number;
  benefits: string;
  period_from: string;
  period_to: string;
  quota: number | null;
  agency: string | null;
  min_age: number | null;
  max_age: number | null;
  domicile_required: number;
  occupations: string | null;
  /** 1: leave out occupations another scheme protects (shared/domain/otherSchemes.ts); 0: the program pays for them too. */
  exclude_other_schemes: number;
  status: 'active' | 'closed';
  created_at: string;
  updated_at: string;
}

export interface ProgramStats {
  beneficiaries: number;
  /** Σ enrolled months: the cost is this times the premium. */
  months: number;
}

export interface EnrollmentRow {
  id: number;
  worker_id: number;
  program_id: number;
  month_from: string;
  month_to: string;
  ended_reason: string | null;
  double_funding_reason: string | null;
  pu_warning: number;
}

/** Months from a to b inclusive, for "YYYY-MM" columns: the one place SQL counts months. */
export const MONTHS_SQL = (from: string, to: string) =>
  `((CAST(substr(${to}, 1, 4) AS INTEGER) * 12 + CAST(substr(${to}, 6, 2) AS INTEGER)) - (CAST(substr(${from}, 1, 4) AS INTEGER) * 12 + CAST(substr(${from}, 6, 2) AS INTEGER)) + 1)`;

const PROGRAM_COLUMNS =
  'name, source, source_detail, year, budget, premium, benefits, period_from, period_to, quota, agency, min_age, max_age, domicile_required, occupations, exclude_other_schemes';

export type ProgramData = Omit<ProgramRow, 'id' | 'status' | 'created_at' | 'updated_at'>;

/** Funding programs and their enrolments. */
export function programQueries(db: Db) {
  const all = db.prepare<[], ProgramRow>('SELECT * FROM programs ORDER BY year DESC, name');
  const byId = db.prepare<[number], ProgramRow>('SELECT * FROM programs WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO programs (${PROGRAM_COLUMNS}, status, created_at, updated_at)
     VALUES (@name, @source, @source_detail, @year, @budget, @premium, @benefits, @period_from, @period_to, @quota, @agency,
       @min_age, @max_age, @domicile_required, @occupations, @exclude_other_schemes, 'active', @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE programs SET ${PROGRAM_COLUMNS.split(', ')
      .map((c) => `${c} = @${c}`)
      .join(', ')}, updated_at = @now WHERE id = @id`,
  );
  const setStatus = db.prepare<[string, string, number]>('UPDATE programs SET status = ?, updated_at = ? WHERE id = ?');
  const remove = db.prepare<[number]>('DELETE FROM programs WHERE id = ?');
  const stats = db.prepare<[number], ProgramStats>(
    `SELECT COUNT(*) AS beneficiaries, COALESCE(SUM(${MONTHS_SQL('month_from', 'month_to')}), 0) AS months
     FROM enrollments WHERE program_id = ?`,
  );
  const enrollmentsOfWorker = db.prepare<[number], EnrollmentRow & { program_name: string; program_source: string; program_detail: string | null }>(
    `SELECT e.*, p.name AS program_name, p.source AS program_source, p.source_detail AS program_detail
     FROM enrollments e JOIN programs p ON p.id = e.program_id WHERE e.worker_id = ?`,
  );
  const insertEnrollment = db.prepare<[number, number, string, string, string | null, number, string, string, string]>(
    `INSERT INTO enrollments (worker_id, program_id, month_from, month_to, double_funding_reason, pu_warning, actor, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const enrollmentById = db.prepare<[number], EnrollmentRow>('SELECT * FROM enrollments WHERE id = ?');
  const endEnrollment = db.prepare<[string, string, string, number]>(
    'UPDATE enrollments SET month_to = ?, ended_reason = ?, updated_at = ? WHERE id = ?',
  );
  const enrolledIds = db.prepare<[number], { worker_id: number }>('SELECT worker_id FROM enrollments WHERE program_id = ?');

  return {
    all: () => all.all(),
    byId: (id: number) => byId.get(id),
    insert: (data: ProgramData, now: string) => Number(insert.run({ ...data, now }).lastInsertRowid),
    update: (id: number, data: ProgramData, now: string) => update.run({ ...data, id, now }),
    setStatus: (id: number, status: 'active' | 'closed', now: string) => setStatus.run(status, now, id),
    remove: (id: number) => remove.run(id),
    stats: (id: number) => stats.get(id)!,
    enrollmentsOfWorker: (workerId: number) => enrollmentsOfWorker.all(workerId),
    insertEnrollment: (
      workerId: number,
      programId: number,
      from: string,
      to: string,
      reason: string | null,
      puWarning: boolean,
      actor: string,
      now: string,
    ) => Number(insertEnrollment.run(workerId, programId, from, to, reason, puWarning ? 1 : 0, actor, now, now).lastInsertRowid),
    enrollmentById: (id: number) => enrollmentById.get(id),
    endEnrollment: (id: number, lastMonth: string, reason: string, now: string) => endEnrollment.run(lastMonth, reason, now, id),
    enrolledWorkerIds: (programId: number) => new Set(enrolledIds.all(programId).map((r) => r.worker_id)),

    listEnrollments(programId: number, search: string | undefined, offset: number, limit: number) {
      const clauses = ['e.program_id = ?'];
      const params: unknown[] = [programId];
      if (search?.trim()) {
        const text = search.trim();
        if (/^\d+$/.test(text)) {
          clauses.push('w.nik >= ? AND w.nik < ?');
          params.push(text, `${text}:`);
        } else {
          clauses.push("w.name LIKE ? ESCAPE '\\'");
          params.push(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        }
      }
      const where = clauses.join(' AND ');
      const rows = db
        .prepare<unknown[], EnrollmentRow & { nik: string; name: string; village_name: string | null; months: number }>(
          `SELECT e.*, w.nik, w.name, v.name AS village_name, ${MONTHS_SQL('e.month_from', 'e.month_to')} AS months
           FROM enrollments e JOIN workers w ON w.id = e.worker_id LEFT JOIN regions v ON v.code = w.village_code
           WHERE ${where} ORDER BY w.name COLLATE NOCASE, e.id LIMIT ? OFFSET ?`,
        )
        .all(...params, limit, offset);
      const total = db.prepare<unknown[], { n: number }>(`SELECT COUNT(*) AS n FROM enrollments e JOIN workers w ON w.id = e.worker_id WHERE ${where}`).get(...params)!.n;
      return { rows, total };
    },
  };
}
