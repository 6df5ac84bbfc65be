import path from 'node:path';
import { formatDate, formatNumber } from '../../../shared/domain/format';
import { buildDemo } from '../../demo/buildDemo';
import { defineCommand, requireOption } from '../command';

export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'Membangun contoh kabupaten yang realistis (Solok Selatan) beserta laporan PDF, Excel dan JSON-nya.',
  usage: 'demo --out FOLDER',
  details: [
    '  --out FOLDER   folder tujuan: basis data contoh, daftar yang diimpor, data BPJS dan laporan',
    '',
    'Daftar pekerja contoh dari setiap nagari ditulis sebagai berkas Excel yang berantakan seperti aslinya,',
    'lalu diimpor dengan pengimpor yang sama. Program APBD, APBD Provinsi, DBH Sawit, APB Nagari dan CSR dibuat,',
    'rekap BPJS 12 bulan diimpor, lalu laporan pimpinan ditulis. Sesudahnya: npm run cakap -- serve --db FOLDER/cakap-demo.sqlite',
  ],
  options: { out: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const out = path.resolve(requireOption(values.out, 'out', 'demo'));
    const result = await buildDemo(out, (line) => console.log(line));
    console.log(
      `Selesai: ${formatNumber(result.workers)} pekerja (${formatNumber(result.rejected)} baris ditolak saat impor), ${result.programs} program, keadaan per ${formatDate(result.asOf)}.`,
    );
    for (const file of result.files) console.log(`  ${file}`);
    console.log(`Buka di peramban: npm run cakap -- serve --db ${result.dbPath}`);
  },
});
