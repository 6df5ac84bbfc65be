import type { Db } from '../open';

/**
 * The aggregate queries behind the coverage report. They work on temporary tables filled for the
 * report month (cov_state: covered workers; cov_members: NIKs active in the newest BPJS list), so a
 * million enrolments are scanned once and a million workers are counted from their indexes.
 */
export function coverageQueries(db: Db) {
  return {
    /**
     * Fills temp.cov_state for the month: one row per covered worker (enrolled in a program that
     * month, or an active participant of the BPJS list), with whether a program pays. Temporary
     * tables live in memory for this connection only.
     */
    prepareMonth(month: string, memberBatch: number | null): void {
      db.pragma('temp_store = MEMORY');
      db.exec(`DROP TABLE IF EXISTS temp.cov_state; DROP TABLE IF EXISTS temp.cov_members;
               CREATE TEMP TABLE cov_state (worker_id INTEGER PRIMARY KEY, enrolled INTEGER NOT NULL);
               CREATE TEMP TABLE cov_members (nik TEXT PRIMARY KEY) WITHOUT ROWID;`);
      db.prepare('INSERT OR IGNORE INTO temp.cov_state SELECT worker_id, 1 FROM enrollments WHERE month_from <= ? AND month_to >= ?').run(month, month);
      if (memberBatch !== null) {
        db.prepare('INSERT OR IGNORE INTO temp.cov_members SELECT nik FROM bpjs_members WHERE batch_id = ? AND active = 1').run(memberBatch);
        db.exec('INSERT OR IGNORE INTO temp.cov_state SELECT w.id, 0 FROM temp.cov_members m JOIN workers w ON w.nik = m.nik');
      }
    },
    /**
     * Workers per village (NULL: no village) with how many are covered and paid for. Read from the
     * village index alone, which carries each worker's id: no table rows are touched.
     */
    byVillage(): { code: string | null; workers: number; covered: number; program: number }[] {
      return db
        .prepare(
          `SELECT w.village_code AS code, COUNT(*) AS workers, COUNT(c.worker_id) AS covered, COALESCE(SUM(c.enrolled), 0) AS program
           FROM workers w INDEXED BY workers_village LEFT JOIN temp.cov_state c ON c.worker_id = w.id
           GROUP BY w.village_code`,
        )
        .all() as never;
    },
    /** Workers without a village, per kecamatan (their kecamatan is all that is known). */
    byDistrictWithoutVillage(): { code: string | null; workers: number; covered: number; program: number }[] {
      return db
        .prepare(
          `SELECT w.district_code AS code, COUNT(*) AS workers, COUNT(c.worker_id) AS covered, COALESCE(SUM(c.enrolled), 0) AS program
           FROM workers w LEFT JOIN temp.cov_state c ON c.worker_id = w.id
           WHERE w.village_code IS NULL GROUP BY w.district_code`,
        )
        .all() as never;
    },
    byOccupation(): { code: string | null; workers: number; covered: number; program: number }[] {
      return db
        .prepare(
          `SELECT w.occupation AS code, COUNT(*) AS workers, COUNT(c.worker_id) AS covered, COALESCE(SUM(c.enrolled), 0) AS program
           FROM workers w INDEXED BY workers_occupation LEFT JOIN temp.cov_state c ON c.worker_id = w.id
           GROUP BY w.occupation`,
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
    /** Distinct workers paid for this month by the programs of one funding source (several programs may share a worker). */
    activeWorkersOfPrograms(month: string, programIds: readonly number[]): number {
      return db
        .prepare(
          `SELECT COUNT(DISTINCT worker_id) FROM enrollments
           WHERE month_from <= ? AND month_to >= ? AND program_id IN (${programIds.map(() => '?').join(', ')})`,
        )
        .pluck()
        .get(month, month, ...programIds) as number;
    },
    /** Enrolled this month but not active in the participant list. */
    notRegistered(): number {
      return db
        .prepare(
          'SELECT COUNT(*) FROM temp.cov_state c JOIN workers w ON w.id = c.worker_id WHERE c.enrolled = 1 AND NOT EXISTS (SELECT 1 FROM temp.cov_members m WHERE m.nik = w.nik)',
        )
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
