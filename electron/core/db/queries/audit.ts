import type { Db } from '../types';

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  detail: string;
}

/** Who did what and when: imports, edits, exports, settings. Kept for the office's accountability. */
export function auditQueries(db: Db) {
  const insert = db.prepare<[string, string, string, string]>(
    'INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)',
  );
  const recent = db.prepare<[number], AuditRow>('SELECT id, at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?');
  const page = db.prepare<[number, number], AuditRow>(
    'SELECT id, at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?',
  );
  const all = db.prepare<[], AuditRow>('SELECT id, at, actor, action, detail FROM audit_log ORDER BY id DESC');
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM audit_log');
  return {
    add: (at: string, actor: string, action: string, detail: unknown) =>
      insert.run(at, actor, action, JSON.stringify(detail)),
    /** Copies a row recorded elsewhere (another file of this database), detail already JSON. */
    addRecorded: (row: AuditRow) => insert.run(row.at, row.actor, row.action, row.detail),
    recent: (limit: number) => recent.all(limit),
    /** Newest first, one page at a time. */
    page: (limit: number, offset: number) => page.all(limit, offset),
    count: () => count.get()?.n ?? 0,
    /** Newest first, streamed row by row (for exports). */
    iterateAll: () => all.iterate(),
  };
}
