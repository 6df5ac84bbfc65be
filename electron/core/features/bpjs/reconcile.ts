import type { Output } from '../../../../shared/contract';
import { localIsoDate } from '../../../../shared/domain/months';
import { normalizeRegionName } from '../regions/matcher';
import { readFinanceSettings } from '../finance/settings';
import type { Store } from '../../platform/db/store';

type Reconciliation = Output<'bpjs.reconciliation'>;

/**
 * Compares the workers and enrolments Cakap holds with the newest BPJS participant list, as of that
 * list's date: who is paid for but not (yet) registered, who is registered but paid by no program,
 * whose name differs between the two on the same NIK, and who was sent to the branch for registration
 * more than the waiting days ago (Pengaturan) and is still not on its list ("diajukan, belum terdaftar").
 */
export function reconcile(store: Store, view: 'notRegistered' | 'notEnrolled' | 'nameMismatch' | 'submitted', offset: number, limit: number, now: Date): Reconciliation {
  const batchId = store.bpjs.latestMembersBatch();
  const waitDays = readFinanceSettings(store).registrationWaitDays;
  const empty = { notRegistered: 0, notEnrolled: 0, nameMismatch: 0, submitted: 0 };
  if (batchId === null) return { batchId: null, asOf: null, counts: empty, waitDays, rows: [] };
  const lists = store.bpjs.reconciliation(batchId);
  const mismatches = lists.matched.filter((m) => sameName(m.name, m.bpjs_name) === false);
  const today = localIsoDate(now);
  const cutoff = localIsoDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() - waitDays));
  const submitted = store.finance.awaitingRegistration(cutoff, today.slice(0, 7), batchId, view === 'submitted' ? limit : 1, view === 'submitted' ? offset : 0);
  const counts = { notRegistered: lists.notRegistered.length, notEnrolled: lists.notEnrolled.length, nameMismatch: mismatches.length, submitted: submitted.total };
  if (view === 'submitted') {
    return {
      batchId,
      asOf: lists.asOf,
      counts,
      waitDays,
      rows: submitted.rows.map((r) => ({ nik: r.nik, name: r.name, bpjsName: null, kpj: r.kpj, segment: null, program: r.program, villageName: r.village_name, sentOn: r.sent_on })),
    };
  }
  const pick = view === 'notRegistered' ? lists.notRegistered : view === 'notEnrolled' ? lists.notEnrolled : mismatches;
  return {
    batchId,
    asOf: lists.asOf,
    counts,
    waitDays,
    rows: pick.slice(offset, offset + limit).map((r) => ({
      nik: r.nik,
      name: r.name,
      bpjsName: r.bpjs_name,
      kpj: r.kpj,
      segment: r.segment,
      program: r.program,
      villageName: r.village_name,
      sentOn: null,
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
