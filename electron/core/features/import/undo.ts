import type { CoreContext } from '../../platform/context';
import { conflict, notFound } from '../../platform/errors';
import { formatDateTime } from '../../../../shared/domain/format';
import { COMPLIANCE_LIST_KINDS } from '../../../../shared/contract/compliance';
import { undoComplianceBatch } from '../compliance/refresh';
import { isFinanceKind, undoFinanceBatch } from '../finance/undo';

const isComplianceKind = (kind: string) => (COMPLIANCE_LIST_KINDS as readonly string[]).includes(kind);

/**
 * Undoing an import restores exactly the state before it: workers it created are removed, fields
 * it changed get their old values back (newest change first). A later import that touched the same
 * workers must be undone first, or its changes would be lost silently.
 */
export function undoImport(ctx: CoreContext, batchId: number): { removed: number; restored: number } {
  const { store } = ctx;
  const batch = store.imports.byId(batchId);
  if (!batch) throw notFound(`Impor #${batchId} tidak ditemukan.`);
  if (batch.undone_at) {
    throw conflict(`Impor #${batchId} (${batch.file_name}) sudah dibatalkan pada ${formatDateTime(batch.undone_at)}.`);
  }
  if (batch.kind !== 'workers') {
    return store.transaction(() => {
      if (isComplianceKind(batch.kind)) undoComplianceBatch(store, batchId, ctx.now(), ctx.actor);
      else if (isFinanceKind(batch.kind)) undoFinanceBatch(store, batchId, batch.kind);
      else store.bpjs.deleteOfBatch(batchId);
      store.imports.markUndone(batchId, ctx.now().toISOString(), ctx.actor);
      ctx.audit('import.undo', { batchId, file: batch.file_name, kind: batch.kind });
      return { removed: batch.accepted, restored: 0 };
    });
  }
  const enrolled = store.imports.enrolledCreated(batchId);
  if (enrolled > 0) {
    throw conflict(
      `Impor #${batchId} tidak dapat dibatalkan: ${enrolled} pekerja yang ditambahkannya sudah didaftarkan ke program. Keluarkan mereka dari program terlebih dahulu.`,
    );
  }
  const later = store.imports.laterTouching(batchId);
  if (later.length > 0) {
    throw conflict(
      `Impor #${batchId} tidak dapat dibatalkan karena impor yang lebih baru (#${later.join(', #')}) mengubah pekerja yang sama. Batalkan impor itu terlebih dahulu.`,
    );
  }
  return store.transaction(() => {
    const changes = store.imports.historyOfBatch(batchId);
    for (const change of changes) store.workers.restore(change.worker_id, JSON.parse(change.before) as Record<string, unknown>);
    store.imports.deleteHistoryOfBatch(batchId);
    const removed = store.imports.deleteCreated(batchId);
    store.imports.markUndone(batchId, ctx.now().toISOString(), ctx.actor);
    ctx.audit('import.undo', { batchId, file: batch.file_name, removed, restored: changes.length });
    return { removed, restored: changes.length };
  });
}
