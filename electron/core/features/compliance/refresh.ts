import { formatDate } from '../../../../shared/domain/format';
import { localIsoDate } from '../../../../shared/domain/months';
import type { Store } from '../../platform/db/store';
import { recomputeMatches } from './match';
import { readRules } from './rules';
import { computeState, isEmployerCase, isProjectCase } from './state';
import { perDate } from './views';

/**
 * After any change to the lists (an import, an undo, a review decision): the matches are made again,
 * and a followed-up case whose employer or project a BPJS list now shows registered closes by itself,
 * naming that list. Runs inside the caller's transaction.
 */
export function refreshCompliance(store: Store, options: { now: Date; actor: string; batchId?: number; kind?: string }): void {
  recomputeMatches(store, readRules(store));
  closeResolvedCases(store, options.now);
}

export function closeResolvedCases(store: Store, now: Date): number {
  const open = store.compliance.openCases();
  if (open.length === 0) return 0;
  const today = localIsoDate(now);
  const state = computeState(store, today);
  const employers = new Map(state.employers.map((e) => [e.key, e]));
  const projects = new Map(state.projects.map((p) => [p.key, p]));
  const batchName = (id: number) => store.imports.byId(id)?.file_name ?? '';
  let closed = 0;
  for (const c of open) {
    let reason: string | null = null;
    let batchId: number | null = null;
    if (c.subject === 'employer') {
      const e = employers.get(c.subject_key);
      if (e && !isEmployerCase(e) && e.bpjs) {
        batchId = e.bpjs.batch_id;
        reason = `Terdaftar ${e.registeredWorkers === null ? '' : `dengan ${e.registeredWorkers} tenaga kerja `}menurut daftar pemberi kerja BPJS${perDate(e.bpjs.as_of)} (impor #${batchId} "${batchName(batchId)}").`;
      }
    } else {
      const p = projects.get(c.subject_key);
      if (p && !isProjectCase(p) && p.registration) {
        batchId = p.registration.batch_id;
        reason = `Proyek terdaftar${p.registration.registered_date ? ` sejak ${formatDate(p.registration.registered_date)}` : ''} menurut daftar proyek BPJS${perDate(p.registration.as_of)} (impor #${batchId} "${batchName(batchId)}").`;
      }
    }
    if (!reason) continue;
    const at = now.toISOString();
    store.compliance.closeCase(c.id, at, reason, batchId);
    store.compliance.insertAction({ case_id: c.id, action: 'autoClosed', on_date: today, recorded_at: at, actor: 'Cakap', letter_number: null, note: reason });
    closed++;
  }
  return closed;
}

/** Undoing a BPJS list reopens the cases it had closed. */
export function reopenCasesOfBatch(store: Store, batchId: number, now: Date, actor: string): number {
  const cases = store.compliance.casesClosedBy(batchId);
  const at = now.toISOString();
  for (const c of cases) {
    store.compliance.reopenCase(c.id);
    store.compliance.insertAction({ case_id: c.id, action: 'reopened', on_date: localIsoDate(now), recorded_at: at, actor, letter_number: null, note: `Impor #${batchId} yang menutup kasus ini dibatalkan.` });
  }
  return cases.length;
}

/** Undoing an employer or project list: its rows go, the cases it closed reopen, the matches are made again. */
export function undoComplianceBatch(store: Store, batchId: number, now: Date, actor: string): number {
  const removed = store.compliance.deleteOfBatch(batchId);
  reopenCasesOfBatch(store, batchId, now, actor);
  recomputeMatches(store, readRules(store));
  closeResolvedCases(store, now);
  return removed;
}
