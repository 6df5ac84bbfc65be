import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { RegionRow } from '../../platform/db/queries/regions';

/**
 * Kemendagri region codes from the maintained `idn-area-data` package: every province, regency,
 * district and village of Indonesia. Read once per process and kept, since it never changes at run time.
 *
 * The package's own functions are an ES module, which the CommonJS bundle inside the desktop app's
 * app.asar could only reach through Node's require-of-ESM (broken from asar in some Electron versions,
 * electron/electron#46614). So its CSV files, which are its data, are read here with csv-parse: plain
 * CommonJS file reads that work from the source tree, the bundle and the archive alike.
 */
const require = createRequire(import.meta.url);

/** The folder of the package's CSV files (provinces, regencies, districts, villages). */
export function areaDataDir(): string {
  return path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
}

export const AREA_FILES = ['provinces', 'regencies', 'districts', 'villages'] as const;
type AreaFile = (typeof AREA_FILES)[number];

interface AreaCsvRow {
  code: string;
  name: string;
  province_code?: string;
  regency_code?: string;
  district_code?: string;
}

/**
 * The rows of one of the package's CSV files, as objects keyed by its header; with `parent`, only
 * the rows under those parent codes (its column is named like "district_code").
 * Parsed whole as arrays and filtered before objects are made: the village file has 83.000 rows.
 * Some names carry a literal `"` for an apostrophe (Soka"an), hence relax_quotes.
 */
async function readAreaCsv(file: AreaFile, parent?: { column: keyof AreaCsvRow; codes: ReadonlySet<string> }): Promise<AreaCsvRow[]> {
  const text = await fs.promises.readFile(path.join(areaDataDir(), `${file}.csv`));
  const [header, ...records] = parse(text, { bom: true, skip_empty_lines: true, relax_quotes: true }) as string[][];
  const parentAt = parent ? header!.indexOf(parent.column) : -1;
  if (parent && parentAt < 0) throw new Error(`${file}.csv of idn-area-data has no column ${parent.column}`);
  const rows: AreaCsvRow[] = [];
  for (const cells of records) {
    if (parent && !parent.codes.has(cells[parentAt]!)) continue;
    rows.push(Object.fromEntries(header!.map((column, i) => [column, cells[i] ?? ''])) as unknown as AreaCsvRow);
  }
  return rows;
}

export interface Area {
  code: string;
  name: string;
  parentCode: string | null;
}

let provincesCache: Promise<Area[]> | null = null;
let regenciesCache: Promise<Area[]> | null = null;

/** Kept once read; a failed read (a file missing from the package) is not kept, so the next call says so again. */
function keep<T>(load: () => Promise<T>, clear: () => void): Promise<T> {
  const result = load();
  result.catch(clear);
  return result;
}

export function provinces(): Promise<Area[]> {
  provincesCache ??= keep(
    async () => (await readAreaCsv('provinces')).map((r) => ({ code: r.code, name: displayName(r.name), parentCode: null })),
    () => (provincesCache = null),
  );
  return provincesCache;
}

export function regencies(): Promise<Area[]> {
  regenciesCache ??= keep(
    async () => (await readAreaCsv('regencies')).map((r) => ({ code: r.code, name: displayName(r.name), parentCode: r.province_code ?? null })),
    () => (regenciesCache = null),
  );
  return regenciesCache;
}

const hierarchies = new Map<string, Promise<RegionRow[] | null>>();

/** The regency with its province, districts and villages, ready for the regions table (kept per regency). */
export async function regencyHierarchy(regencyCode: string): Promise<RegionRow[] | null> {
  let rows = hierarchies.get(regencyCode);
  if (!rows) {
    rows = keep(() => readHierarchy(regencyCode), () => hierarchies.delete(regencyCode));
    hierarchies.set(regencyCode, rows);
  }
  const found = await rows;
  return found && found.map((row) => ({ ...row }));
}

async function readHierarchy(regencyCode: string): Promise<RegionRow[] | null> {
  const regency = (await regencies()).find((r) => r.code === regencyCode);
  if (!regency) return null;
  const province = (await provinces()).find((p) => p.code === regency.parentCode)!;
  const districts = await readAreaCsv('districts', { column: 'regency_code', codes: new Set([regencyCode]) });
  const villages = await readAreaCsv('villages', { column: 'district_code', codes: new Set(districts.map((d) => d.code)) });
  return [
    { code: province.code, level: 'province', parent_code: null, name: province.name },
    { code: regency.code, level: 'regency', parent_code: province.code, name: regency.name },
    ...districts.map((d) => ({ code: d.code, level: 'district' as const, parent_code: regencyCode, name: displayName(d.name) })),
    ...villages.map((v) => ({ code: v.code, level: 'village' as const, parent_code: v.district_code!, name: displayName(v.name) })),
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
