import type { Db } from '../open';

export interface BatchRow {
  id: number;
  kind: string;
  file_name: string;
  file_hash: string;
  file_size: number;
  sheets: string;
  accepted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings: number;
  /** Persons named by the list who are not workers (dead, under working age, a non-working status). */
  passed_over: number;
  actor: string;
  created_at: string;
  undone_at: string | null;
  undone_by: string | null;
}

export interface IssueRow {
  id: number;
  batch_id: number;
  severity: 'error' | 'warning';
  sheet: string;
  row: number | null;
  col: string | null;
  code: string;
  message: string;
  detail: string;
  raw: string | null;
}

export interface NewIssue {
  severity: 'error' | 'warning';
  sheet: string;
  row: number | null;
  col: string | null;
  code: string;
  message: string;
  detail: string;
  raw: string | null;
}

/** A person a list named who is not a worker, passed over with the reason and the row as it was. */
export interface NewPassedOver {
  sheet: string;
  row: number;
  reason: 'dead' | 'underAge' | 'nonWorkingStatus';
  detail: string;
  raw: string | null;
}

export interface PassedOverRow extends NewPassedOver {
  id: number;
  batch_id: number;
}

/** Import batches, their issues, undo, and the column mappings operators confirmed. */
export function importQueries(db: Db) {
  const insertBatch = db.prepare(
    `INSERT INTO import_batches (kind, file_name, file_hash, file_size, sheets, accepted, updated, unchanged, rejected, warnings, actor, created_at)
     VALUES (@kind, @file_name, @file_hash, @file_size, '[]', 0, 0, 0, 0, 0, @actor, @created_at)`,
  );
  const finishBatch = db.prepare(
    `UPDATE import_batches SET sheets = @sheets, accepted = @accepted, updated = @updated, unchanged = @unchanged,
       rejected = @rejected, warnings = @warnings WHERE id = @id`,
  );
  const insertIssue = db.prepare(
    `INSERT INTO import_issues (batch_id, severity, sheet, row, col, code, message, detail, raw)
     VALUES (@batch_id, @severity, @sheet, @row, @col, @code, @message, @detail, @raw)`,
  );
  const activeByHash = db.prepare<[string], BatchRow>(
    'SELECT * FROM import_batches WHERE file_hash = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1',
  );
  const activeOfSize = db.prepare<[number], number>('SELECT EXISTS (SELECT 1 FROM import_batches WHERE file_size = ? AND undone_at IS NULL)').pluck();
  const byId = db.prepare<[number], BatchRow>('SELECT * FROM import_batches WHERE id = ?');
  // kinds: a JSON array of batch kinds to list, or NULL for every kind.
  const list = db.prepare<[string | null, string | null, number, number], BatchRow>(
    'SELECT * FROM import_batches WHERE ? IS NULL OR kind IN (SELECT value FROM json_each(?)) ORDER BY id DESC LIMIT ? OFFSET ?',
  );
  const count = db.prepare<[string | null, string | null], { n: number }>(
    'SELECT COUNT(*) AS n FROM import_batches WHERE ? IS NULL OR kind IN (SELECT value FROM json_each(?))',
  );
  const issues = db.prepare<[number, number, number], IssueRow>(
    'SELECT * FROM import_issues WHERE batch_id = ? ORDER BY id LIMIT ? OFFSET ?',
  );
  const errorsOf = db.prepare<[number], IssueRow>(
    "SELECT * FROM import_issues WHERE batch_id = ? AND severity = 'error' ORDER BY id",
  );
  const passedOverOf = db.prepare<[number], PassedOverRow>('SELECT * FROM import_passed_over WHERE batch_id = ? ORDER BY id');
  // One raw row per rejected row: the first error of each row carries the row's cells.
  const rejectedRows = db.prepare<[number], { sheet: string; raw: string }>(
    "SELECT sheet, raw FROM import_issues WHERE batch_id = ? AND severity = 'error' AND raw IS NOT NULL ORDER BY id",
  );
  // A NIK taken by an import after this one (new, changed, or listed unchanged) has been dealt with since.
  const takenSince = db.prepare<[string, number, number, number], number>(
    `SELECT EXISTS (SELECT 1 FROM workers w WHERE w.nik = ? AND (w.created_batch > ? OR w.updated_batch > ?
       OR EXISTS (SELECT 1 FROM import_unchanged u JOIN import_batches b ON b.id = u.batch_id
                  WHERE u.worker_id = w.id AND u.batch_id > ? AND b.undone_at IS NULL)))`,
  ).pluck();
  const mapping = db.prepare<[string], { mapping: string }>('SELECT mapping FROM header_mappings WHERE signature = ?');
  const saveMapping = db.prepare<[string, string, string]>(
    `INSERT INTO header_mappings (signature, mapping, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  );
  // Undo: a later, still active batch that changed one of this batch's workers must be undone first.
  const laterTouching = db.prepare<[number, number, number], { batch_id: number }>(
    `SELECT DISTINCT h.batch_id FROM worker_history h JOIN import_batches b ON b.id = h.batch_id
     WHERE h.batch_id > ? AND b.undone_at IS NULL
       AND h.worker_id IN (SELECT id FROM workers WHERE created_batch = ? UNION SELECT worker_id FROM worker_history WHERE batch_id = ?)
     ORDER BY h.batch_id`,
  );
  const historyOfBatch = db.prepare<[number], { id: number; worker_id: number; before: string }>(
    'SELECT id, worker_id, before FROM worker_history WHERE batch_id = ? ORDER BY id DESC',
  );
  const deleteHistoryOfBatch = db.prepare<[number]>('DELETE FROM worker_history WHERE batch_id = ?');
  const deleteCreated = db.prepare<[number]>('DELETE FROM workers WHERE created_batch = ?');
  const deleteUnchanged = db.prepare<[number]>('DELETE FROM import_unchanged WHERE batch_id = ?');
  const enrolledCreated = db.prepare<[number], { n: number }>(
    'SELECT COUNT(*) AS n FROM enrollments e JOIN workers w ON w.id = e.worker_id WHERE w.created_batch = ?',
  );
  const markUndone = db.prepare<[string, string, number]>('UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ?');

  return {
    insertBatch: (b: { kind: string; file_name: string; file_hash: string; file_size: number; actor: string; created_at: string }) =>
      Number(insertBatch.run(b).lastInsertRowid),
    finishBatch: (b: { id: number; sheets: string; accepted: number; updated: number; unchanged: number; rejected: number; warnings: number }) =>
      finishBatch.run(b),
    insertIssue: (batchId: number, issue: NewIssue) => insertIssue.run({ batch_id: batchId, ...issue }),
    activeByHash: (hash: string) => activeByHash.get(hash),
    /** Whether an import not undone was a file of exactly this size (only then can a file be one imported before). */
    activeOfSize: (size: number) => activeOfSize.get(size) === 1,
    byId: (id: number) => byId.get(id),
    list: (limit: number, offset: number, kinds?: readonly string[]) => {
      const json = kinds ? JSON.stringify(kinds) : null;
      return list.all(json, json, limit, offset);
    },
    count: (kinds?: readonly string[]) => {
      const json = kinds ? JSON.stringify(kinds) : null;
      return count.get(json, json)!.n;
    },
    issues: (batchId: number, limit: number, offset: number) => issues.all(batchId, limit, offset),
    errorsOf: (batchId: number) => errorsOf.all(batchId),
    passedOverOf: (batchId: number) => passedOverOf.all(batchId),
    rejectedRows: (batchId: number) => rejectedRows.iterate(batchId),
    takenSince: (nik: string, batchId: number) => takenSince.get(nik, batchId, batchId, batchId) === 1,
    mapping: (signature: string) => mapping.get(signature)?.mapping ?? null,
    saveMapping: (signature: string, value: string, now: string) => saveMapping.run(signature, value, now),
    laterTouching: (batchId: number) => laterTouching.all(batchId, batchId, batchId).map((r) => r.batch_id),
    historyOfBatch: (batchId: number) => historyOfBatch.all(batchId),
    deleteHistoryOfBatch: (batchId: number) => deleteHistoryOfBatch.run(batchId),
    deleteCreated: (batchId: number) => {
      deleteUnchanged.run(batchId);
      return deleteCreated.run(batchId).changes;
    },
    enrolledCreated: (batchId: number) => enrolledCreated.get(batchId)!.n,
    markUndone: (batchId: number, at: string, by: string) => markUndone.run(at, by, batchId),
  };
}
