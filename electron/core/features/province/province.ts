import type { CoreContext } from '../../platform/context';
import type { Store } from '../../platform/db/store';
import { conflict, invalidInput } from '../../platform/errors';
import { provinces, regencies } from '../regions/areaData';
import { PROVINCE, readSettings, REGENCY } from '../settings/settings';

/**
 * A province's own database (init --province 13): it holds no person, only the province, its
 * regencies and cities, and the packages they send. The province's Disnaker and the BPJS regional
 * office follow every regency's coverage from it.
 */
export function readProvince(store: Store): { code: string; name: string } | null {
  const settings = readSettings(store);
  return settings.mode === 'province' && settings.provinceCode ? { code: settings.provinceCode, name: settings.provinceName ?? settings.provinceCode } : null;
}

export function requireProvince(store: Store): { code: string; name: string } {
  const province = readProvince(store);
  if (!province) throw conflict('Basis data ini milik kabupaten/kota; laporan provinsi dibuat di basis data provinsi (npm run cakap -- init --db BERKAS --province 13).');
  return province;
}

export async function setupProvince(ctx: CoreContext, code: string): Promise<{ code: string; name: string }> {
  const settings = readSettings(ctx.store);
  if (settings.mode === 'province' && settings.provinceCode === code) return readProvince(ctx.store)!;
  // A new database opens with the default regency loaded; until it holds figures it may become the province's.
  if ((settings.regencyCode && !settings.regencyChangeable) || settings.mode === 'province') {
    throw conflict(`Basis data ini sudah milik ${settings.regencyName ?? settings.provinceName}; buat basis data baru untuk provinsi.`);
  }
  const province = (await provinces()).find((p) => p.code === code);
  if (!province) throw invalidInput(`Kode provinsi "${code}" tidak dikenal. Contoh: 13 untuk Sumatera Barat.`);
  const members = (await regencies()).filter((r) => r.parentCode === code);
  ctx.store.transaction(() => {
    ctx.store.regions.replaceAll([
      { code: province.code, level: 'province', parent_code: null, name: province.name },
      ...members.map((r) => ({ code: r.code, level: 'regency' as const, parent_code: province.code, name: r.name })),
    ]);
    ctx.store.settings.remove(REGENCY);
    ctx.store.settings.set(PROVINCE, code);
    ctx.audit('province.setup', { code, name: province.name, regencies: members.length, insteadOf: settings.regencyCode });
  });
  return { code: province.code, name: province.name };
}
