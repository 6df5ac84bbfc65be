import type { Store } from '../../platform/db/store';

/**
 * Who a list's row is about when it carries only a KPJ: the NIK that KPJ has on a participant list
 * (newest first), else on Cakap's own worker data. Worker KPJs are gathered once, the first time one
 * is needed (there is no index on them: the worker import stays as fast as it is).
 */
export class Identities {
  private workerKpjs: Map<string, string> | null = null;

  constructor(private readonly store: Store) {}

  nikOfKpj(kpj: string): string | null {
    const member = this.store.finance.nikByMemberKpj(kpj);
    if (member) return member;
    if (!this.workerKpjs) {
      this.workerKpjs = new Map();
      for (const w of this.store.finance.workerKpjs()) if (!this.workerKpjs.has(w.kpj)) this.workerKpjs.set(w.kpj, w.nik);
    }
    return this.workerKpjs.get(kpj) ?? null;
  }

  /** The worker Cakap holds under this NIK, if any. */
  workerId(nik: string): number | null {
    return this.store.workers.byNik(nik)?.id ?? null;
  }
}
