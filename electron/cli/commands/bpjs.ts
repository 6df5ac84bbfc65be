import crypto from 'node:crypto';
import path from 'node:path';
import { formatDate, formatMonth, formatNumber } from '../../../shared/domain/format';
import { ApiCallError } from '../../../shared/contract/errors';
import { CliError, defineCommand, requireOption } from '../command';
import { LIST_FILE_FORMATS, LIST_FILE_HELP } from '../../../shared/domain/listFiles';
import { openCore } from '../openCore';

export const bpjsCommand = defineCommand({
  name: 'bpjs',
  summary: 'Mengimpor daftar peserta BPJS Ketenagakerjaan atau rekap bulanan peserta aktif per kecamatan.',
  usage: 'bpjs --db BERKAS DATA.xlsx|DATA.xls|DATA.ods|DATA.csv [--month TTTT-BB] [--as-of TTTT-BB-HH] [--json]',
  details: [
    '  --month TTTT-BB       bulan rekap, bila tidak tertulis di berkas (judul, nama sheet atau nama berkas)',
    '  --as-of TTTT-BB-HH    tanggal daftar peserta, bila tidak tertulis di berkas',
    '  --json                cetak satu objek JSON: {kind, file, batchId, accepted, rejected, warnings, asOf, months, issues}',
    '',
    'Jenisnya dikenali dari kolom: daftar peserta punya kolom NIK; rekap punya kolom Kecamatan dan jumlah peserta aktif',
    '(satu kolom per segmen PU/BPU/Jakon/PMI, atau kolom Segmen dan Peserta Aktif). Rekap bulan yang sama tidak menimpa yang lama.',
    LIST_FILE_HELP,
  ],
  options: { db: { type: 'string' }, month: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, label: `berkas dari BPJS (${LIST_FILE_FORMATS})` },
  async run({ values, positionals }) {
    const dbPath = requireOption(values.db, 'db', 'bpjs');
    const file = path.resolve(positionals[0]!);
    const core = await openCore(dbPath);
    try {
      let fileId: string;
      try {
        fileId = core.context.files.register(file).fileId;
      } catch {
        throw new CliError(`Berkas "${file}" tidak ditemukan atau tidak dapat dibuka.`, 2);
      }
      let result;
      try {
        result = await core.invoke('bpjs.import', { jobId: crypto.randomUUID(), fileId, month: values.month, asOf: values['as-of'] });
      } catch (error) {
        if (error instanceof ApiCallError && error.code !== 'INTERNAL') throw new CliError(error.message, 2);
        throw error;
      }
      if (result.duplicateOf) {
        const then = result.duplicateOf.rejected > 0 ? ` Waktu itu ${formatNumber(result.duplicateOf.rejected)} baris ditolak; baris itu ada di berkas baris ditolak impor #${result.duplicateOf.batchId} (halaman Rekonsiliasi BPJS).` : '';
        console.error(`Berkas "${result.file}" sama persis dengan impor #${result.duplicateOf.batchId}; tidak ada yang diubah.${then}`);
      }
      for (const issue of result.issues) if (issue.row === null) console.error(issue.message);
      if (values.json) {
        process.stdout.write(`${JSON.stringify(result)}\n`);
        return 0;
      }
      if (result.batchId !== null) {
        const what =
          result.kind === 'members'
            ? `daftar peserta per ${formatDate(result.asOf!)}: ${formatNumber(result.accepted)} peserta`
            : `rekap ${result.months.map(formatMonth).join(', ')}: ${formatNumber(result.accepted)} baris kecamatan`;
        console.log(`Impor #${result.batchId} "${result.file}", ${what}, ${formatNumber(result.rejected)} ditolak, ${formatNumber(result.warnings)} dengan peringatan.`);
        for (const issue of result.issues.filter((i) => i.row !== null).slice(0, 50)) console.log(`  ${issue.severity === 'error' ? 'Ditolak' : 'Peringatan'}: ${issue.message}`);
      }
      return 0;
    } finally {
      core.close();
    }
  },
});
