import { formatNumber } from './format';

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
