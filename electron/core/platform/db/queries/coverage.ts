import type { Db } from '../open';
import { MONTHS_SQL } from './programs';

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
    /** Fills temp.cov_members with the NIKs active in the BPJS participant list (if any) used by the report. */
    prepareMembers(memberBatch: number | null): void {
      db.pragma('temp_store = MEMORY');
      db.exec('DROP TABLE IF EXISTS temp.cov_members; CREATE TEMP TABLE cov_members (nik TEXT PRIMARY KEY) WITHOUT ROWID;');
      if (memberBatch !== null) db.prepare('INSERT OR IGNORE INTO temp.cov_members SELECT nik FROM bpjs_members WHERE batch_id = ? AND active = 1').run(memberBatch);
    },
    /** Ids of the workers who are active participants in temp.cov_members. */
    memberWorkerIds(): number[] {
      return db.prepare<[], number>('SELECT w.id FROM temp.cov_members m JOIN workers w ON w.nik = m.nik').pluck().all();
    },
    maxWorkerId(): number {
      return (db.prepare('SELECT COALESCE(MAX(id), 0) FROM workers').pluck().get() as number) ?? 0;
    },
    /**
     * One pass over the enrolments: per program its beneficiaries, their months, those paid this
     * month, and the double-funded and PU-warned enrolments.
     */
    programMonth(month: string): { program_id: number; beneficiaries: number; months: number; active: number; double_funded: number; pu_warnings: number }[] {
      return db
        .prepare(
          `SELECT program_id, COUNT(*) AS beneficiaries, SUM(${MONTHS_SQL('month_from', 'month_to')}) AS months,
             SUM(month_from <= @month AND month_to >= @month) AS active,
             SUM(double_funding_reason IS NOT NULL) AS double_funded, SUM(pu_warning) AS pu_warnings
           FROM enrollments GROUP BY program_id`,
        )
        .all({ month }) as never;
    },
    /**
     * Calls `mark(workerId, programId)` for every enrolment paid in the month, from inside SQLite
     * (a function call per row costs less than handing a million rows to JavaScript).
     */
    markPaid(month: string, mark: (workerId: number, programId: number) => void): void {
      db.function('cakap_mark_paid', { deterministic: false, directOnly: true }, (workerId: unknown, programId: unknown) => {
        mark(workerId as number, programId as number);
        return 0;
      });
      db.prepare('SELECT SUM(cakap_mark_paid(worker_id, program_id)) FROM enrollments WHERE month_from <= ? AND month_to >= ?').get(month, month);
    },
    /**
     * Workers per village (NULL: none), per kecamatan of those without a village, and per
     * occupation, with how many are covered and paid for by a program: `state(id)` gives a worker's
     * state (0: not covered; bit 1: a program pays). Each is read from an index in its order.
     */
    groupsByState(state: (workerId: number) => number): Record<'village' | 'districtWithoutVillage' | 'occupation', { code: string | null; workers: number; covered: number; program: number }[]> {
      db.function('cakap_state', { deterministic: true, directOnly: true }, (id: unknown) => state(id as number));
      const group = (column: string, from: string) =>
        db
          .prepare(
            `SELECT code, COUNT(*) AS workers, SUM(s > 0) AS covered, SUM(s & 1) AS program
             FROM (SELECT w.${column} AS code, cakap_state(w.id) AS s FROM ${from}) GROUP BY code`,
          )
          .all() as never;
      return {
        village: group('village_code', 'workers w INDEXED BY workers_village'),
        districtWithoutVillage: group('district_code', 'workers w INDEXED BY workers_village WHERE w.village_code IS NULL'),
        occupation: group('occupation', 'workers w INDEXED BY workers_occupation'),
      };
    },
    /** What the imports say about data quality (the enrolment side comes from the one pass). */
    importQuality(): { batches: number; rejected: number; warnings: number } {
      return db
        .prepare(
          `SELECT COUNT(*) AS batches, COALESCE(SUM(rejected), 0) AS rejected, COALESCE(SUM(warnings), 0) AS warnings
           FROM import_batches WHERE undone_at IS NULL AND kind = 'workers'`,
        )
        .get() as { batches: number; rejected: number; warnings: number };
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
