import type { Db } from '../open';

export type RegionLevel = 'province' | 'regency' | 'district' | 'village';
export interface RegionRow {
  code: string;
  level: RegionLevel;
  parent_code: string | null;
  name: string;
}

/** The chosen regency's hierarchy: its province, itself, its districts and villages. */
export function regionQueries(db: Db) {
  const insert = db.prepare<[string, RegionLevel, string | null, string]>(
    'INSERT INTO regions (code, level, parent_code, name) VALUES (?, ?, ?, ?)',
  );
  const byLevel = db.prepare<[RegionLevel], RegionRow>('SELECT * FROM regions WHERE level = ? ORDER BY code');
  const byCode = db.prepare<[string], RegionRow>('SELECT * FROM regions WHERE code = ?');
  const all = db.prepare<[], RegionRow>('SELECT * FROM regions ORDER BY code');
  const villageCounts = db.prepare<[], { district_code: string; villages: number }>(
    `SELECT parent_code AS district_code, COUNT(*) AS villages FROM regions WHERE level = 'village' GROUP BY parent_code`,
  );
  return {
    replaceAll(rows: readonly RegionRow[]): void {
      // Children reference parents, so delete leaves first and insert roots first.
      db.exec(`DELETE FROM regions WHERE level = 'village';
               DELETE FROM regions WHERE level = 'district';
               DELETE FROM regions WHERE level = 'regency';
               DELETE FROM regions WHERE level = 'province';`);
      for (const row of rows) insert.run(row.code, row.level, row.parent_code, row.name);
    },
    byLevel: (level: RegionLevel) => byLevel.all(level),
    byCode: (code: string) => byCode.get(code) ?? null,
    all: () => all.all(),
    villageCounts: () => new Map(villageCounts.all().map((r) => [r.district_code, r.villages])),
  };
}
