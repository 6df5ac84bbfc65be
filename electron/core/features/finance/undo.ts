import { FINANCE_LIST_KINDS } from '../../../../shared/domain/batchKinds';
import type { Store } from '../../platform/db/store';

/** Whether a batch is a bill or a claim list (undone through import.undo like every list). */
export function isFinanceKind(kind: string): boolean {
  return (FINANCE_LIST_KINDS as readonly string[]).includes(kind);
}

/**
 * Undoing a bill removes its rows, the beneficiaries it did not bill and its figures: the bill before
 * it for the same program and month counts again. Undoing a claim list removes its claims: a death it
 * recorded no longer stops later bills. Runs inside the caller's transaction.
 */
export function undoFinanceBatch(store: Store, batchId: number, kind: string): void {
  if (kind === 'bill') store.finance.deleteBill(batchId);
  else store.finance.deleteClaims(batchId);
}
