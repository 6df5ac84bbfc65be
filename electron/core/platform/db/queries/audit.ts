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
  // Saving a plan, exporting, backing up, editing the letterhead, signing in or managing accounts
  // changes no figure: those entries do not count.
  const lastDataChange = db.prepare<[], { id: number }>(
    `SELECT COALESCE((SELECT id FROM audit_log
       WHERE action NOT LIKE 'plans.%' AND action NOT LIKE '%.export' AND action NOT LIKE 'office.%'
         AND action NOT LIKE 'users.%' AND action NOT LIKE 'access.%' AND action NOT LIKE 'sharing.%'
         AND action NOT IN ('import.rejectionFile', 'backup.create')
       ORDER BY id DESC LIMIT 1), 0) AS id`,
  );
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
    /**
     * The data version every cache reads: Cakap writes every change to the audit log, so the id of
     * the newest entry that can change a figure tells whether anything changed since a cache was filled.
     */
    dataVersion: () => lastDataChange.get()!.id,
  };
}
