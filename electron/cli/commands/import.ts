import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { formatNumber } from '../../../shared/domain/format';
import { pendingRejectionsSentence, sameFileSentence } from '../../../shared/domain/importMessages';
import { LIST_FILE_FORMATS, LIST_FILE_HELP } from '../../../shared/domain/listFiles';
import { ApiCallError, ERROR_CODES } from '../../../shared/contract/errors';
import { CliError, defineCommand, requireOption } from '../command';
import { openCore } from '../openCore';

const UNREADABLE = new Set(['FILE_UNREADABLE', 'NOT_WORKER_LIST', 'FILE_NOT_FOUND']);
const BAD_INPUT = new Set(['NOT_FOUND', 'CONFLICT', ERROR_CODES.invalidInput]);

export const importCommand = defineCommand({
  name: 'import',
  summary: `Mengimpor daftar pekerja (${LIST_FILE_FORMATS}) dari nagari/desa atau OPD.`,
  usage: 'import --db BERKAS DAFTAR.xlsx|DAFTAR.xls|DAFTAR.ods|DAFTAR.csv [--sheet NAMA] [--village NAMA|KODE] [--program ID] [--rejected DITOLAK.xlsx] [--json]',
  details: [
    '  --db BERKAS    berkas basis data',
    '  --sheet NAMA   impor hanya sheet ini (bawaan: semua sheet yang berupa daftar pekerja)',
    '  --village NAMA|KODE',
    '                 nagari/desa seluruh daftar, bila daftar tidak punya kolom nagari atau kecamatan (misalnya ekspor',
    '                 OpenSID satu nagari); nama atau kode Kemendagri. Tanpa ini kecamatan diambil dari NIK ("dari NIK")',
    '  --program ID   daftarkan juga setiap baris yang diterima ke program ini (lihat: program list)',
    '  --rejected DITOLAK.xlsx',
    '                 tulis baris yang ditolak (dengan kolom Keterangan) ke berkas ini, untuk dikirim kembali ke pengirim,',
    '                 dan orang yang bukan pekerja di sheet "Bukan pekerja";',
    '                 bila berkasnya sama persis dengan impor sebelumnya: baris yang ditolak waktu itu',
    '  --json         cetak satu objek JSON: {file, batchId, accepted, updated, unchanged, rejected, warnings, issues,',
    '                 duplicateOf, rejectionFile, notWorkers, source}; duplicateOf: {batchId, createdAt, rejected, stillRejected}',
    '                 atau null; notWorkers: {nonWorkingStatus, underAge, dead} (orang yang bukan pekerja, tidak diimpor);',
    '                 source: "opensid", "siak" atau null (daftar dari OpenSID atau SIAK)',
    '',
    'Orang yang meninggal, berumur di bawah 15 tahun, atau pekerjaan di KTP-nya BELUM/TIDAK BEKERJA, MENGURUS RUMAH',
    'TANGGA, PELAJAR/MAHASISWA atau PENSIUNAN tidak disimpan sebagai pekerja; jumlahnya disebut per alasan.',
    'Semua baris yang diterima disimpan dalam satu transaksi; baris yang ditolak disebut dengan sheet,',
    'nomor baris dan huruf kolom seperti di Excel. Berkas yang sama persis tidak diimpor dua kali.',
    'Kode keluar: 0 berkas terbaca (walau ada baris ditolak), 2 berkas bukan daftar pekerja, 1 kesalahan internal.',
    LIST_FILE_HELP,
  ],
  options: { db: { type: 'string' }, sheet: { type: 'string' }, village: { type: 'string' }, program: { type: 'string' }, rejected: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, label: `berkas daftar pekerja (${LIST_FILE_FORMATS})` },
  async run({ values, positionals }) {
    const dbPath = requireOption(values.db, 'db', 'import');
    const file = path.resolve(positionals[0]!);
    const programId = values.program === undefined ? undefined : Number(values.program);
    if (programId !== undefined && !Number.isInteger(programId)) throw new CliError(`--program "${values.program}" harus nomor program; lihat: npm run cakap -- program list --db ${dbPath}`);
    const core = await openCore(dbPath);
    try {
      const { fileId } = registerOrFail(core, file);
      let result;
      try {
        result = await core.invoke('import.commit', { jobId: crypto.randomUUID(), fileId, sheet: values.sheet, village: values.village, programId });
      } catch (error) {
        if (error instanceof ApiCallError && (UNREADABLE.has(error.code) || BAD_INPUT.has(error.code))) throw new CliError(error.message, 2);
        if (error instanceof ApiCallError && error.code === ERROR_CODES.internal) throw new CliError(error.message, 1);
        throw error;
      }
      const issues = result.issues.map(({ severity, sheet, row, column, code, message }) => ({ severity, sheet, row, column, code, message }));
      // The rejected rows (and the persons who are not workers) to send back: of this import, or of the earlier one when the file is the same.
      const passedOver = result.notWorkers.dead + result.notWorkers.underAge + result.notWorkers.nonWorkingStatus;
      // (The earlier import's file may hold only persons who are not workers: asked for, it is looked up.)
      const rejectedOf = result.batchId !== null && result.rejected + passedOver > 0 ? result.batchId : (result.duplicateOf?.batchId ?? null);
      if (result.duplicateOf) {
        const pending = pendingRejectionsSentence(result.duplicateOf);
        const fetch = pending && result.duplicateOf.stillRejected > 0 && !values.rejected ? ' Unduh baris itu dengan --rejected DITOLAK.xlsx untuk dikirim kembali ke pengirim.' : '';
        const message =
          sameFileSentence(result.file, result.duplicateOf) +
          (pending ? ` ${pending}${fetch}` : '');
        issues.push({ severity: 'warning', sheet: '', row: null, column: null, code: 'FILE_ALREADY_IMPORTED', message });
        console.error(message);
      }
      for (const issue of issues) if (issue.code === 'SHEET_SKIPPED') console.error(issue.message);
      // One line per reason a person was passed over, and per region the list left unsaid.
      if (!values.json) for (const issue of issues) if (issue.row === null && SUMMARIES.has(issue.code)) console.log(issue.message);
      let rejectionFile: string | null = null;
      if (values.rejected) {
        const ref = rejectedOf === null ? null : await rejectionFileOf(core, rejectedOf);
        if (ref === null) console.error(`Tidak ada baris yang ditolak atau orang yang bukan pekerja; berkas ${values.rejected} tidak dibuat.`);
        else {
          rejectionFile = path.resolve(values.rejected);
          fs.copyFileSync(core.context.files.resolve(ref.fileId).path, rejectionFile);
          if (!values.json) console.log(`Baris yang ditolak (impor #${rejectedOf}) ditulis ke ${rejectionFile}.`);
        }
      }
      if (values.json) {
        const { file: name, batchId, accepted, updated, unchanged, rejected, warnings, duplicateOf, notWorkers, source } = result;
        const extra = programId === undefined ? {} : { enrollment: result.enrollment };
        process.stdout.write(
          `${JSON.stringify({ file: name, batchId, accepted, updated, unchanged, rejected, warnings, issues, duplicateOf, rejectionFile, notWorkers, source, ...extra })}\n`,
        );
        return 0;
      }
      if (result.batchId !== null) {
        const from = result.source ? ` (ekspor ${SOURCE_NAMES[result.source]})` : '';
        console.log(
          `Impor #${result.batchId} "${result.file}"${from}: ${formatNumber(result.accepted)} pekerja baru, ${formatNumber(result.updated)} diperbarui, ` +
            `${formatNumber(result.unchanged)} tidak berubah, ${formatNumber(result.rejected)} ditolak, ${formatNumber(result.warnings)} dengan peringatan` +
            (passedOver > 0 ? `, ${formatNumber(passedOver)} bukan pekerja (tidak diimpor).` : '.'),
        );
      }
      const offer = result.offeredProgram;
      if (offer && programId === undefined) {
        console.log(
          offer.programId !== null
            ? `Berkas ini ekspor program bantuan OpenSID "${offer.name}": daftarkan penerimanya dengan --program ${offer.programId} (program Cakap bernama sama).`
            : `Berkas ini ekspor program bantuan OpenSID "${offer.name}": buat programnya (program add), lalu daftarkan penerimanya di halaman Program, "Dari satu impor" (impor #${result.batchId ?? '…'}).`,
        );
      }
      if (result.enrollment?.summary) {
        const e = result.enrollment.summary;
        console.log(`Program #${programId}: ${formatNumber(e.enrolled)} didaftarkan, ${formatNumber(e.alreadyEnrolled)} sudah terdaftar, ${formatNumber(e.refused)} ditolak.`);
        for (const p of e.problems.slice(0, 20)) console.log(`  ${p.nik} ${p.name}: ${p.message}`);
      }
      if (result.enrollment?.error) console.error(`Pendaftaran ke program ditolak: ${result.enrollment.error}`);
      const rowIssues = issues.filter((i) => i.row !== null);
      if (rowIssues.length > 0) {
        console.log('Masalah per baris:');
        for (const issue of rowIssues.slice(0, 50)) console.log(`  ${issue.severity === 'error' ? 'Ditolak' : 'Peringatan'}: ${issue.message}`);
        if (rowIssues.length > 50) console.log(`  … dan ${formatNumber(rowIssues.length - 50)} lainnya (pakai --json untuk semuanya).`);
      }
      if (result.batchId !== null && result.rejected + passedOver > 0 && !values.rejected) {
        const what = result.rejected > 0 ? `Baris yang ditolak${passedOver > 0 ? ' dan orang yang bukan pekerja' : ''}` : 'Orang yang bukan pekerja';
        console.log(`${what} dapat ditulis ke Excel untuk dikirim kembali ke pengirim: ulangi perintah ini dengan --rejected DITOLAK.xlsx.`);
      }
      return 0;
    } finally {
      core.close();
    }
  },
});

const SUMMARIES = new Set(['NOT_WORKER_DEAD', 'NOT_WORKER_UNDER_AGE', 'NOT_WORKER_STATUS', 'REGION_FROM_NIK', 'REGION_NONE']);
const SOURCE_NAMES = { opensid: 'OpenSID', siak: 'SIAK' } as const;

/** The rejection file of an import, or null when it has no rejected row and no one who is not a worker. */
async function rejectionFileOf(core: Awaited<ReturnType<typeof openCore>>, batchId: number) {
  try {
    return await core.invoke('import.rejectionFile', { batchId });
  } catch (error) {
    if (error instanceof ApiCallError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

function registerOrFail(core: Awaited<ReturnType<typeof openCore>>, file: string) {
  try {
    return core.context.files.register(file);
  } catch {
    throw new CliError(`Berkas "${file}" tidak ditemukan atau tidak dapat dibuka.`, 2);
  }
}
