import type { CoverageReport } from '../../../shared/contract/report';
import type { Store } from '../db/store';
import { CakapError } from '../errors';

/**
 * The coverage engine: every figure of the leadership report at an as-of date (DESIGN.md section 3).
 * Being written; see the report contract in shared/contract/report.ts for what it returns.
 */
export function computeCoverage(_store: Store, _asOf: string, _now: Date): CoverageReport {
  throw new CakapError('NOT_READY', 'Perhitungan cakupan belum tersedia.');
}
