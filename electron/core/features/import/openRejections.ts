import type { BatchRow } from '../../platform/db/queries/imports';
import type { Store } from '../../platform/db/store';

/**
 * The rows an earlier import rejected that still wait to be fixed: a rejected row counts as fixed
 * once a later import took a worker with its NIK (a corrected list, or the rejection file sent back).
 * Said when the same file comes in again, so "nothing changed" does not hide the rows still missing.
 */
export function openRejections(store: Store, batch: BatchRow): { rejected: number; stillRejected: number } {
  if (batch.rejected === 0) return { rejected: 0, stillRejected: 0 };
  const nikColumn = new Map<string, number>();
  for (const sheet of JSON.parse(batch.sheets) as { name: string; columns?: { index: number; field: string }[] }[]) {
    const nik = sheet.columns?.find((c) => c.field === 'nik');
    if (nik) nikColumn.set(sheet.name, nik.index);
  }
  let fixed = 0;
  for (const row of store.imports.rejectedRows(batch.id)) {
    const index = nikColumn.get(row.sheet);
    if (index === undefined) continue;
    const cell = (JSON.parse(row.raw) as unknown[])[index];
    const digits = String(cell ?? '').replace(/[\s.\-'’`]/g, '');
    if (/^\d{16}$/.test(digits) && store.imports.takenSince(digits, batch.id)) fixed++;
  }
  return { rejected: batch.rejected, stillRejected: Math.max(0, batch.rejected - fixed) };
}
