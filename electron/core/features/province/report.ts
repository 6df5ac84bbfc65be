import type { ProvinceReport } from '../../../../shared/contract/province';
import type { Store } from '../../platform/db/store';
import type { PackageBody } from '../package/packageFile';
import { requireProvince } from './province';
import { provinceReport } from './summary';

/** The province report at a date, from the packages in the database. */
export function readProvinceReport(store: Store, asOf: string): ProvinceReport {
  const province = requireProvince(store);
  const regencies = store.regions.byLevel('regency').map((r) => ({ code: r.code, name: r.name }));
  const packages = store.province.currentUpTo(asOf.slice(0, 7)).map((row) => ({
    regencyCode: row.regency_code,
    month: row.month,
    exportedAt: row.exported_at,
    body: JSON.parse(row.body) as PackageBody,
  }));
  return provinceReport(province, regencies, packages, asOf);
}
