import fs from 'node:fs';
import path from 'node:path';
import { formatDate } from '../../../shared/domain/format';
import { CliError, defineCommand, requireOption } from '../command';
import { openCore } from '../openCore';

export const packageCommand = defineCommand({
  name: 'package',
  summary: 'Paket kabupaten untuk provinsi (.cakap): angka laporan pimpinan, rencana terpilih dan kepatuhan, tanpa NIK atau nama.',
  usage: 'package --db BERKAS --out PAKET.cakap [--as-of TTTT-BB-HH] [--json]',
  details: [
    '  --db BERKAS          berkas basis data kabupaten/kota',
    '  --out PAKET.cakap    berkas paket yang ditulis',
    '  --as-of TTTT-BB-HH   keadaan per tanggal ini (bawaan: hari ini)',
    '  --json               cetak satu objek JSON: {file, regency, asOf, sha256}',
    '',
    'Paket diberi checksum SHA-256 dan nama kantor serta waktu pembuatannya; provinsi mengimpornya dengan perintah province.',
  ],
  options: { db: { type: 'string' }, out: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const dbPath = requireOption(values.db, 'db', 'package');
    const out = requireOption(values.out, 'out', 'package');
    if (path.extname(out).toLowerCase() !== '.cakap') throw new CliError(`Berkas paket harus berakhiran .cakap, misalnya paket-${formatDate(new Date()).replace(/\s/g, '-').toLowerCase()}.cakap.`);
    const core = await openCore(dbPath);
    try {
      const written = await core.invoke('package.write', { asOf: values['as-of'] });
      fs.copyFileSync(core.context.files.resolve(written.file.fileId).path, out);
      if (values.json) {
        process.stdout.write(`${JSON.stringify({ file: path.resolve(out), regency: written.regency.code, asOf: written.asOf, sha256: written.sha256 })}\n`);
      } else {
        console.log(`Paket ${written.regency.name} per ${formatDate(written.asOf)} ditulis: ${out} (SHA-256 ${written.sha256}).`);
      }
    } finally {
      core.close();
    }
  },
});
