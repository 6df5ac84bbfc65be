import type { Db } from '../open';

export interface PlanRow {
  id: number;
  name: string;
  year: number;
  as_of: string;
  scenario: string;
  chosen: number;
  actor: string;
  created_at: string;
  updated_at: string;
}

export interface EndingGroupRow {
  /** Program ids, ascending, comma-separated. */
  programs: string;
  district_code: string | null;
  village_code: string | null;
  workers: number;
}

/** Saved gap-closing scenarios, and the enrolment figures the planning arithmetic starts from. */
export function planQueries(db: Db) {
  const all = db.prepare<[], PlanRow>('SELECT * FROM plans ORDER BY year DESC, updated_at DESC, id DESC');
  const byId = db.prepare<[number], PlanRow>('SELECT * FROM plans WHERE id = ?');
  const byName = db.prepare<[string], PlanRow>('SELECT * FROM plans WHERE name = ? COLLATE NOCASE');
  const chosen = db.prepare<[], PlanRow>('SELECT * FROM plans WHERE chosen = 1');
  const insert = db.prepare<[string, number, string, string, string, string, string]>(
    'INSERT INTO plans (name, year, as_of, scenario, actor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const update = db.prepare<[string, number, string, string, string, string, number]>(
    'UPDATE plans SET name = ?, year = ?, as_of = ?, scenario = ?, actor = ?, updated_at = ? WHERE id = ?',
  );
  const remove = db.prepare<[number]>('DELETE FROM plans WHERE id = ?');
  const clearChosen = db.prepare('UPDATE plans SET chosen = 0 WHERE chosen = 1');
  const setChosen = db.prepare<[number, string, number]>('UPDATE plans SET chosen = ?, updated_at = ? WHERE id = ?');
  // Beneficiaries enrolled in the as-of month none of whose enrolments reaches into the plan year,
  // grouped by the programs paying for them and where they live.
  const ending = db.prepare<{ month: string; yearStart: string }, EndingGroupRow>(
    `WITH ending AS (
       SELECT c.worker_id, group_concat(c.program_id, ',' ORDER BY c.program_id) AS programs
       FROM enrollments c
       WHERE c.month_from <= @month AND c.month_to >= @month
         AND NOT EXISTS (SELECT 1 FROM enrollments s WHERE s.worker_id = c.worker_id AND s.month_to >= @yearStart)
       GROUP BY c.worker_id)
     SELECT e.programs, w.district_code, w.village_code, COUNT(*) AS workers
     FROM ending e JOIN workers w ON w.id = e.worker_id
     GROUP BY e.programs, w.district_code, w.village_code`,
  );
  return {
    all: () => all.all(),
    byId: (id: number) => byId.get(id),
    byName: (name: string) => byName.get(name),
    chosen: () => chosen.get(),
    insert: (name: string, year: number, asOf: string, scenario: string, actor: string, now: string) =>
      Number(insert.run(name, year, asOf, scenario, actor, now, now).lastInsertRowid),
    update: (id: number, name: string, year: number, asOf: string, scenario: string, actor: string, now: string) =>
      update.run(name, year, asOf, scenario, actor, now, id),
    remove: (id: number) => remove.run(id),
    choose(id: number, value: boolean, now: string): void {
      if (value) clearChosen.run();
      setChosen.run(value ? 1 : 0, now, id);
    },
    ending: (month: string, year: number) => ending.all({ month, yearStart: `${year}-01` }),
  };
}
