import type { Output } from '../../../../shared/contract';
import { normalizeRegionName } from '../regions/matcher';
import type { Store } from '../../platform/db/store';

type Reconciliation = Output<'bpjs.reconciliation'>;

/**
 * Compares the workers and enrolments Cakap holds with the newest BPJS participant list, as of that
 * list's date: who is paid for but not (yet) registered, who is registered but paid by no program,
 * and whose name differs between the two on the same NIK.
 */
export function reconcile(store: Store, view: 'notRegistered' | 'notEnrolled' | 'nameMismatch', offset: number, limit: number): Reconciliation {
  const batchId = store.bpjs.latestMembersBatch();
  const empty = { notRegistered: 0, notEnrolled: 0, nameMismatch: 0 };
  if (batchId === null) return { batchId: null, asOf: null, counts: empty, rows: [] };
  const lists = store.bpjs.reconciliation(batchId);
  const mismatches = lists.matched.filter((m) => sameName(m.name, m.bpjs_name) === false);
  const pick = view === 'notRegistered' ? lists.notRegistered : view === 'notEnrolled' ? lists.notEnrolled : mismatches;
  return {
    batchId,
    asOf: lists.asOf,
    counts: { notRegistered: lists.notRegistered.length, notEnrolled: lists.notEnrolled.length, nameMismatch: mismatches.length },
    rows: pick.slice(offset, offset + limit).map((r) => ({
      nik: r.nik,
      name: r.name,
      bpjsName: r.bpjs_name,
      kpj: r.kpj,
      segment: r.segment,
      program: r.program,
      villageName: r.village_name,
    })),
  };
}

/** Names compared without case, punctuation, spacing or titles; null when one side is missing. */
export function sameName(a: string | null, b: string | null): boolean | null {
  if (!a || !b) return null;
  const tidy = (s: string) =>
    normalizeRegionName(s)
      .replace(/\b(h|hj|dr|ir|drs|st|s pd|s e|s h|s kom|a md|amd)\b/g, '')
      .replace(/\s+/g, '');
  return tidy(a) === tidy(b);
}
