import type { Db } from '../types';

export interface PackageRow {
  id: number;
  regency_code: string;
  regency_name: string;
  month: string;
  as_of: string;
  exported_at: string;
  exported_by: string;
  sha256: string;
  body: string;
  file_name: string;
  imported_at: string;
  imported_by: string;
  replaced_at: string | null;
}

/** The regencies' packages a province database holds. */
export function provinceQueries(db: Db) {
  const insert = db.prepare(
    `INSERT INTO province_packages (regency_code, regency_name, month, as_of, exported_at, exported_by, sha256, body, file_name, imported_at, imported_by)
     VALUES (@regency_code, @regency_name, @month, @as_of, @exported_at, @exported_by, @sha256, @body, @file_name, @imported_at, @imported_by)`,
  );
  const bySha = db.prepare<[string], PackageRow>('SELECT * FROM province_packages WHERE sha256 = ?');
  const current = db.prepare<[string, string], PackageRow>('SELECT * FROM province_packages WHERE regency_code = ? AND month = ? AND replaced_at IS NULL');
  const replace = db.prepare<[string, number]>('UPDATE province_packages SET replaced_at = ? WHERE id = ?');
  const history = db.prepare<[], Omit<PackageRow, 'body'>>(
    'SELECT id, regency_code, regency_name, month, as_of, exported_at, exported_by, sha256, file_name, imported_at, imported_by, replaced_at FROM province_packages ORDER BY month DESC, regency_code, exported_at DESC',
  );
  const currentUpTo = db.prepare<[string], PackageRow>('SELECT * FROM province_packages WHERE replaced_at IS NULL AND month <= ? ORDER BY regency_code, month');
  return {
    insert: (row: Omit<PackageRow, 'id' | 'replaced_at'>) => Number(insert.run(row).lastInsertRowid),
    bySha: (sha256: string) => bySha.get(sha256),
    current: (regencyCode: string, month: string) => current.get(regencyCode, month),
    replace: (id: number, at: string) => replace.run(at, id),
    history: () => history.all(),
    /** Every package in force for its regency and month, months up to `month`. */
    currentUpTo: (month: string) => currentUpTo.all(month),
  };
}
