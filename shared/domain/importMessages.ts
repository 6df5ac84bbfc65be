import { formatDateTime, formatNumber } from './format';

/**
 * What an earlier import of the same file left undone, in one sentence the Impor page and the
 * command line both print: how many rows were rejected then and how many still wait to be fixed.
 */
export function pendingRejectionsSentence(duplicate: { rejected: number; stillRejected: number }): string | null {
  const { rejected, stillRejected } = duplicate;
  if (rejected === 0) return null;
  const then = `Waktu itu ${formatNumber(rejected)} baris ditolak`;
  if (stillRejected === 0) return `${then}; semuanya sudah masuk lewat impor sesudahnya.`;
  if (stillRejected === rejected) {
    return rejected === 1 ? `${then} dan masih menunggu diperbaiki.` : `${then} dan semuanya masih menunggu diperbaiki.`;
  }
  return `${then}; ${formatNumber(stillRejected)} di antaranya masih menunggu diperbaiki.`;
}

/** The same file read again: the sentence every importer says (nothing changed, which import it was). */
export function sameFileSentence(file: string, duplicate: { batchId: number; createdAt: string }): string {
  return `Berkas "${file}" sama persis dengan impor #${duplicate.batchId} (${formatDateTime(duplicate.createdAt)}); tidak ada yang diubah.`;
}
