import fs from 'node:fs';
import path from 'node:path';
import { formatDate, formatNumber, formatPercent } from '../../../shared/domain/format';
import { CliError, defineCommand, requireOption } from '../command';
import { openCore } from '../openCore';

const FORMATS = ['.pdf', '.xlsx', '.json'] as const;

export const provinceCommand = defineCommand({
  name: 'province',
  summary: 'Basis data provinsi: mengimpor paket kabupaten/kota (.cakap); yang lebih baru untuk bulan yang sama menggantikan yang lama.',
  usage: 'province --db BERKAS PAKET.cakap... [--json]',
  details: [
    '  --db BERKAS   basis data provinsi (dibuat dengan: npm run cakap -- init --db BERKAS --province 13)',
    '  --json        cetak satu objek JSON: {imported, replaced, refused: [{file, reason}]}',
    '',
    'Setiap paket diperiksa: checksum, kabupaten/kota di provinsi ini, dan tanggalnya. Paket yang ditolak disebut alasannya.',
    'Kode keluar: 0 bila ada paket yang diimpor, 2 bila tidak ada satu pun.',
  ],
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 500, label: 'paket .cakap' },
  async run({ values, positionals }) {
    const dbPath = requireOption(values.db, 'db', 'province');
    const core = await openCore(dbPath);
    try {
      const missing = positionals.find((file) => !fs.existsSync(file));
      if (missing) throw new CliError(`Berkas "${missing}" tidak ditemukan.`);
      const fileIds = positionals.map((file) => core.context.files.register(path.resolve(file)).fileId);
      const result = await core.invoke('province.importPackages', { fileIds });
      if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else {
        console.log(`${formatNumber(result.imported)} paket diimpor, ${formatNumber(result.replaced)} menggantikan paket lama, ${formatNumber(result.refused.length)} ditolak.`);
        for (const r of result.refused) console.error(r.reason);
      }
      return result.imported === 0 ? 2 : 0;
    } finally {
      core.close();
    }
  },
});

export const provinceReportCommand = defineCommand({
  name: 'province-report',
  summary: 'Laporan provinsi: capaian setiap kabupaten/kota terhadap targetnya dan jumlah provinsi, sebagai PDF (kop provinsi), Excel atau JSON.',
  usage: 'province-report --db BERKAS --out LAPORAN.pdf|LAPORAN.xlsx|LAPORAN.json [--as-of TTTT-BB-HH]',
  details: [
    '  --db BERKAS          basis data provinsi',
    '  --out BERKAS         .pdf, .xlsx atau .json menurut akhiran namanya',
    '  --as-of TTTT-BB-HH   keadaan per tanggal ini (bawaan: hari ini); paket bulan itu, atau yang terakhir sebelumnya',
    '',
    'JSON: {province, asOf, regencies: [{code, name, workforce, active, coveragePercent, targetPercent, gapWorkers, gapRupiah,',
    '       sources, compliance, planned, received}], total, trend, missing}',
  ],
  options: { db: { type: 'string' }, out: { type: 'string' }, 'as-of': { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const dbPath = requireOption(values.db, 'db', 'province-report');
    const out = requireOption(values.out, 'out', 'province-report');
    const extension = path.extname(out).toLowerCase() as (typeof FORMATS)[number];
    if (!FORMATS.includes(extension)) throw new CliError(`Akhiran "${path.extname(out) || '(tanpa akhiran)'}" tidak dikenal; pakai .pdf, .xlsx atau .json.`);
    const core = await openCore(dbPath);
    try {
      const file = await core.invoke('province.export', { format: extension.slice(1) as 'pdf', asOf: values['as-of'] });
      fs.copyFileSync(core.context.files.resolve(file.fileId).path, out);
      const report = await core.invoke('province.report', { asOf: values['as-of'] });
      const t = report.total;
      console.log(
        `Laporan Provinsi ${report.province.name} per ${formatDate(report.asOf)} ditulis: ${out}. Cakupan ${t.coveragePercent === null ? '–' : formatPercent(t.coveragePercent)}, ${t.reporting} dari ${t.regencies} kabupaten/kota mengirim paket.`,
      );
    } finally {
      core.close();
    }
  },
});
