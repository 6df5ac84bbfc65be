import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import type { RegionRow } from '../../platform/db/queries/regions';

/**
 * Kemendagri region codes from the maintained `idn-area-data` package: every province, regency,
 * district and village of Indonesia. Read once per process and kept, since it never changes at run time.
 */

export interface Area {
  code: string;
  name: string;
  parentCode: string | null;
}

let provincesCache: Promise<Area[]> | null = null;
let regenciesCache: Promise<Area[]> | null = null;

export function provinces(): Promise<Area[]> {
  provincesCache ??= getProvinces().then((rows) => rows.map((r) => ({ code: r.code, name: displayName(r.name), parentCode: null })));
  return provincesCache;
}

export function regencies(): Promise<Area[]> {
  regenciesCache ??= getRegencies().then((rows) =>
    rows.map((r) => ({ code: r.code, name: displayName(r.name), parentCode: r.province_code })),
  );
  return regenciesCache;
}

/** The regency with its province, districts and villages, ready for the regions table. */
export async function regencyHierarchy(regencyCode: string): Promise<RegionRow[] | null> {
  const regency = (await regencies()).find((r) => r.code === regencyCode);
  if (!regency) return null;
  const province = (await provinces()).find((p) => p.code === regency.parentCode)!;
  const districts = (await getDistricts()).filter((d) => d.regency_code === regencyCode);
  const districtCodes = new Set(districts.map((d) => d.code));
  const villages = (await getVillages()).filter((v) => districtCodes.has(v.district_code));
  return [
    { code: province.code, level: 'province', parent_code: null, name: province.name },
    { code: regency.code, level: 'regency', parent_code: province.code, name: regency.name },
    ...districts.map((d) => ({ code: d.code, level: 'district' as const, parent_code: regencyCode, name: displayName(d.name) })),
    ...villages.map((v) => ({ code: v.code, level: 'village' as const, parent_code: v.district_code, name: displayName(v.name) })),
  ];
}

const KEEP_UPPER = new Set(['DKI', 'DI', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII']);

/** "KABUPATEN SOLOK SELATAN" -> "Kabupaten Solok Selatan"; "DKI JAKARTA" keeps "DKI". Mixed case stays. */
export function displayName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name !== name.toUpperCase()) return name;
  return name
    .split(' ')
    .map((word) => (KEEP_UPPER.has(word) ? word : word.charAt(0) + word.slice(1).toLowerCase()))
    .join(' ')
    .replace(/\b(\w)(\w*)-(\w)/g, (_m, a: string, b: string, c: string) => `${a}${b}-${c.toUpperCase()}`);
}

/** West Sumatra calls its villages nagari; elsewhere the Kemendagri term is desa/kelurahan. */
export function defaultVillageLabel(provinceCode: string | null): string {
  return provinceCode === '13' ? 'Nagari' : 'Desa/Kelurahan';
}
