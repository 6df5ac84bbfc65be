import { complianceGap } from '../compliance/gap';
import type { Store } from '../../platform/db/store';
import type { ComplianceFigures } from './arithmetic';

/**
 * The one place the planning arithmetic reads the compliance figures (employers and construction
 * projects, issue 13): wage workers who should be covered and are not, and workers of construction
 * projects that should be registered and are not, per kecamatan, as of a date. Before any employer or
 * construction list is imported there are no figures (null): the plan's employer and construction
 * lines are 0 and the page says why, rather than pretending everyone is compliant.
 */
export function complianceFigures(store: Store, asOf: string): ComplianceFigures | null {
  if (!store.compliance.listInfo().some((list) => list.batches > 0)) return null;
  return complianceGap(store, asOf);
}
