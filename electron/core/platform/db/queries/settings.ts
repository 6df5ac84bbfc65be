import type { Db } from '../open';

/** Office settings as key -> JSON value. */
export function settingsQueries(db: Db) {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare<[string]>('DELETE FROM settings WHERE key = ?');
  return {
    get<T>(key: string): T | null {
      const row = select.get(key);
      return row ? (JSON.parse(row.value) as T) : null;
    },
    set(key: string, value: unknown): void {
      upsert.run(key, JSON.stringify(value));
    },
    remove(key: string): void {
      remove.run(key);
    },
  };
}
