import type { Settings } from '../../../../shared/contract';
import type { CoreContext } from '../../platform/context';
import type { RegionRow } from '../../platform/db/queries/regions';
import type { Store } from '../../platform/db/store';
import { CakapError, conflict, invalidInput } from '../../platform/errors';
import { defaultVillageLabel, regencyHierarchy } from '../regions/areaData';

export const REGENCY = 'regencyCode';
/** Set only in a province's database (init --province): the province whose regencies send packages. */
export const PROVINCE = 'provinceCode';
export const VILLAGE_LABEL = 'villageLabel';

export function readSettings(store: Store): Settings {
  const regencyCode = store.settings.get<string>(REGENCY);
  const regency = regencyCode ? store.regions.byCode(regencyCode) : null;
  const provinceOnly = store.settings.get<string>(PROVINCE);
  const province = regency?.parent_code ? store.regions.byCode(regency.parent_code) : provinceOnly ? store.regions.byCode(provinceOnly) : null;
  const villageLabelDefault = defaultVillageLabel(province?.code ?? null);
  return {
    mode: provinceOnly ? 'province' : 'regency',
    regencyCode: regency?.code ?? null,
    regencyName: regency?.name ?? null,
    provinceCode: province?.code ?? null,
    provinceName: province?.name ?? null,
    villageLabel: store.settings.get<string>(VILLAGE_LABEL) ?? villageLabelDefault,
    villageLabelDefault,
    regencyChangeable: !provinceOnly && store.workforce.isEmpty() && !store.workers.any(),
  };
}

/** The chosen regency's row; every figure needs one, so its absence is a clear error. */
export function requireRegency(store: Store): RegionRow {
  const code = store.settings.get<string>(REGENCY);
  const regency = code ? store.regions.byCode(code) : null;
  if (!regency) {
    throw new CakapError('NO_REGENCY', 'Kabupaten belum dipilih. Pilih kabupaten di halaman Pengaturan terlebih dahulu.');
  }
  return regency;
}

/** Loads a regency's districts and villages; refused once figures have been recorded against the current one. */
export async function chooseRegency(ctx: CoreContext, code: string): Promise<Settings> {
  const current = readSettings(ctx.store);
  if (current.mode === 'province') {
    throw conflict(`Basis data ini milik ${current.provinceName ?? 'provinsi'} (paket kabupaten/kota); buat basis data baru untuk sebuah kabupaten.`);
  }
  if (current.regencyCode === code) return current;
  const rows = await regencyHierarchy(code);
  if (!rows) {
    throw invalidInput(`Kode kabupaten/kota "${code}" tidak dikenal. Contoh: 13.11 untuk Kabupaten Solok Selatan.`);
  }
  if (current.regencyCode && !current.regencyChangeable) {
    throw conflict(
      `Kabupaten tidak dapat diganti: basis data ini sudah berisi data ${current.regencyName} (penduduk bekerja atau pekerja). Buat basis data baru untuk kabupaten lain.`,
    );
  }
  ctx.store.transaction(() => {
    ctx.store.regions.replaceAll(rows);
    ctx.store.settings.set(REGENCY, code);
    ctx.audit('settings.regency', { from: current.regencyCode, to: code });
  });
  return readSettings(ctx.store);
}
