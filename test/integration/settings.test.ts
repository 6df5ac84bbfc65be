import { describe, expect, it } from 'vitest';
import { newCore } from '../helpers/core';

describe('choosing the regency', () => {
  it('a fresh database holds Solok Selatan: 7 kecamatan and 39 nagari with Kemendagri codes', async () => {
    const core = await newCore();
    const settings = await core.invoke('settings.get', {});
    expect(settings).toMatchObject({
      regencyCode: '13.11',
      regencyName: 'Kabupaten Solok Selatan',
      provinceName: 'Sumatera Barat',
      villageLabel: 'Nagari',
    });
    const { districts } = await core.invoke('regions.tree', {});
    expect(districts.map((d) => `${d.code} ${d.name}`)).toEqual([
      '13.11.01 Sangir',
      '13.11.02 Sungai Pagu',
      '13.11.03 Koto Parik Gadang Diateh',
      '13.11.04 Sangir Jujuan',
      '13.11.05 Sangir Batang Hari',
      '13.11.06 Pauh Duo',
      '13.11.07 Sangir Balai Janggo',
    ]);
    const nagari = districts.flatMap((d) => d.villages);
    expect(nagari).toHaveLength(39);
    expect(nagari).toContainEqual({ code: '13.11.01.2001', name: 'Lubuk Gadang' });
    expect(nagari.every((v) => /^13\.11\.0\d\.\d{4}$/.test(v.code))).toBe(true);
  });

  it('another regency can be chosen, and outside West Sumatra villages are "Desa/Kelurahan"', async () => {
    const core = await newCore();
    const provinces = await core.invoke('regions.provinces', {});
    expect(provinces).toContainEqual({ code: '32', name: 'Jawa Barat' });
    const regencies = await core.invoke('regions.regencies', { provinceCode: '32' });
    expect(regencies).toContainEqual({ code: '32.04', name: 'Kabupaten Bandung', provinceCode: '32' });

    const settings = await core.invoke('settings.setRegency', { code: '32.04' });
    expect(settings).toMatchObject({ regencyName: 'Kabupaten Bandung', villageLabel: 'Desa/Kelurahan' });
    const { districts } = await core.invoke('regions.tree', {});
    expect(districts.length).toBeGreaterThan(20);
    expect(districts.every((d) => d.code.startsWith('32.04.'))).toBe(true);
  });

  it('an unknown regency code is refused and nothing changes', async () => {
    const core = await newCore();
    await expect(core.invoke('settings.setRegency', { code: '13.99' })).rejects.toThrow('Kode kabupaten/kota "13.99" tidak dikenal');
    await expect(core.invoke('settings.setRegency', { code: 'solok' })).rejects.toThrow('berformat 13.11');
    expect((await core.invoke('settings.get', {})).regencyCode).toBe('13.11');
    expect((await core.invoke('regions.tree', {})).districts).toHaveLength(7);
  });

  it('once workforce figures exist, the regency can no longer be swapped under them', async () => {
    const core = await newCore();
    await core.invoke('workforce.save', { year: 2025, entries: [{ areaCode: '13.11.01', count: 19512 }] });
    expect((await core.invoke('settings.get', {})).regencyChangeable).toBe(false);
    await expect(core.invoke('settings.setRegency', { code: '32.04' })).rejects.toThrow(/tidak dapat diganti/);
    expect((await core.invoke('settings.get', {})).regencyCode).toBe('13.11');
  });

  it('the village label can be renamed and set back to the province default', async () => {
    const core = await newCore();
    expect((await core.invoke('settings.setVillageLabel', { label: 'Desa' })).villageLabel).toBe('Desa');
    expect((await core.invoke('settings.setVillageLabel', { label: null })).villageLabel).toBe('Nagari');
    await expect(core.invoke('settings.setVillageLabel', { label: 'x'.repeat(31) })).rejects.toThrow('paling panjang 30');
  });

  it('every change is written to the audit log with who made it', async () => {
    const core = await newCore();
    await core.invoke('settings.setVillageLabel', { label: 'Desa' });
    await core.invoke('targets.set', { year: 2025, percent: 28.3 });
    const log = core.context.store.audit.recent(10);
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['settings.villageLabel', 'targets.set']));
    expect(log.every((e) => e.actor === 'penguji')).toBe(true);
  });
});
