import type { Db } from '../open';

/** The UCJ target per year, in percent. */
export function targetQueries(db: Db) {
  const list = db.prepare<[], { year: number; percent: number }>('SELECT year, percent FROM targets ORDER BY year');
  const get = db.prepare<[number], { year: number; percent: number }>('SELECT year, percent FROM targets WHERE year = ?');
  const upsert = db.prepare<[number, number, string]>(
    `INSERT INTO targets (year, percent, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (year) DO UPDATE SET percent = excluded.percent, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare<[number]>('DELETE FROM targets WHERE year = ?');
  return {
    list: () => list.all(),
    get: (year: number) => get.get(year) ?? null,
    upsert: (year: number, percent: number, now: string) => upsert.run(year, percent, now),
    remove: (year: number) => remove.run(year).changes,
  };
}
