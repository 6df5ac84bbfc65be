import type { Db } from '../open';

/**
 * The aggregate queries behind the coverage report. They work on two temporary tables filled for
 * the report month, so a million workers and a million enrolments are each scanned once:
 * cov_enrolled (workers with an enrolment covering the month) and cov_members (NIKs active in the
 * newest BPJS participant list at the as-of date).
 */
export function coverageQueries(db: Db) {
  return {
    prepareMonth(month: string, memberBatch: number | null): void {
      db.exec(`DROP TABLE IF EXISTS temp.cov_enrolled; DROP TABLE IF EXISTS temp.cov_members;
               CREATE TEMP TABLE cov_enrolled (worker_id INTEGER PRIMARY KEY);
               CREATE TEMP TABLE cov_members (nik TEXT PRIMARY KEY) WITHOUT ROWID;`);
      db.prepare('INSERT OR IGNORE INTO temp.cov_enrolled SELECT worker_id FROM enrollments WHERE month_from <= ? AND month_to >= ?').run(month, month);
      if (memberBatch !== null) {
        db.prepare('INSERT OR IGNORE INTO temp.cov_members SELECT nik FROM bpjs_members WHERE batch_id = ? AND active = 1').run(memberBatch);
      }
    },
    /** Workers grouped by kecamatan, village and occupation with who is covered, in one scan. */
    workerGroups(): { district_code: string | null; village_code: string | null; occupation: string | null; workers: number; program_covered: number; covered: number }[] {
      return db
        .prepare(
          `SELECT w.district_code, w.village_code, w.occupation, COUNT(*) AS workers,
             COUNT(e.worker_id) AS program_covered,
             SUM(e.worker_id IS NOT NULL OR m.nik IS NOT NULL) AS covered
           FROM workers w
           LEFT JOIN temp.cov_enrolled e ON e.worker_id = w.id
           LEFT JOIN temp.cov_members m ON m.nik = w.nik
           GROUP BY w.district_code, w.village_code, w.occupation`,
        )
        .all() as never;
    },
    /** Active BPJS members Cakap has no worker for: covered, but placed nowhere. */
    membersOutsideWorkers(): number {
      return db.prepare('SELECT COUNT(*) FROM temp.cov_members m WHERE NOT EXISTS (SELECT 1 FROM workers w WHERE w.nik = m.nik)').pluck().get() as number;
    },
    activeByProgram(month: string): Map<number, number> {
      const rows = db
        .prepare<[string, string], { program_id: number; n: number }>(
          'SELECT program_id, COUNT(*) AS n FROM enrollments WHERE month_from <= ? AND month_to >= ? GROUP BY program_id',
        )
        .all(month, month);
      return new Map(rows.map((r) => [r.program_id, r.n]));
    },
    activeWorkersBySource(month: string): Map<string, number> {
      const rows = db
        .prepare<[string, string], { source: string; n: number }>(
          `SELECT p.source, COUNT(DISTINCT e.worker_id) AS n FROM enrollments e JOIN programs p ON p.id = e.program_id
           WHERE e.month_from <= ? AND e.month_to >= ? GROUP BY p.source`,
        )
        .all(month, month);
      return new Map(rows.map((r) => [r.source, r.n]));
    },
    /** Enrolled this month but not active in the participant list. */
    notRegistered(): number {
      return db
        .prepare('SELECT COUNT(*) FROM temp.cov_enrolled e JOIN workers w ON w.id = e.worker_id WHERE NOT EXISTS (SELECT 1 FROM temp.cov_members m WHERE m.nik = w.nik)')
        .pluck()
        .get() as number;
    },
    memberListAtOrBefore(asOf: string): { batch_id: number; as_of: string } | undefined {
      return db
        .prepare<[string], { batch_id: number; as_of: string }>(
          `SELECT m.batch_id, m.as_of FROM bpjs_members m JOIN import_batches b ON b.id = m.batch_id
           WHERE b.undone_at IS NULL AND m.as_of <= ? GROUP BY m.batch_id ORDER BY m.as_of DESC, m.batch_id DESC LIMIT 1`,
        )
        .get(asOf);
    },
    /** The recap rows of the latest batch for each month up to `month` (newest month first), last `months` months. */
    recaps(month: string, months: number): { month: string; district_code: string | null; segment: string; active: number }[] {
      return db
        .prepare<[string, number], { month: string; district_code: string | null; segment: string; active: number }>(
          `WITH latest AS (
             SELECT r.month, MAX(r.batch_id) AS batch_id FROM bpjs_recaps r JOIN import_batches b ON b.id = r.batch_id
             WHERE b.undone_at IS NULL AND r.month <= ? GROUP BY r.month ORDER BY r.month DESC LIMIT ?)
           SELECT r.month, r.district_code, r.segment, r.active FROM bpjs_recaps r JOIN latest l ON l.month = r.month AND l.batch_id = r.batch_id
           ORDER BY r.month`,
        )
        .all(month, months);
    },
    quality(): { batches: number; rejected: number; warnings: number; double_funded: number; pu_warnings: number } {
      const imports = db
        .prepare(
          `SELECT COUNT(*) AS batches, COALESCE(SUM(rejected), 0) AS rejected, COALESCE(SUM(warnings), 0) AS warnings
           FROM import_batches WHERE undone_at IS NULL AND kind = 'workers'`,
        )
        .get() as { batches: number; rejected: number; warnings: number };
      const enrolments = db
        .prepare(
          `SELECT COALESCE(SUM(double_funding_reason IS NOT NULL), 0) AS double_funded, COALESCE(SUM(pu_warning), 0) AS pu_warnings FROM enrollments`,
        )
        .get() as { double_funded: number; pu_warnings: number };
      return { ...imports, ...enrolments };
    },
  };
}
