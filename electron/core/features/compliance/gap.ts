import type { Store } from '../../platform/db/store';
import { complianceState } from './state';

/**
 * What employers and construction projects leave uncovered on a date: the coverage that should cost
 * the regency nothing. The planning feature (issue 14) builds its employer and construction lines on it.
 */
export interface ComplianceGap {
  asOf: string; // YYYY-MM-DD
  /** Wage workers who should be covered and are not (PWBD: whole reported workforce; PDS tenaga kerja: reported − registered). */
  uncoveredWageWorkers: number;
  /** Workers of construction projects that should be registered and are not (from the list's worker column, else your documented estimate). */
  unregisteredProjectWorkers: number;
  byDistrict: { code: string | null; uncoveredWageWorkers: number; unregisteredProjectWorkers: number }[]; // code null = kecamatan unknown
}

/**
 * Employers: every business on a licence or WLKP list, as of `asOf`, matched to the BPJS employer list;
 * PWBD counts its whole reported workforce, PDS tenaga kerja the reported minus the registered.
 * Projects: packages past their registration deadline with no BPJS registration, whose work is under
 * way on `asOf` (start to end date; without an end date, the rules' default duration); their workers
 * from the list, else ceil(value × labour share ÷ (monthly wage × months)) with the shares in
 * Pengaturan › Aturan kepatuhan (defaults 25 % and Rp 3.000.000).
 */
export function complianceGap(store: Store, asOf: string): ComplianceGap {
  const state = complianceState(store, asOf);
  const byDistrict = new Map<string | null, { code: string | null; uncoveredWageWorkers: number; unregisteredProjectWorkers: number }>();
  const row = (code: string | null) => {
    let r = byDistrict.get(code);
    if (!r) {
      r = { code, uncoveredWageWorkers: 0, unregisteredProjectWorkers: 0 };
      byDistrict.set(code, r);
    }
    return r;
  };
  let wage = 0;
  let project = 0;
  for (const e of state.employers) {
    if (e.uncoveredWorkers === 0) continue;
    wage += e.uncoveredWorkers;
    row(e.districtCode).uncoveredWageWorkers += e.uncoveredWorkers;
  }
  for (const p of state.projects) {
    if (p.status !== 'unregistered' || !p.active) continue;
    project += p.workers;
    row(p.pkg.district_code).unregisteredProjectWorkers += p.workers;
  }
  return {
    asOf,
    uncoveredWageWorkers: wage,
    unregisteredProjectWorkers: project,
    byDistrict: [...byDistrict.values()].sort((a, b) => (a.code ?? '~').localeCompare(b.code ?? '~')),
  };
}
