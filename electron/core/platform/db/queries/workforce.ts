import type { Db } from '../open';

export interface WorkforceRecord {
  area_code: string;
  year: number;
  count: number;
  source: string | null;
}

/** Working population (penduduk bekerja) per area and year. */
export function workforceQueries(db: Db) {
  const years = db.prepare<[], { year: number }>('SELECT DISTINCT year FROM workforce ORDER BY year');
  const byYear = db.prepare<[number], WorkforceRecord>(
    'SELECT area_code, year, count, source FROM workforce WHERE year = ? ORDER BY area_code',
  );
  const upsert = db.prepare<[string, number, number, string | null, string]>(
    `INSERT INTO workforce (area_code, year, count, source, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (area_code, year) DO UPDATE SET count = excluded.count, source = excluded.source,
       updated_at = excluded.updated_at`,
  );
  const remove = db.prepare<[string, number]>('DELETE FROM workforce WHERE area_code = ? AND year = ?');
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM workforce');
  return {
    years: () => years.all().map((r) => r.year),
    byYear: (year: number) => byYear.all(year),
    upsert: (areaCode: string, year: number, value: number, source: string | null, now: string) =>
      upsert.run(areaCode, year, value, source, now).changes,
    remove: (areaCode: string, year: number) => remove.run(areaCode, year).changes,
    isEmpty: () => (count.get()?.n ?? 0) === 0,
  };
}
