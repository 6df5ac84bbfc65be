import { DEFAULT_REGENCY } from '../../core/app/core';
import { CliError, defineCommand, requireOption } from '../command';
import { openCore } from '../openCore';

export const initCommand = defineCommand({
  name: 'init',
  summary: 'Membuat atau memperbarui basis data Cakap: untuk kabupaten/kota (kecamatan dan desa/nagari), atau untuk provinsi (kabupaten/kotanya).',
  usage: 'init --db BERKAS [--regency KODE]\n       npm run cakap -- init --db BERKAS --province KODE',
  details: [
    '  --db BERKAS       berkas basis data (.sqlite); dibuat bila belum ada',
    `  --regency KODE    kode Kemendagri kabupaten/kota, bawaan ${DEFAULT_REGENCY} (Kabupaten Solok Selatan)`,
    '  --province KODE   basis data provinsi, misalnya 13 (Sumatera Barat): menerima paket kabupaten/kota (perintah province)',
  ],
  options: { db: { type: 'string' }, regency: { type: 'string' }, province: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const dbPath = requireOption(values.db, 'db', 'init');
    if (values.province !== undefined) {
      if (values.regency !== undefined) throw new CliError('Pilih salah satu: --regency (kabupaten/kota) atau --province (provinsi).');
      const core = await openCore(dbPath, { create: true, defaultRegency: null });
      try {
        const province = await core.invoke('province.setup', { code: values.province });
        const status = await core.invoke('province.status', {});
        console.log(`Basis data provinsi siap: ${dbPath} — Provinsi ${province.name} (${province.code}), ${status.regencies.length} kabupaten/kota.`);
      } finally {
        core.close();
      }
      return;
    }
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
