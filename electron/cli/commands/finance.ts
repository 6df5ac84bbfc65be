import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiCallError, ERROR_CODES } from '../../../shared/contract/errors';
import { BILL_REASON_LABELS, BILL_REASONS, CLAIM_TYPE_LABELS, CLAIM_TYPES, NOT_BILLED_LABEL } from '../../../shared/domain/finance';
import { formatDate, formatMonth, formatNumber, formatPercent, formatRupiah } from '../../../shared/domain/format';
import { sameFileSentence } from '../../../shared/domain/importMessages';
import { parseWholeNumber } from '../../../shared/domain/numbers';
import { CliError, defineCommand, parseMonthOption, parseYear, requireOption } from '../command';
import { openCore } from '../openCore';

/**
 * The loop with the BPJS branch on the command line: `registration`, `bill`, `payment`, `claims` and
 * `finance`, one feature's commands in one file (as compliance.ts holds compliance, employers and
 * projects). Exit 0 when done (a bill read, even with exceptions), 2 for bad input (one Indonesian
 * line, nothing changed), 1 for an internal fault.
 */

type OpenedCore = Awaited<ReturnType<typeof openCore>>;

/** Runs a contract call; a refusal is one line and exit 2, a fault exit 1. */
async function invoke<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ApiCallError) throw new CliError(error.message, error.code === ERROR_CODES.internal ? 1 : 2);
    throw error;
  }
}

function programId(value: string | undefined, command: string, db: string): number {
  const text = requireOption(value, 'program', command);
  if (!/^\d+$/.test(text)) throw new CliError(`--program "${text}" harus nomor program; lihat: npm run cakap -- program list --db ${db}`);
  return Number(text);
}

const month = (value: string | undefined, command: string) => parseMonthOption(value, 'month', command);

function registerFile(core: OpenedCore, file: string): string {
  try {
    return core.context.files.register(file).fileId;
  } catch {
    throw new CliError(`Berkas "${file}" tidak ditemukan atau tidak dapat dibuka.`, 2);
  }
}

function copyOut(core: OpenedCore, fileId: string, target: string): string {
  const out = path.resolve(target);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.copyFileSync(core.context.files.resolve(fileId).path, out);
  return out;
}

export const registrationCommand = defineCommand({
  name: 'registration',
  summary: 'Berkas pendaftaran untuk kantor cabang BPJS: penerima program yang belum terdaftar, dalam susunan Cakap atau templat cabang.',
  usage: 'registration --db BERKAS --program ID --out KELUARAN.xlsx [--template TEMPLAT_CABANG.xlsx] [--all] [--json]',
  details: [
    '  --program ID         program yang penerimanya didaftarkan (lihat: program list)',
    '  --out KELUARAN.xlsx  berkas yang ditulis',
    '  --template BERKAS    templat kosong dari kantor cabang: kolomnya dikenali (NIK, nama, tanggal lahir, ...), baris diisi',
    '                       di bawah judul kolom, format templat dipertahankan; kolom yang tidak dapat diisi disebut',
    '  --all                juga penerima yang sudah pernah dikirim',
    '  --json               cetak {program, file, rows, skipped: {alreadySent, registered, missingData}, columns: {mapped, unmapped}, warnings}',
    '',
    'Yang dimuat: penerima program yang belum aktif di daftar peserta BPJS terbaru dan belum pernah dikirim; setiap baris',
    'dicatat dengan tanggal kirimnya. NIK dan nomor HP ditulis sebagai Teks.',
    'Kode keluar: 0 berkas ditulis, 2 program tidak dikenal atau templat tanpa kolom NIK/nama, 1 kesalahan internal.',
  ],
  options: { db: { type: 'string' }, program: { type: 'string' }, out: { type: 'string' }, template: { type: 'string' }, all: { type: 'boolean' }, json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const db = requireOption(values.db, 'db', 'registration');
    const id = programId(values.program, 'registration', db);
    const out = requireOption(values.out, 'out', 'registration');
    if (!/\.xlsx$/i.test(out)) throw new CliError(`--out harus berkas .xlsx; terbaca "${out}".`);
    const core = await openCore(db);
    try {
      const templateFileId = values.template === undefined ? undefined : registerFile(core, path.resolve(values.template));
      const result = await invoke(() => core.invoke('finance.registration', { programId: id, templateFileId, all: values.all ?? false }));
      const file = copyOut(core, result.file.fileId, out);
      if (values.json) {
        const { program, rows, skipped, columns, warnings } = result;
        process.stdout.write(`${JSON.stringify({ program, file, rows, skipped, columns, warnings })}\n`);
        return 0;
      }
      console.log(
        `${formatNumber(result.rows)} penerima "${result.programName}" ditulis ke ${file}${result.sheet ? ` (templat, sheet "${result.sheet}")` : ''}; ` +
          `dilewati: ${formatNumber(result.skipped.registered)} sudah aktif di BPJS, ${formatNumber(result.skipped.alreadySent)} sudah pernah dikirim, ${formatNumber(result.skipped.missingData)} datanya belum lengkap.`,
      );
      for (const warning of result.warnings) console.error(warning);
      return 0;
    } finally {
      core.close();
    }
  },
});

