import Database from 'better-sqlite3';

/** Every row of every table of a database file, to compare two states exactly. */
export function dumpDatabase(file: string, skip: string[] = []): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.filter((t) => !skip.includes(t)).map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY ${orderOf(db, t)}`).all()]));
  } finally {
    db.close();
  }
}

/** rowid, or the primary key of a WITHOUT ROWID table (which has no rowid). */
function orderOf(db: Database.Database, table: string): string {
  const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; pk: number }[];
  const sql = db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table) as string;
  if (!/WITHOUT\s+ROWID/i.test(sql)) return 'rowid';
  return columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => `"${c.name}"`).join(', ');
}

/** Rows a query gives on a database file, through a connection of the test's own (read-only). */
export function queryDatabase(file: string, sql: string, ...params: unknown[]): Record<string, unknown>[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as Record<string, unknown>[];
  } finally {
    db.close();
  }
}
