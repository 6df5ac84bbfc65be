import type { Store } from '../db/store';
import type { ListIssues } from './issues';

/**
 * Writing one imported list: the batch record, what the feature stores per row, every issue, the
 * counts and the audit line, in one transaction: all of it or nothing.
 */
export interface ListBatch {
  kind: string;
  fileName: string;
  fileHash: string;
  fileSize: number;
  actor: string;
  createdAt: string;
  /** Per sheet used: its name and header cells (the rejection file writes them back). */
  sheets: { name: string; headers: string[] }[];
  counts: { accepted: number; updated: number; unchanged: number; rejected: number; warnings: number };
  audit: { action: string; detail: Record<string, unknown> };
}

export function writeListBatch(store: Store, batch: ListBatch, issues: ListIssues, write: (batchId: number) => void): number {
  return store.transaction(() => {
    const batchId = store.imports.insertBatch({
      kind: batch.kind,
      file_name: batch.fileName,
      file_hash: batch.fileHash,
      file_size: batch.fileSize,
      actor: batch.actor,
      created_at: batch.createdAt,
    });
    write(batchId);
    for (const { issue, detail, raw } of issues.stored) {
      store.imports.insertIssue(batchId, { severity: issue.severity, sheet: issue.sheet, row: issue.row, col: issue.column, code: issue.code, message: issue.message, detail, raw });
    }
    store.imports.finishBatch({ id: batchId, sheets: JSON.stringify(batch.sheets), ...batch.counts });
    store.audit.add(batch.createdAt, batch.actor, batch.audit.action, { batchId, file: batch.fileName, ...batch.audit.detail });
    return batchId;
  });
}
