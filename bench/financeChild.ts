import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../electron/core/app/core';
import { peakRssMb } from './peakMemory';

/**
 * The loop with the branch at scale, one mode per process:
 * - `generate SRC_DB BILL.xlsx ROWS`: a bill as the branch writes it (the month in the title, amounts as
 *   text, some NIKs with spaces or an apostrophe), built from the newest program's beneficiaries of a
 *   benchmark database, with a few hundred exceptions (strangers, second rows, wrong amounts);
 * - `bill SRC_DB WORK_DB BILL.xlsx`: a fresh copy of the database, then the bill checked through the
 *   real path (contract, job thread, reader thread, one transaction), timed;
 * - `summary DB BILL.xlsx`: the bill, a payment and a claim list recorded on the database, then
 *   finance.summary timed (the first computation, and the median of 7).
 */

const MONTH = '2025-11';

function newestProgram(dbPath: string): { id: number; name: string } {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT id, name FROM programs ORDER BY id DESC LIMIT 1').get() as { id: number; name: string };
  } finally {
    db.close();
  }
}

async function generate(src: string, file: string, rows: number): Promise<void> {
  if (fs.existsSync(file)) return;
  const db = new Database(src, { readonly: true });
  const program = newestProgram(src);
  const people = db
    .prepare('SELECT w.nik, w.name FROM enrollments e JOIN workers w ON w.id = e.worker_id WHERE e.program_id = ? ORDER BY e.id LIMIT ?')
    .all(program.id, rows) as { nik: string; name: string }[];
  db.close();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${file}.tmp`, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Rincian Tagihan');
  sheet.addRow(['BPJS KETENAGAKERJAAN KANTOR CABANG SOLOK']).commit();
  sheet.addRow(['RINCIAN TAGIHAN IURAN PESERTA BUKAN PENERIMA UPAH BULAN November 2025']).commit();
  sheet.addRow([]).commit();
  sheet.addRow(['NO', 'NIK', 'NO KPJ', 'NAMA TENAGA KERJA', 'PROGRAM', 'IURAN (Rp)']).commit();
  for (let i = 0; i < rows; i++) {
    const person = people[i % people.length]!;
    // About 0,3 % strangers, 0,2 % second rows (people[i - 1]), 0,2 % wrong amounts; NIKs as offices write them.
    const roll = i % 1000;
    const nik = roll === 7 || roll === 507 || roll === 907 ? `1311099${String(i).padStart(9, '0')}` : roll === 3 || roll === 603 ? people[Math.max(0, (i % people.length) - 1)]!.nik : person.nik;
    const written = roll % 50 === 11 ? `${nik.slice(0, 6)} ${nik.slice(6, 12)} ${nik.slice(12)}` : roll % 50 === 12 ? `'${nik}` : nik;
    sheet.addRow([i + 1, written, null, person.name.toUpperCase(), 'JKK, JKM', roll === 5 || roll === 805 ? 'Rp 20.000,-' : 'Rp 16.800,-']).commit();
  }
  sheet.addRow(['', '', '', 'JUMLAH', '', '']).commit();
  sheet.commit();
  await workbook.commit();
  fs.renameSync(`${file}.tmp`, file);
}

async function bill(src: string, work: string, file: string): Promise<void> {
  fs.rmSync(path.dirname(work), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(work), { recursive: true });
  const source = new Database(src, { readonly: true });
  await source.backup(work);
  source.close();
  const program = newestProgram(work);
  const core = await createCore({ dbPath: work, actor: 'bench', dailyBackup: false });
  const { fileId } = core.context.files.register(file);
  const beneficiaries = (await core.invoke('enrollments.list', { programId: program.id, limit: 1 })).total;
  const start = performance.now();
  const result = await core.invoke('finance.importBill', { jobId: crypto.randomUUID(), fileId, programId: program.id, month: MONTH });
  const seconds = (performance.now() - start) / 1000;
  core.close();
  const { billedWorkers, billedAmount, exceptions, exceptionAmount, payable } = result;
  process.stdout.write(JSON.stringify({ seconds, beneficiaries, rows: billedWorkers, billedAmount, exceptions, exceptionAmount, payable, maxRssMb: peakRssMb() }));
}

async function summary(dbPath: string, file: string): Promise<void> {
  const program = newestProgram(dbPath);
  const core = await createCore({ dbPath, actor: 'bench', dailyBackup: false });
  const checked = await core.invoke('finance.importBill', { jobId: crypto.randomUUID(), fileId: core.context.files.register(file).fileId, programId: program.id, month: MONTH });
  await core.invoke('finance.recordPayment', { programId: program.id, month: MONTH, amount: Math.max(1, checked.payable), date: '2025-12-20', reference: `SP2D BENCH ${Date.now()}` });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Klaim');
  sheet.addRow(['DAFTAR KLAIM 2025']);
  sheet.addRow(['No', 'NIK', 'Nama', 'Jenis Klaim', 'Tgl Kejadian', 'Tgl Bayar', 'Jumlah']);
  const people = (await core.invoke('enrollments.list', { programId: program.id, limit: 200 })).rows;
  people.forEach((p, i) => sheet.addRow([i + 1, p.nik, p.name, i % 10 === 0 ? 'JKM' : 'JKK', `0${1 + (i % 9)}-0${1 + (i % 9)}-2025`, `2${i % 9}-10-2025`, i % 10 === 0 ? 42_000_000 : 2_500_000 + i]));
  const claims = path.join(path.dirname(dbPath), `klaim-${Date.now()}.xlsx`);
  await workbook.xlsx.writeFile(claims);
  await core.invoke('finance.importClaims', { jobId: crypto.randomUUID(), fileId: core.context.files.register(claims).fileId });
  const times: number[] = [];
  let first = 0;
  let result = null;
  for (let i = 0; i < 8; i++) {
    const start = performance.now();
    result = await core.invoke('finance.summary', { year: 2025 });
    const ms = performance.now() - start;
    if (i === 0) first = ms;
    else times.push(ms);
  }
  const workers = (await core.invoke('workers.list', { limit: 1 })).total;
  core.close();
  times.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ workers, firstMs: first, medianMs: times[Math.floor(times.length / 2)]!, maxMs: times.at(-1)!, paid: result!.totals.paid, claims: result!.totals.claims.count }));
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'generate') {
    await generate(args[0]!, args[1]!, Number(args[2]));
    process.stdout.write('{}');
  }
  else if (mode === 'bill') await bill(args[0]!, args[1]!, args[2]!);
  else if (mode === 'summary') await summary(args[0]!, args[1]!);
  else throw new Error(`unknown mode ${mode}`);
}

void main();
