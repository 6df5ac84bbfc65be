import crypto from 'node:crypto';
import path from 'node:path';
import { formatDate, formatDateTime, formatNumber } from '../../../shared/domain/format';
import { ApiCallError, ERROR_CODES } from '../../../shared/contract/errors';
import type { ListImportResult } from '../../../shared/contract/compliance';
import { CliError, defineCommand, requireOption } from '../command';
import { openCore } from '../openCore';

/**
 * `employers` and `projects`: one employer or construction list imported, its kind told from its
 * columns. Exit 0 when read (even with rejected rows), 2 when it is not such a list, 1 on a fault.
 */
function listCommand(name: 'employers' | 'projects') {
  const employers = name === 'employers';
  return defineCommand({
    name,
    summary: employers
      ? 'Mengimpor daftar pemberi kerja: izin usaha (OSS/DPMPTSP), laporan WLKP, atau pemberi kerja terdaftar BPJS.'
      : 'Mengimpor daftar paket konstruksi (SiRUP/SPSE/PUPR, pekerjaan APB Nagari) atau proyek terdaftar BPJS.',
    usage: `${name} --db BERKAS DAFTAR.xlsx|DAFTAR.csv [--json]`,
    details: [
      '  --db BERKAS   berkas basis data',
      '  --json        cetak satu objek JSON: {file, kind, batchId, accepted, updated, unchanged, rejected, warnings, issues}',
      '',
      employers
        ? 'Jenis daftar dikenali dari kolomnya: oss (NIB, KBLI, skala usaha), wlkp (nomor WLKP, tenaga kerja L/P), bpjs_employers (NPP, tenaga kerja aktif, program, tunggakan).'
        : 'Jenis daftar dikenali dari kolomnya: packages (nama paket, OPD, penyedia, nomor/tanggal/nilai kontrak, sumber dana), bpjs_projects (nomor proyek, tanggal daftar, iuran).',
      'accepted = baru di Cakap, updated = sudah dikenal dan datanya berubah, unchanged = sama seperti sebelumnya, rejected = baris tidak diambil.',
      'Setelah impor, daftar dicocokkan dengan daftar lain; pasangan yang hanya mirip masuk daftar tinjauan di halaman Kepatuhan.',
      'Kode keluar: 0 berkas terbaca (walau ada baris ditolak), 2 berkas bukan daftar seperti itu (basis data tidak berubah), 1 kesalahan internal.',
    ],
    options: { db: { type: 'string' }, json: { type: 'boolean' } },
    positionals: { min: 1, max: 1, label: employers ? 'berkas daftar pemberi kerja (.xlsx atau .csv)' : 'berkas daftar paket/proyek (.xlsx atau .csv)' },
    async run({ values, positionals }) {
      const dbPath = requireOption(values.db, 'db', name);
      const file = path.resolve(positionals[0]!);
      const core = await openCore(dbPath);
      try {
        let fileId: string;
        try {
          fileId = core.context.files.register(file).fileId;
        } catch {
          throw new CliError(`Berkas "${file}" tidak ditemukan atau tidak dapat dibuka.`, 2);
        }
        let result: ListImportResult;
        try {
          result = await core.invoke(employers ? 'compliance.importEmployers' : 'compliance.importProjects', { jobId: crypto.randomUUID(), fileId });
        } catch (error) {
          if (error instanceof ApiCallError) throw new CliError(error.message, error.code === ERROR_CODES.internal ? 1 : 2);
          throw error;
        }
        const issues = [...result.issues];
        if (result.duplicateOf) {
          const message = `Berkas "${result.file}" sama persis dengan impor #${result.duplicateOf.batchId} (${formatDateTime(result.duplicateOf.createdAt)}); tidak ada yang diubah.`;
          issues.push({ severity: 'warning', sheet: '', row: null, column: null, code: 'FILE_ALREADY_IMPORTED', message });
          console.error(message);
        }
        for (const issue of issues) if (issue.row === null && issue.code !== 'FILE_ALREADY_IMPORTED') console.error(issue.message);
        if (values.json) {
          const { file: fileName, kind, batchId, accepted, updated, unchanged, rejected, warnings } = result;
          process.stdout.write(`${JSON.stringify({ file: fileName, kind, batchId, accepted, updated, unchanged, rejected, warnings, issues })}\n`);
          return 0;
        }
        if (result.batchId !== null) {
          console.log(
            `Impor #${result.batchId} "${result.file}" (${result.kindLabel}, ${result.asOf ? `per ${formatDate(result.asOf)}` : 'tanpa tanggal'}): ${formatNumber(result.accepted)} baru, ${formatNumber(result.updated)} diperbarui, ` +
              `${formatNumber(result.unchanged)} tidak berubah, ${formatNumber(result.rejected)} ditolak, ${formatNumber(result.warnings)} dengan peringatan.`,
          );
          const rowIssues = issues.filter((i) => i.row !== null);
          for (const issue of rowIssues.slice(0, 50)) console.log(`  ${issue.severity === 'error' ? 'Ditolak' : 'Peringatan'}: ${issue.message}`);
          if (rowIssues.length > 50) console.log(`  … dan ${formatNumber(rowIssues.length - 50)} lainnya (pakai --json untuk semuanya).`);
        }
        return 0;
      } finally {
        core.close();
      }
    },
  });
}

export const employersCommand = listCommand('employers');
export const projectsCommand = listCommand('projects');
