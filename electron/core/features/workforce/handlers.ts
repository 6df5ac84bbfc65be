import type { WorkforceRow } from '../../../../shared/contract';
import type { CoreContext } from '../../platform/context';
import { invalidInput } from '../../platform/errors';
import type { Handlers } from '../../platform/handlers';
import type { Store } from '../../platform/db/store';
import type { WorkforceCeiling } from '../../platform/lists/values';
import { readSettings, requireRegency } from '../settings/settings';
import { readWorkforceFile } from './readWorkforceFile';

export interface WorkforceYear {
  rows: WorkforceRow[];
  total: number | null;
  totalBasis: 'districts' | 'regency' | 'none';
}

/** The kabupaten row first, then each kecamatan, with the year's figure or null. */
export function workforceForYear(ctx: CoreContext, year: number): WorkforceYear {
  return workforceOfYear(ctx.store, year);
}

function workforceOfYear(store: Store, year: number): WorkforceYear {
  const regency = requireRegency(store);
  const figures = new Map(store.workforce.byYear(year).map((r) => [r.area_code, r]));
  const rows: WorkforceRow[] = [regency, ...store.regions.byLevel('district')].map((area) => {
    const figure = figures.get(area.code);
    return {
      areaCode: area.code,
      areaName: area.name,
      level: area.level === 'regency' ? 'regency' : 'district',
      count: figure?.count ?? null,
      source: figure?.source ?? null,
    };
  });
  const districtCounts = rows.filter((r) => r.level === 'district' && r.count !== null).map((r) => r.count!);
  if (districtCounts.length > 0) {
    return { rows, total: districtCounts.reduce((a, b) => a + b, 0), totalBasis: 'districts' };
  }
  const regencyCount = rows[0]!.count;
  return { rows, total: regencyCount, totalBasis: regencyCount === null ? 'none' : 'regency' };
}

/**
 * The regency's working population of the latest year stored, the ceiling of any head count in its
 * lists (platform/lists/values.ts, workersMagnitude); null while none is stored.
 */
export function workforceCeiling(store: Store): WorkforceCeiling | null {
  if (!readSettings(store).regencyCode) return null;
  const regency = requireRegency(store);
  for (const year of store.workforce.years().reverse()) {
    const { total } = workforceOfYear(store, year);
    if (total !== null && total > 0) return { count: total, label: `${regency.name} tahun ${year}` };
  }
  return null;
}

function saveEntries(
  ctx: CoreContext,
  year: number,
  source: string | null,
  entries: readonly { areaCode: string; count: number | null }[],
  how: string,
): { saved: number; removed: number } {
  const regency = requireRegency(ctx.store);
  const allowed = new Set([regency.code, ...ctx.store.regions.byLevel('district').map((d) => d.code)]);
  const unknown = entries.filter((e) => !allowed.has(e.areaCode)).map((e) => e.areaCode);
  if (unknown.length > 0) {
    throw invalidInput(`Kode wilayah ${unknown.slice(0, 5).join(', ')} bukan kecamatan di ${regency.name}. Tidak ada yang disimpan.`);
  }
  const now = ctx.now().toISOString();
  let saved = 0;
  let removed = 0;
  ctx.store.transaction(() => {
    for (const entry of entries) {
      if (entry.count === null) removed += ctx.store.workforce.remove(entry.areaCode, year);
      else saved += ctx.store.workforce.upsert(entry.areaCode, year, entry.count, source, now);
    }
    ctx.audit('workforce.save', { year, how, saved, removed, source });
  });
  return { saved, removed };
}

export const workforceHandlers = {
  'workforce.years': (_input, ctx) => ctx.store.workforce.years(),
  'workforce.get': (input, ctx) => ({ year: input.year, ...workforceForYear(ctx, input.year) }),
  'workforce.save': (input, ctx) => saveEntries(ctx, input.year, input.source, input.entries, 'form'),
  'workforce.importFile': async (input, ctx) => {
    const file = ctx.files.resolve(input.fileId);
    const regency = requireRegency(ctx.store);
    const { entries, notes } = await readWorkforceFile(file.path, file.name, {
      regency,
      districts: ctx.store.regions.byLevel('district'),
    });
    const { saved } = saveEntries(ctx, input.year, input.source, entries, `file:${file.name}`);
    return { saved, total: entries.reduce((sum, e) => sum + e.count, 0), notes };
  },
} satisfies Partial<Handlers>;
