import type { Store } from '../../platform/db/store';
import { RegionResolver } from '../regions/resolver';
import { readSettings, requireRegency } from '../settings/settings';

/** The regency's kecamatan and villages, as every worker list is placed in them. */
export function regionResolverOf(store: Store): RegionResolver {
  const regency = requireRegency(store);
  const { villageLabel } = readSettings(store);
  return new RegionResolver(regency, store.regions.byLevel('district'), store.regions.byLevel('village'), villageLabel);
}
