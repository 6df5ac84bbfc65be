import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LetterFilter, ListImportResult } from '../../../shared/contract/compliance';
import { ApiCallError, ERROR_CODES } from '../../../shared/contract/errors';
import { EMPLOYER_STATUS_LABELS, EMPLOYER_STATUSES, LETTER_STATUSES, SCALE_LABELS, SCALES, type LetterStatus } from '../../../shared/domain/compliance';
import { formatDate, formatDateTime, formatNumber, formatPoints, formatRupiah } from '../../../shared/domain/format';
import { CliError, defineCommand, requireOption } from '../command';
import { LIST_FILE_FORMATS, LIST_FILE_HELP } from '../../../shared/domain/listFiles';
import { openCore } from '../openCore';

export const complianceCommand = defineCommand({
  name: 'compliance',
  summary: 'Kepatuhan pemberi kerja dan proyek konstruksi: status, pekerja belum terlindungi, iuran Jakon terutang; surat untuk setiap kasus terbuka.',
  usage: 'compliance --db BERKAS [--as-of TTTT-BB-HH] [--json] [--letters SURAT.pdf [--kecamatan NAMA|KODE] [--status STATUS] [--scale SKALA]]',
  details: [
    '  --db BERKAS          berkas basis data',
    '  --as-of TTTT-BB-HH   keadaan per tanggal ini (bawaan: hari ini)',
    '  --json               cetak satu objek JSON dengan setiap jumlah dan angka rupiah sebagai angka biasa:',
    '                       {asOf, lists, employers, projects, gap, byDistrict, openCases, notes, regulations, letters}',
    '  --letters SURAT.pdf  tulis surat untuk setiap kasus terbuka (pemberi kerja tidak patuh, proyek belum terdaftar',
    '                       atau kurang bayar) dalam satu PDF, dan daftar tindak lanjutnya (.xlsx) di sebelahnya;',
    '                       setiap surat diberi nomor dan dicatat di riwayat kasusnya. Ribuan surat ditulis halaman demi',
    '                       halaman; nomor hanya terpakai bila semua surat selesai ditulis',
    '  --kecamatan NAMA|KODE  hanya kasus di kecamatan ini (nama atau kode Kemendagri; "tanpa" untuk yang tanpa kecamatan)',
    `  --status STATUS      hanya satu jenis kasus: ${LETTER_STATUSES.join(', ')}`,
    `  --scale SKALA        hanya pemberi kerja dengan skala usaha ini: ${[...SCALES, 'unknown'].join(', ')} (tanpa proyek)`,
    '',
    'Status pemberi kerja memakai istilah BPJS: PWBD (wajib belum daftar), PDS tenaga kerja, PDS program, menunggak, patuh.',
    'Aturan dan peraturannya (program wajib per skala usaha, batas 14 hari kerja, tarif Jakon) ada di Pengaturan › Aturan kepatuhan.',
  ],
  options: {
    db: { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
    letters: { type: 'string' },
    kecamatan: { type: 'string' },
    status: { type: 'string' },
    scale: { type: 'string' },
  },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const dbPath = requireOption(values.db, 'db', 'compliance');
    const asOf = values['as-of'];
    if (asOf !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`)))) {
      throw new CliError(`Tanggal "${asOf}" tidak valid; tulis TTTT-BB-HH, misalnya 2026-11-30.`);
    }
    if (values.letters !== undefined && !/\.pdf$/i.test(values.letters)) throw new CliError(`--letters harus berkas .pdf; terbaca "${values.letters}".`);
    const status = values.status;
    const scale = values.scale;
    for (const option of ['kecamatan', 'status', 'scale'] as const) {
      if (values[option] !== undefined && values.letters === undefined) throw new CliError(`--${option} memilih surat; pakai bersama --letters SURAT.pdf.`);
    }
    if (status !== undefined && !(LETTER_STATUSES as readonly string[]).includes(status)) throw new CliError(`Status "${status}" tidak dikenal; pilih salah satu: ${LETTER_STATUSES.join(', ')}.`);
    if (scale !== undefined && !([...SCALES, 'unknown'] as readonly string[]).includes(scale)) throw new CliError(`Skala "${scale}" tidak dikenal; pilih salah satu: ${[...SCALES, 'unknown'].join(', ')}.`);
    const core = await openCore(dbPath);
    try {
      let summary;
      try {
        summary = await core.invoke('compliance.summary', { asOf });
      } catch (error) {
        if (error instanceof ApiCallError) throw new CliError(error.message, error.code === ERROR_CODES.internal ? 1 : 2);
        throw error;
      }
      let letters: { count: number; pdf: string; xlsx: string } | null = null;
      if (values.letters !== undefined) {
        const pdf = path.resolve(values.letters);
        const xlsx = pdf.replace(/\.pdf$/i, '.xlsx');
        const filter: LetterFilter = {
          ...(values.kecamatan !== undefined ? { districtCode: await districtCode(core, values.kecamatan) } : {}),
          ...(status !== undefined ? { status: status as LetterStatus } : {}),
          ...(scale !== undefined ? { scale: scale as LetterFilter['scale'] } : {}),
        };
        // Thousands of letters take minutes: at a terminal, how far they are, on one line of stderr.
        const jobId = crypto.randomUUID();
        const stopProgress = process.stderr.isTTY
          ? core.onEvent((event) => {
              if (event.type === 'job.progress' && event.jobId === jobId) process.stderr.write(`\rMenulis surat… ${formatNumber(event.rows)} (${Math.floor(event.fraction * 100)} %)`);
            })
          : () => undefined;
        let written;
        try {
          written = await core.invoke('compliance.letters', { jobId, asOf, filter });
        } catch (error) {
          if (error instanceof ApiCallError) throw new CliError(error.message, error.code === ERROR_CODES.internal ? 1 : 2);
          throw error;
        } finally {
          stopProgress();
          if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
        }
        fs.copyFileSync(core.context.files.resolve(written.pdf.fileId).path, pdf);
        fs.copyFileSync(core.context.files.resolve(written.xlsx.fileId).path, xlsx);
        letters = { count: written.count, pdf, xlsx };
      }
      if (values.json) {
        process.stdout.write(`${JSON.stringify({ ...summary, letters })}\n`);
        return 0;
      }
      const e = summary.employers;
      const p = summary.projects;
      const g = summary.gap;
      console.log(`Kepatuhan per ${formatDate(summary.asOf)}`);
      console.log(`Pemberi kerja: ${formatNumber(e.total)}`);
      for (const status of EMPLOYER_STATUSES) if (e.byStatus[status] > 0) console.log(`  ${EMPLOYER_STATUS_LABELS[status]}: ${formatNumber(e.byStatus[status])}`);
      for (const s of e.byScale) console.log(`  skala ${s.scale === 'unknown' ? 'tidak diketahui' : SCALE_LABELS[s.scale].toLowerCase()}: ${formatNumber(s.total)} (${formatNumber(s.total - s.compliant - s.noWorkers)} tidak patuh)`);
      console.log(`  pekerja penerima upah belum terlindungi: ${formatNumber(e.uncoveredWageWorkers)}`);
      console.log(`Paket konstruksi: ${formatNumber(p.total)} (${formatRupiah(p.contractValue)})`);
      console.log(`  terdaftar tepat waktu ${formatNumber(p.registered)}, terlambat ${formatNumber(p.late)}, belum terdaftar ${formatNumber(p.unregistered)}, masih dalam batas waktu ${formatNumber(p.pending)}, nilai berbeda ${formatNumber(p.valueMismatch)}`);
      console.log(`  nilai kontrak belum terdaftar ${formatRupiah(p.unregisteredValue)}; iuran JKK+JKM terutang ${formatRupiah(p.contributionsDue)}`);
      console.log(`Bila semua patuh: ${formatNumber(g.workers)} pekerja tambahan${g.points === null ? '' : ` (${formatPoints(g.points)})`}, tanpa biaya APBD.`);
      if (e.reviewPending + p.reviewPending > 0) console.log(`Pasangan mirip menunggu keputusan: ${formatNumber(e.reviewPending + p.reviewPending)} (halaman Kepatuhan).`);
      for (const note of summary.notes) console.log(`Catatan: ${note}`);
      if (letters) console.log(`${formatNumber(letters.count)} surat ditulis ke ${letters.pdf}; daftar tindak lanjut ke ${letters.xlsx}.`);
      return 0;
    } finally {
      core.close();
    }
  },
});

/** A kecamatan as the office writes it ("Sangir", "SUNGAI PAGU", "13.11.02") to its code; "tanpa": cases without one. */
async function districtCode(core: Awaited<ReturnType<typeof openCore>>, text: string): Promise<string> {
  const wanted = text.trim().toLowerCase().replace(/^kec(amatan|\.)?\s+/, '').replace(/\s+/g, ' ');
  if (wanted === 'tanpa') return 'none';
  const { districts } = await core.invoke('regions.tree', {});
  const found = districts.find((d) => d.code === wanted || d.name.toLowerCase().replace(/\s+/g, ' ') === wanted);
  if (!found) throw new CliError(`Kecamatan "${text}" tidak ada di kabupaten ini; pilih salah satu: ${districts.map((d) => d.name).join(', ')}.`);
  return found.code;
}

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
    usage: `${name} --db BERKAS DAFTAR.xlsx|DAFTAR.xls|DAFTAR.ods|DAFTAR.csv [--json]`,
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
      LIST_FILE_HELP,
    ],
    options: { db: { type: 'string' }, json: { type: 'boolean' } },
    positionals: { min: 1, max: 1, label: employers ? `berkas daftar pemberi kerja (${LIST_FILE_FORMATS})` : `berkas daftar paket/proyek (${LIST_FILE_FORMATS})` },
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
