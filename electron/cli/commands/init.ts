import { DEFAULT_REGENCY } from '../../core/app/core';
import { defineCommand, requireOption } from '../command';
import { openCore } from '../openCore';

export const initCommand = defineCommand({
  name: 'init',
  summary: 'Membuat atau memperbarui basis data Cakap dan memuat kecamatan serta desa/nagari kabupaten.',
  usage: 'init --db BERKAS [--regency KODE]',
  details: [
    '  --db BERKAS       berkas basis data (.sqlite); dibuat bila belum ada',
    `  --regency KODE    kode Kemendagri kabupaten/kota, bawaan ${DEFAULT_REGENCY} (Kabupaten Solok Selatan)`,
  ],
  options: { db: { type: 'string' }, regency: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const dbPath = requireOption(values.db, 'db', 'init');
    const regency = values.regency ?? DEFAULT_REGENCY;
    const core = await openCore(dbPath, { create: true, defaultRegency: regency });
    try {
      const settings = await core.invoke('settings.setRegency', { code: regency });
      const tree = await core.invoke('regions.tree', {});
      const villages = tree.districts.reduce((n, d) => n + d.villages.length, 0);
      console.log(
        `Basis data siap: ${dbPath} — ${settings.regencyName} (${settings.regencyCode}), ${tree.districts.length} kecamatan, ${villages} ${settings.villageLabel.toLowerCase()}.`,
      );
    } finally {
      core.close();
    }
  },
});
