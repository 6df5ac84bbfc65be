import fs from 'node:fs';
import path from 'node:path';
import { formatFileSize } from '../../../shared/domain/format';
import { CliError, defineCommand, requireOption } from '../command';
import { openCore } from '../openCore';

const FORMATS = { '.pdf': 'pdf', '.xlsx': 'xlsx', '.json': 'json' } as const;

export const reportCommand = defineCommand({
  name: 'report',
  summary: 'Membuat laporan capaian UCJ untuk pimpinan sebagai PDF, Excel atau JSON.',
  usage: 'report --db BERKAS --out LAPORAN.pdf|LAPORAN.xlsx|LAPORAN.json [--as-of TTTT-BB-HH] [--annex] [--full-nik --purpose "TUJUAN"]',
  details: [
    '  --db BERKAS         berkas basis data',
    '  --out BERKAS        berkas hasil; jenisnya menurut akhiran: .pdf, .xlsx atau .json',
    '  --as-of TTTT-BB-HH  keadaan per tanggal ini (bawaan: hari ini)',
    '  --annex             lampirkan daftar pekerja yang dibiayai program pada bulan laporan',
    '                      (PDF: 5.000 baris pertama; Excel: semuanya). NIK disamarkan: 1311**********03',
    '  --full-nik          NIK lengkap di lampiran; wajib dengan --purpose, dicatat di log audit',
    '  --purpose "TUJUAN"  untuk apa NIK lengkap diperlukan (paling sedikit 10 huruf)',
    '',
    'JSON berisi semua angka yang dicetak di PDF. Setiap ekspor dicatat di log audit.',
  ],
  options: {
    db: { type: 'string' },
    out: { type: 'string' },
    'as-of': { type: 'string' },
    annex: { type: 'boolean' },
    'full-nik': { type: 'boolean' },
    purpose: { type: 'string' },
  },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const dbPath = requireOption(values.db, 'db', 'report');
    const out = path.resolve(requireOption(values.out, 'out', 'report'));
    const format = FORMATS[path.extname(out).toLowerCase() as keyof typeof FORMATS];
    if (!format) {
      throw new CliError(`Jenis berkas "${path.basename(out)}" tidak dikenal; akhiri --out dengan .pdf, .xlsx atau .json.`);
    }
    if (values['full-nik'] && !values.purpose) {
      throw new CliError('--full-nik perlu --purpose "TUJUAN": untuk apa NIK lengkap diperlukan (dicatat di log audit).');
    }
    if (values.purpose !== undefined && !values['full-nik']) {
      throw new CliError('--purpose hanya dipakai bersama --full-nik.');
    }
    if (values['full-nik'] && !values.annex) {
      throw new CliError('--full-nik hanya berlaku untuk lampiran; tambahkan --annex.');
    }
    if (!fs.existsSync(path.dirname(out))) throw new CliError(`Folder "${path.dirname(out)}" tidak ada.`);
    const core = await openCore(dbPath);
    try {
      const ref = await core.invoke('report.export', {
        format,
        asOf: values['as-of'],
        annex: values.annex ?? false,
        fullNik: values['full-nik'] ? { purpose: values.purpose! } : undefined,
      });
      fs.copyFileSync(core.context.files.resolve(ref.fileId).path, out);
      console.log(`Laporan ditulis: ${out} (${formatFileSize(ref.size)}).`);
    } finally {
      core.close();
    }
  },
});
