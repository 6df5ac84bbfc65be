import type { Db } from '../open';

/** One line of the report's annex: a worker a program pays for in the report month. */
export interface AnnexQueryRow {
  nik: string;
  name: string;
  villageName: string | null;
  program: string;
}

/**
 * The leadership report's annex: every enrolment whose months cover the report month, with the
 * worker's village and the program's name, ordered by village (workers without one last) then name.
 * A worker funded by two programs is listed once per program, as the double funding it is.
 */
export function reportQueries(db: Db) {
  const annex = `
    SELECT w.nik AS nik, w.name AS name, v.name AS villageName, p.name AS program
    FROM enrollments e
    JOIN workers w ON w.id = e.worker_id
    JOIN programs p ON p.id = e.program_id
    LEFT JOIN regions v ON v.code = w.village_code
    WHERE e.month_from <= @month AND e.month_to >= @month
    ORDER BY v.name IS NULL, v.name COLLATE NOCASE, w.name COLLATE NOCASE, w.nik, p.name`;
  const first = db.prepare<{ month: string; limit: number }, AnnexQueryRow>(`${annex} LIMIT @limit`);
  const all = db.prepare<{ month: string }, AnnexQueryRow>(annex);
  const count = db
    .prepare<{ month: string }, number>('SELECT count(*) FROM enrollments WHERE month_from <= @month AND month_to >= @month')
    .pluck();
  return {
    /** The first `limit` annex rows of a month ("YYYY-MM"). */
    annexRows: (month: string, limit: number): AnnexQueryRow[] => first.all({ month, limit }),
    /** Every annex row of a month, one at a time (the connection is busy until the loop ends). */
    iterateAnnex: (month: string): IterableIterator<AnnexQueryRow> => all.iterate({ month }),
    annexCount: (month: string): number => count.get({ month })!,
  };
}
