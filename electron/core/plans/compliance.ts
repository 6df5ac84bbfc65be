import type { Store } from '../db/store';
import type { ComplianceFigures } from './arithmetic';

/**
 * The one place the planning arithmetic reads the compliance figures (employers and construction
 * projects, issue 13): wage workers who should be covered and are not, and workers of construction
 * projects that should be registered and are not, per kecamatan, as of a date.
 *
 * Until the compliance engine (electron/core/compliance/gap.ts, `complianceGap`) is in this branch,
 * there are no figures: the employer and construction lines of a plan are 0 and the page says why.
 */
export function complianceFigures(_store: Store, _asOf: string): ComplianceFigures | null {
  return null;
}
