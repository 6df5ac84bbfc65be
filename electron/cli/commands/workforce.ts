import path from 'node:path';
import { formatNumber } from '../../../shared/domain/format';
import { defineCommand, parseYear, requireOption } from '../command';
import { LIST_FILE_FORMATS, LIST_FILE_HELP } from '../../../shared/domain/listFiles';
import { openCore } from '../openCore';

export const workforceCommand = defineCommand({
  name: 'workforce',
  summary: `Membaca jumlah penduduk bekerja per kecamatan untuk satu tahun dari berkas ${LIST_FILE_FORMATS}.`,
  usage: 'workforce --db BERKAS --year TAHUN [--source SUMBER] TABEL.xlsx|TABEL.xls|TABEL.ods|TABEL.csv',
  details: [
    '  --db BERKAS       berkas basis data',
    '  --year TAHUN      tahun data, misalnya 2025',
    '  --source SUMBER   sumber angka, misalnya "BPS, Sakernas Agustus 2024"',
    '',
    'Tabel berisi kolom nama atau kode kecamatan dan kolom jumlah penduduk bekerja; baris judul,',
    'baris nomor kolom dan baris jumlah dilewati. Bila ada kecamatan yang tidak dikenal, tidak ada yang disimpan.',
    LIST_FILE_HELP,
  ],
  options: { db: { type: 'string' }, year: { type: 'string' }, source: { type: 'string' } },
  positionals: { min: 1, max: 1, label: `berkas tabel (${LIST_FILE_FORMATS})` },
  async run({ values, positionals }) {
    const dbPath = requireOption(values.db, 'db', 'workforce');
    const year = parseYear(values.year, 'workforce');
    const file = path.resolve(positionals[0]!);
    const core = await openCore(dbPath);
    try {
      const { fileId } = core.context.files.register(file);
      const result = await core.invoke('workforce.importFile', { fileId, year, source: values.source ?? null });
      console.log(`Penduduk bekerja ${year} tersimpan untuk ${result.saved} wilayah, jumlah ${formatNumber(result.total)} orang.`);
      for (const note of result.notes) console.log(`  Catatan: ${note}`);
    } finally {
      core.close();
    }
  },
});