export const billCommand = defineCommand({
  name: 'bill',
  summary: 'Memeriksa rincian tagihan iuran kantor cabang BPJS untuk satu program dan satu bulan, baris demi baris.',
  usage: 'bill --db BERKAS TAGIHAN.xlsx --program ID --month TTTT-BB [--minutes BERITA_ACARA.pdf] [--json]',
  details: [
    '  --program ID      program yang ditagih (lihat: program list)',
    '  --month TTTT-BB   bulan iuran yang ditagih; bila tidak diberikan, bulan yang tertulis di judul berkas',
    '  --minutes BERKAS  tulis juga berita acara rekonsiliasi iuran (PDF, kop surat) dengan lampiran baris pengecualian',
    '  --json            cetak {file, batchId, program, month, billedWorkers, billedAmount, expectedWorkers, expectedAmount,',
    '                    exceptions: {notEnrolled, outsideEnrolment, afterDeath, doubleBilled, employedElsewhere, wrongAmount, notBilled},',
    '                    exceptionAmount, payable, warnings, issues, duplicateOf, replaces, minutes}',
    '',
    'Setiap baris mendapat paling banyak satu alasan, yang pertama berlaku: ' + BILL_REASONS.map((r, i) => `${i + 1} ${r}`).join(', ') + '.',
    'notBilled: penerima program pada bulan itu yang tidak ada di tagihan (orang). Jumlah = baris, kecuali notBilled; rupiah sebagai angka biasa.',
    'Tagihan kedua untuk program dan bulan yang sama adalah koreksi: keduanya disimpan, yang terbaru berlaku.',
    'Kode keluar: 0 tagihan terbaca, 2 bukan rincian tagihan atau bulan di luar masa program (tidak ada yang berubah), 1 kesalahan internal.',
  ],
  options: { db: { type: 'string' }, program: { type: 'string' }, month: { type: 'string' }, minutes: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, label: 'berkas rincian tagihan (.xlsx atau .csv)' },
  async run({ values, positionals }) {
    const db = requireOption(values.db, 'db', 'bill');
    const id = programId(values.program, 'bill', db);
    const billMonth = values.month === undefined ? undefined : month(values.month, 'bill');
    if (values.minutes !== undefined && !/\.pdf$/i.test(values.minutes)) throw new CliError(`--minutes harus berkas .pdf; terbaca "${values.minutes}".`);
    const core = await openCore(db);
    try {
      const fileId = registerFile(core, path.resolve(positionals[0]!));
      const result = await invoke(() => core.invoke('finance.importBill', { jobId: crypto.randomUUID(), fileId, programId: id, month: billMonth }));
      const issues = [...result.issues];
      if (result.duplicateOf) {
        const message = sameFileSentence(result.file, result.duplicateOf);
        issues.push({ severity: 'warning', sheet: '', row: null, column: null, code: 'FILE_ALREADY_IMPORTED', message });
        console.error(message);
      }
      for (const issue of issues) if (issue.row === null && issue.code !== 'FILE_ALREADY_IMPORTED') console.error(issue.message);
      const batch = result.batchId ?? result.duplicateOf?.batchId ?? null;
      let minutes: string | null = null;
      if (values.minutes !== undefined && batch !== null) {
        const ref = await invoke(() => core.invoke('finance.minutes', { batchId: batch }));
        minutes = copyOut(core, ref.fileId, values.minutes);
      }
      if (values.json) {
        const { file, batchId, program, month: m, billedWorkers, billedAmount, expectedWorkers, expectedAmount, exceptions, exceptionAmount, payable, warnings, duplicateOf, replaces } = result;
        process.stdout.write(
          `${JSON.stringify({ file, batchId, program, month: m, billedWorkers, billedAmount, expectedWorkers, expectedAmount, exceptions, exceptionAmount, payable, warnings, issues, duplicateOf, replaces, minutes })}\n`,
        );
        return 0;
      }
      if (result.batchId !== null) {
        console.log(`Tagihan #${result.batchId} "${result.file}", program "${result.programName}", ${formatMonth(result.month)}${result.replaces ? ` (koreksi atas tagihan #${result.replaces})` : ''}:`);
        console.log(`  ditagih ${formatNumber(result.billedWorkers)} orang, ${formatRupiah(result.billedAmount)}; penerima program bulan itu ${formatNumber(result.expectedWorkers)} orang, ${formatRupiah(result.expectedAmount)}`);
        for (const reason of BILL_REASONS) {
          if (result.exceptions[reason] > 0) console.log(`  ${BILL_REASON_LABELS[reason]}: ${formatNumber(result.exceptions[reason])} baris, ${formatRupiah(result.exceptionAmounts[reason])}`);
        }
        if (result.exceptions.notBilled > 0) console.log(`  ${NOT_BILLED_LABEL}: ${formatNumber(result.exceptions.notBilled)} orang`);
        console.log(`  tidak dibayar ${formatRupiah(result.exceptionAmount)}; layak dibayar ${formatRupiah(result.payable)}`);
        const rowIssues = issues.filter((i) => i.row !== null);
        for (const issue of rowIssues.slice(0, 30)) console.log(`  ${issue.severity === 'error' ? 'Tidak dihitung' : 'Peringatan'}: ${issue.message}`);
        if (rowIssues.length > 30) console.log(`  … dan ${formatNumber(rowIssues.length - 30)} lainnya (pakai --json untuk semuanya).`);
      }
      if (minutes) console.log(`Berita acara ditulis ke ${minutes}.`);
      return 0;
    } finally {
      core.close();
    }
  },
});

export const paymentCommand = defineCommand({
  name: 'payment',
  summary: 'Mencatat pembayaran iuran (SP2D) untuk satu program dan bulan.',
  usage: 'payment --db BERKAS --program ID --month TTTT-BB --amount RP --date TTTT-BB-HH --ref TEKS [--json]',
  details: [
    '  --program ID       program yang dibayar',
    '  --month TTTT-BB    bulan iuran yang dibayar',
    '  --amount RP        jumlah dibayar, misalnya 67200 atau "Rp 67.200"',
    '  --date TTTT-BB-HH  tanggal SP2D',
    '  --ref TEKS         nomor SP2D; satu nomor hanya sekali per program',
    '  --json             cetak {payment, warnings}',
    '',
    'Diterima dengan peringatan: melebihi jumlah yang layak dibayar bulan itu, atau melebihi anggaran program.',
    'Kode keluar: 0 dicatat, 2 jumlah nol atau negatif, program tidak dikenal, bulan di luar masa program, nomor SP2D sudah dipakai; 1 kesalahan internal.',
  ],
  options: { db: { type: 'string' }, program: { type: 'string' }, month: { type: 'string' }, amount: { type: 'string' }, date: { type: 'string' }, ref: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const db = requireOption(values.db, 'db', 'payment');
    const id = programId(values.program, 'payment', db);
    const paidMonth = month(values.month, 'payment');
    const amountText = requireOption(values.amount, 'amount', 'payment').trim();
    const amount = parseWholeNumber(amountText.replace(/^rp\.?\s*/i, '').replace(/,-$/, ''));
    if (amount === null || Number.isNaN(amount)) throw new CliError(`--amount "${amountText}" bukan jumlah Rupiah; tulis misalnya 67200 atau 67.200.`);
    const date = requireOption(values.date, 'date', 'payment');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw new CliError(`--date "${date}" tidak valid; tulis TTTT-BB-HH, misalnya 2026-12-20.`);
    const reference = requireOption(values.ref, 'ref', 'payment');
    const core = await openCore(db);
    try {
      const result = await invoke(() => core.invoke('finance.recordPayment', { programId: id, month: paidMonth, amount, date, reference }));
      if (values.json) {
        process.stdout.write(`${JSON.stringify(result)}\n`);
        return 0;
      }
      const p = result.payment;
      console.log(`Pembayaran #${p.id} dicatat: ${p.programName}, ${formatMonth(p.month)}, ${formatRupiah(p.amount)}, ${formatDate(p.date)}, ${p.reference}.`);
      for (const warning of result.warnings) console.error(`Peringatan: ${warning}`);
      return 0;
    } finally {
      core.close();
    }
  },
});

export const claimsCommand = defineCommand({
  name: 'claims',
  summary: 'Mengimpor daftar klaim dari kantor cabang BPJS (JKK, JKM, JHT, JKP, beasiswa).',
  usage: 'claims --db BERKAS DAFTAR_KLAIM.xlsx [--json]',
  details: [
    '  --json   cetak {file, batchId, accepted, rejected, matched, byType: {JKK: {count, amount}, JKM, JHT, JKP, beasiswa}, warnings, issues,',
    '           alreadyRecorded, funded, duplicateOf}',
    '',
    'Klaim dicocokkan dengan pekerja (NIK, atau KPJ lewat daftar peserta) dan dengan program yang membayar iurannya pada tanggal kejadian.',
    'Klaim JKM mencatat tanggal meninggal: tagihan bulan sesudahnya untuk orang itu tidak dibayar. Klaim yang sudah tercatat dari daftar',
    'sebelumnya (daftar kumulatif) tidak dihitung lagi.',
    'Kode keluar: 0 daftar terbaca, 2 bukan daftar klaim (tidak ada yang berubah), 1 kesalahan internal.',
  ],
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, label: 'berkas daftar klaim (.xlsx atau .csv)' },
  async run({ values, positionals }) {
    const db = requireOption(values.db, 'db', 'claims');
    const core = await openCore(db);
    try {
      const fileId = registerFile(core, path.resolve(positionals[0]!));
      const result = await invoke(() => core.invoke('finance.importClaims', { jobId: crypto.randomUUID(), fileId }));
      const issues = [...result.issues];
      if (result.duplicateOf) {
        const message = sameFileSentence(result.file, result.duplicateOf);
        issues.push({ severity: 'warning', sheet: '', row: null, column: null, code: 'FILE_ALREADY_IMPORTED', message });
        console.error(message);
      }
      if (values.json) {
        const { file, batchId, accepted, rejected, matched, byType, warnings, alreadyRecorded, funded, duplicateOf } = result;
        process.stdout.write(`${JSON.stringify({ file, batchId, accepted, rejected, matched, byType, warnings, issues, alreadyRecorded, funded, duplicateOf })}\n`);
        return 0;
      }
      if (result.batchId !== null) {
        console.log(
          `Impor #${result.batchId} "${result.file}": ${formatNumber(result.accepted)} klaim baru (${formatNumber(result.matched)} cocok dengan pekerja, ${formatNumber(result.funded)} penerima program), ` +
            `${formatNumber(result.alreadyRecorded)} sudah tercatat, ${formatNumber(result.rejected)} ditolak.`,
        );
        for (const type of CLAIM_TYPES) if (result.byType[type].count > 0) console.log(`  ${CLAIM_TYPE_LABELS[type]}: ${formatNumber(result.byType[type].count)} klaim, ${formatRupiah(result.byType[type].amount)}`);
        for (const issue of issues.filter((i) => i.row !== null).slice(0, 30)) console.log(`  ${issue.severity === 'error' ? 'Ditolak' : 'Peringatan'}: ${issue.message}`);
      }
      return 0;
    } finally {
      core.close();
    }
  },
});

export const financeCommand = defineCommand({
  name: 'finance',
  summary: 'Realisasi iuran per program (anggaran, ditagih, dicegah, dibayar) dan manfaat klaim dibanding iuran, satu tahun anggaran.',
  usage: 'finance --db BERKAS --year TAHUN [--json] [--out KELUARAN.pdf|KELUARAN.xlsx]',
  details: [
    '  --year TAHUN   tahun anggaran program',
    '  --json         cetak {year, programs: [{id, name, source, budget, billed, exceptionAmount, payable, paid, realisationPercent,',
    '                 claims: {count, amount}, ...}], totals, exceptionsByReason, benefits: {byType, premiumsPaid, ratio, unfunded}, ...}',
    '  --out BERKAS   tulis juga sebagai PDF (kop surat) atau Excel, menurut ekstensinya',
    '',
    'Ditagih: tagihan yang berlaku (terbaru per bulan); dicegah: baris yang tidak semestinya dibayar; realisasi: dibayar / anggaran.',
  ],
  options: { db: { type: 'string' }, year: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const db = requireOption(values.db, 'db', 'finance');
    const year = parseYear(values.year, 'finance');
    const format = values.out === undefined ? null : /\.pdf$/i.test(values.out) ? 'pdf' : /\.xlsx$/i.test(values.out) ? 'xlsx' : null;
    if (values.out !== undefined && format === null) throw new CliError(`--out harus berkas .pdf atau .xlsx; terbaca "${values.out}".`);
    const core = await openCore(db);
    try {
      const summary = await invoke(() => core.invoke('finance.summary', { year }));
      if (format) {
        const ref = await invoke(() => core.invoke('finance.export', { year, format }));
        const out = copyOut(core, ref.fileId, values.out!);
        if (!values.json) console.log(`Ditulis ke ${out}.`);
      }
      if (values.json) {
        process.stdout.write(`${JSON.stringify(summary)}\n`);
        return 0;
      }
      console.log(`Realisasi iuran ${year}:`);
      for (const p of summary.programs) {
        console.log(
          `  #${p.id} ${p.name} (${p.sourceLabel}): anggaran ${formatRupiah(p.budget)}, ditagih ${formatRupiah(p.billed)}, dicegah ${formatRupiah(p.exceptionAmount)}, ` +
            `dibayar ${formatRupiah(p.paid)}${p.realisationPercent === null ? '' : ` (${formatPercent(p.realisationPercent)})`}; klaim ${formatNumber(p.claims.count)}, ${formatRupiah(p.claims.amount)}`,
        );
      }
      if (summary.programs.length === 0) console.log(`  Belum ada program tahun ${year}.`);
      const t = summary.totals;
      console.log(`Jumlah: anggaran ${formatRupiah(t.budget)}, ditagih ${formatRupiah(t.billed)}, dicegah ${formatRupiah(t.exceptionAmount)}, dibayar ${formatRupiah(t.paid)}.`);
      console.log(
        `Manfaat klaim penerima program ${formatRupiah(t.claims.amount)} (${formatNumber(t.claims.count)} klaim)` +
          (summary.benefits.ratio === null ? '.' : `, ${formatNumber(summary.benefits.ratio, 2)} kali iuran yang dibayar (${formatRupiah(summary.benefits.premiumsPaid)}).`),
      );
      return 0;
    } finally {
      core.close();
    }
  },
});
