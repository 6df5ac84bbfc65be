import Database from 'better-sqlite3';

/** Every row of every table of a database file, to compare two states exactly. */
export function dumpDatabase(file: string, skip: string[] = []): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(
      tables.filter((t) => !skip.includes(t)).map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]),
    );
  } finally {
    db.close();
  }
}
