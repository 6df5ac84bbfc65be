import type { Db } from '../types';
import type { auditQueries } from './audit';
import type { NewIssue, NewPassedOver } from './imports';
import { WORKER_DATA_FIELDS, type WorkerData } from './workers';

/**
 * The writes of one import batch, inside one transaction opened when the batch starts and
 * committed when every row is read (or rolled back on cancel or failure). Statements are
 * prepared once and take positional values: this is the per-row hot path.
 */

/** A new worker as positional values: nik, then WORKER_DATA_FIELDS in order. */
export type InsertOp = [string, ...(string | number | null)[]];
export interface UpdateOp {
  id: number;
  data: WorkerData;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export interface BatchStart {
  file_name: string;
  file_size: number;
  actor: string;
  created_at: string;
}

export interface BatchFinish {
  /** The file's hash, known once the reader has passed over the whole file. */
  fileHash: string;
  sheets: string;
  accepted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings: number;
  /** Persons the list named who are not workers (import_passed_over). */
  passedOver: number;
  mappings: { signature: string; mapping: string }[];
  audit: unknown;
}

/** Opens a worker-list batch: BEGIN IMMEDIATE now, COMMIT in finish(), ROLLBACK in abort(). */
export function beginWorkerBatch(db: Db, audit: ReturnType<typeof auditQueries>, start: BatchStart) {
  // Bulk writes: a bigger page cache keeps the hot index pages in memory for the whole batch.
  db.pragma('cache_size = -32768');
  const insertWorker = db.prepare(
    `INSERT INTO workers (nik, ${WORKER_DATA_FIELDS.join(', ')}, created_batch, updated_batch, created_at, updated_at)
     VALUES (${['?', ...WORKER_DATA_FIELDS.map(() => '?')].join(', ')}, ?, NULL, ?, ?)`,
  );
  const updateWorker = db.prepare(
    `UPDATE workers SET ${WORKER_DATA_FIELDS.map((f) => `${f} = ?`).join(', ')}, updated_batch = ?, updated_at = ? WHERE id = ?`,
  );
  const insertHistory = db.prepare(
    `INSERT INTO worker_history (worker_id, batch_id, action, before, after, actor, at) VALUES (?, ?, 'updated', ?, ?, ?, ?)`,
  );
  const insertUnchanged = db.prepare('INSERT OR IGNORE INTO import_unchanged (batch_id, worker_id) VALUES (?, ?)');
  const insertIssue = db.prepare(
    `INSERT INTO import_issues (batch_id, severity, sheet, row, col, code, message, detail, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPassedOver = db.prepare(`INSERT INTO import_passed_over (batch_id, sheet, row, reason, detail, raw) VALUES (?, ?, ?, ?, ?, ?)`);
  const at = start.created_at;

  db.exec('BEGIN IMMEDIATE');
  const batchId = Number(
    db
      .prepare(
        `INSERT INTO import_batches (kind, file_name, file_hash, file_size, sheets, accepted, updated, unchanged, rejected, warnings, actor, created_at)
         VALUES ('workers', ?, '', ?, '[]', 0, 0, 0, 0, 0, ?, ?)`,
      )
      .run(start.file_name, start.file_size, start.actor, start.created_at).lastInsertRowid,
  );

  return {
    batchId,
    insert(op: InsertOp): void {
      insertWorker.run(...op, batchId, at, at);
    },
    update(op: UpdateOp): void {
      updateWorker.run(...WORKER_DATA_FIELDS.map((f) => op.data[f]), batchId, at, op.id);
      insertHistory.run(op.id, batchId, JSON.stringify(op.before), JSON.stringify(op.after), start.actor, at);
    },
    unchanged(workerId: number): void {
      insertUnchanged.run(batchId, workerId);
    },
    issue(i: NewIssue): void {
      insertIssue.run(batchId, i.severity, i.sheet, i.row, i.col, i.code, i.message, i.detail, i.raw);
    },
    passedOver(p: NewPassedOver): void {
      insertPassedOver.run(batchId, p.sheet, p.row, p.reason, p.detail, p.raw);
    },
    finish(finish: BatchFinish): number {
      db.prepare(
        `UPDATE import_batches SET file_hash = ?, sheets = ?, accepted = ?, updated = ?, unchanged = ?, rejected = ?, warnings = ?, passed_over = ? WHERE id = ?`,
      ).run(finish.fileHash, finish.sheets, finish.accepted, finish.updated, finish.unchanged, finish.rejected, finish.warnings, finish.passedOver, batchId);
      const saveMapping = db.prepare(
        `INSERT INTO header_mappings (signature, mapping, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
      );
      for (const m of finish.mappings) saveMapping.run(m.signature, m.mapping, at);
      // The batch's new workers join the name search in one statement (see migration 005_worker_search).
      db.prepare('INSERT INTO workers_name_search (rowid, name) SELECT id, name FROM workers WHERE created_batch = ?').run(batchId);
      audit.add(at, start.actor, 'import.commit', { batchId, ...(finish.audit as object) });
      db.exec('COMMIT');
      return batchId;
    },
    abort(): void {
      if (db.inTransaction) db.exec('ROLLBACK');
    },
  };
}
