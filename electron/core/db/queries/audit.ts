import type { Db } from '../open';

/** Who did what and when: imports, edits, exports, settings. Kept for the office's accountability. */
export function auditQueries(db: Db) {
  const insert = db.prepare<[string, string, string, string]>(
    'INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)',
  );
  const recent = db.prepare<[number], { id: number; at: string; actor: string; action: string; detail: string }>(
    'SELECT id, at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?',
  );
  return {
    add: (at: string, actor: string, action: string, detail: unknown) =>
      insert.run(at, actor, action, JSON.stringify(detail)),
    recent: (limit: number) => recent.all(limit),
  };
}
