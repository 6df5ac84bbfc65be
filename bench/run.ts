import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../electron/core/app/core';
import { bundleNode } from '../scripts/build';
import { generateComplianceLists, generateLettersList } from './generateCompliance';
import { generateBpjsMembers, generateList } from './generate';
import { jobHeap } from './jobHeap';
import { officeLoad } from './officeLoad';

/**
 * `npm run bench`: the speed and memory figures of DESIGN.md section 7 and issue 16, from one run.
 * - import of a 100.000-row list vs exceljs's streaming reader alone on the same file, both timed in
 *   this run (bar: ratio <= 1,25; goal: < 1,0), with rows per second
 * - import time and peak memory at 10.000, 100.000 and 1.000.000 rows (linear time, flat memory?)
 * - import of 1.000.000 rows, and the same into a program (--program): peak memory < 400 MB
 * - the Pekerja list queries on the 1.000.000-worker database (target: < 100 ms per page or search)
 * - the leadership report PDF on 1.000.000 workers and enrolments (< 3 s, and < exceljs's 100.000-row read)
 * - 20.000 business licences against 10.000 BPJS employers, imported and matched (target: a few seconds)
 * - the 100.000-row list as Excel 97–2003 (.xls, two sheets) against the same rows as .xlsx (target: at most 2×)
 * - 5.000 compliance letters, written as they are made: time and peak memory (< 400 MB)
 * - a 100.000-row bill checked against 100.000 beneficiaries (< exceljs's bare read of the same file, same run),
 *   and the finance summary on the 1.000.000-worker database (< 1 s)
 * Each measured step runs in its own process; medians of several runs where it is cheap enough.
 * Files are kept in .bench/ between runs. `npm run bench -- --quick` skips the million rows;
 * `npm run bench -- --compliance` runs only the employer lists and the letters, `--letters` only the
 * letters, `--limits` only the job threads' live heap (the sizes behind each job's limit in jobs.ts),
 * `--xls` only the .xls figures, `--finance` only the bill and the finance summary (on the databases a full
 * run left in .bench/).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, '.bench');
fs.mkdirSync(dir, { recursive: true });
const quick = process.argv.includes('--quick');
// `--compliance`: only the employer-list figures (20.000 licences against 10.000 BPJS employers) and the letters.
const onlyCompliance = process.argv.includes('--compliance');
// `--xls`: only the 100.000-row list as Excel 97–2003 against the same rows as .xlsx.
const onlyXls = process.argv.includes('--xls');
// `--limits`: only the job threads' live heap at the sizes their limits are meant for (jobs.ts).
const onlyLimits = process.argv.includes('--limits');
// `--letters`: only the 5.000 compliance letters.
const onlyLetters = process.argv.includes('--letters');
// `--finance`: only the bill check and the finance summary, on the benchmark databases already built.
const onlyFinance = process.argv.includes('--finance');
// `--office`: only kantor bersama under load (20 readers and one importer, 5 minutes; `--office-seconds N` for shorter).
const onlyOffice = process.argv.includes('--office');

// The measured code runs bundled, as the desktop app ships it (no TypeScript compiling in the threads).
await bundleNode(
  {
    importChild: 'bench/importChild.ts',
    readChild: 'bench/readChild.ts',
    enrollChild: 'bench/enrollChild.ts',
    reportChild: 'bench/reportChild.ts',
    planChild: 'bench/planChild.ts',
    complianceChild: 'bench/complianceChild.ts',
    lettersChild: 'bench/lettersChild.ts',
    jobHeapChild: 'bench/jobHeapChild.ts',
    financeChild: 'bench/financeChild.ts',
    cli: 'electron/cli/bin.ts',
  },
  '.bench/dist',
  true,
);

function child<T>(script: string, args: string[]): T {
  const out = execFileSync(process.execPath, [path.join(dir, 'dist', script.replace(/\.ts$/, '.cjs')), ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.toString()) as T;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (n: number, d = 2) => n.toLocaleString('id-ID', { minimumFractionDigits: d, maximumFractionDigits: d });

interface Read { seconds: number; rows: number; maxRssMb: number }
interface Imported { seconds: number; accepted: number; rejected: number; warnings: number; enrolled: number | null; maxRssMb: number }
interface Ratio { rows: number; read: number; imported: number; importRssMb: number; readRssMb: number }

const ratios: Ratio[] = [];

async function ratio(rows: number, runs: number): Promise<Ratio> {
  const file = path.join(dir, `daftar-${rows}.xlsx`);
  console.log(`\nMembuat/menyiapkan ${file} ...`);
  await generateList(file, rows);
  const reads: Read[] = [];
  const imports: Imported[] = [];
  // Alternating, so that whatever else loads the machine weighs on both alike.
  for (let i = 0; i < runs; i++) {
    reads.push(child<Read>('readChild.ts', [file]));
    imports.push(child<Imported>('importChild.ts', [file, path.join(dir, `db-${rows}`, 'cakap.sqlite')]));
  }
  const read = median(reads.map((r) => r.seconds));
  const imported = median(imports.map((r) => r.seconds));
  const last = imports.at(-1)!;
  const result = { rows, read, imported, importRssMb: Math.max(...imports.map((r) => r.maxRssMb)), readRssMb: Math.max(...reads.map((r) => r.maxRssMb)) };
  ratios.push(result);
  console.log(`${rows.toLocaleString('id-ID')} baris (${fmt(fs.statSync(file).size / 1e6, 1)} MB), median dari ${runs} kali:`);
  console.log(`  exceljs membaca saja : ${fmt(read)} s  (${Math.round(rows / read).toLocaleString('id-ID')} baris/detik)`);
  console.log(`  impor Cakap          : ${fmt(imported)} s  (${Math.round(rows / imported).toLocaleString('id-ID')} baris/detik)`);
  console.log(`  rasio impor/baca     : ${fmt(imported / read)}  (batas <= 1,25; sasaran < 1,0)`);
  console.log(`  diterima ${last.accepted.toLocaleString('id-ID')}, ditolak ${last.rejected.toLocaleString('id-ID')}, peringatan ${last.warnings.toLocaleString('id-ID')}`);
  console.log(`  memori puncak impor  : ${fmt(result.importRssMb, 0)} MB (seluruh proses); baca saja ${fmt(result.readRssMb, 0)} MB`);
  return result;
}

/** import --program: the import and the enrolment of every row taken, one process, its peak memory. */
async function importIntoProgram(rows: number): Promise<void> {
  const file = path.join(dir, `daftar-${rows}.xlsx`);
  const result = child<Imported>('importChild.ts', [file, path.join(dir, `db-program-${rows}`, 'cakap.sqlite'), '--program']);
  const plain = ratios.find((r) => r.rows === rows);
  console.log(`\nImpor ${rows.toLocaleString('id-ID')} baris langsung ke program (import --program):`);
  console.log(`  ${fmt(result.seconds)} s, ${(result.enrolled ?? 0).toLocaleString('id-ID')} pekerja didaftarkan`);
  console.log(`  memori puncak        : ${fmt(result.maxRssMb, 0)} MB (seluruh proses)${plain ? `; tanpa program ${fmt(plain.importRssMb, 0)} MB` : ''} (target < 400 MB)`);
}

function growth(): void {
  console.log('\nPertumbuhan biaya impor (waktu dan memori puncak seluruh proses):');
  console.log('  baris        impor       baris/detik   rasio   memori');
  for (const r of ratios.sort((a, b) => a.rows - b.rows)) {
    console.log(
      `  ${r.rows.toLocaleString('id-ID').padStart(9)}  ${`${fmt(r.imported)} s`.padStart(9)}  ${Math.round(r.rows / r.imported).toLocaleString('id-ID').padStart(12)}  ${fmt(r.imported / r.read).padStart(6)}  ${`${fmt(r.importRssMb, 0)} MB`.padStart(7)}`,
    );
  }
}

async function enrolment(rows: number): Promise<void> {
  const dbPath = path.join(dir, `db-${rows}`, 'cakap.sqlite');
  const result = child<{ seconds: number; workers: number; enrolled: number }>('enrollChild.ts', [dbPath]);
  console.log(`\nPendaftaran ${result.enrolled.toLocaleString('id-ID')} pekerja ke satu program (satu transaksi, semua pemeriksaan): ${fmt(result.seconds)} s (target < 5 s)`);
}

async function report(rows: number): Promise<void> {
  const dbPath = path.join(dir, `db-${rows}`, 'cakap.sqlite');
  const enrolled = child<{ seconds: number; enrolled: number }>('enrollChild.ts', [dbPath]);
  const runs = [1, 2, 3].map(() => child<{ seconds: number; coverage: number; bytes: number }>('reportChild.ts', [dbPath, '2025-10-31']));
  console.log(`\nLaporan pimpinan pada ${rows.toLocaleString('id-ID')} pekerja dan ${enrolled.enrolled.toLocaleString('id-ID')} kepesertaan (median 3 kali):`);
  console.log(`  (mendaftarkan ${enrolled.enrolled.toLocaleString('id-ID')} pekerja sekaligus: ${fmt(enrolled.seconds)} s)`);
  const read100k = ratios.find((r) => r.rows === 100_000)?.read;
  console.log(`  angka cakupan saja    : ${fmt(median(runs.map((r) => r.coverage)))} s`);
  console.log(
    `  PDF lengkap           : ${fmt(median(runs.map((r) => r.seconds)))} s  (target < 3 s${read100k ? ` dan < exceljs membaca 100.000 baris, ${fmt(read100k)} s` : ''}; ${fmt(runs[0]!.bytes / 1024, 0)} KB)`,
  );
}

async function plan(rows: number): Promise<void> {
  const dbPath = path.join(dir, `db-${rows}`, 'cakap.sqlite');
  const result = child<{ coldMs: number; medianMs: number; maxMs: number; baseline: number; leavers: number; basis: string }>('planChild.ts', [dbPath, '2025-10-31']);
  console.log(`\nRencana (skenario 3 baris + pemberi kerja) pada ${rows.toLocaleString('id-ID')} pekerja; dasar ${result.basis}, ${result.baseline.toLocaleString('id-ID')} peserta, ${result.leavers.toLocaleString('id-ID')} keluar:`);
  console.log(`  hitungan pertama (memuat dasar dan yang keluar): ${fmt(result.coldMs, 0)} ms`);
  console.log(`  hitung ulang saat mengetik, median 11 kali    : ${fmt(result.medianMs, 1)} ms (paling lama ${fmt(result.maxMs, 1)} ms; target < 200 ms)`);
}

async function queries(rows: number): Promise<void> {
  const dbPath = path.join(dir, `db-${rows}`, 'cakap.sqlite');
  const core = await createCore({ dbPath, actor: 'bench' });
  const total = (await core.invoke('workers.list', { limit: 1 })).total;
  console.log(`\nKueri halaman Pekerja pada ${total.toLocaleString('id-ID')} pekerja (median 7 kali, termasuk validasi kontrak):`);
  const cases: [string, Parameters<typeof core.invoke<'workers.list'>>[1]][] = [
    ['halaman pertama', {}],
    ['halaman ke-1.000', { offset: 50_000 }],
    ['cari awalan NIK "13110345"', { search: '13110345' }],
    ['cari NIK lengkap', { search: (await core.invoke('workers.list', { offset: 1234, limit: 1 })).rows[0]!.nik }],
    ['cari nama "aminah"', { search: 'aminah' }],
    ['cari nama langka "zzz"', { search: 'zzz' }],
    ['saring nagari', { villageCode: '13.11.02.2001' }],
    ['saring pekerjaan + kecamatan', { occupation: 'Petani Sawit', districtCode: '13.11.05' }],
  ];
  for (const [label, input] of cases) {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      await core.invoke('workers.list', input);
      times.push(performance.now() - start);
    }
    console.log(`  ${label.padEnd(32)} ${fmt(median(times), 1)} ms`);
  }
  core.close();
}

/** 20.000 licences against 10.000 BPJS employers: both imported and matched, median of 3 fresh databases. */
async function compliance(runs: number): Promise<void> {
  const oss = path.join(dir, 'izin-usaha-20000.xlsx');
  const bpjs = path.join(dir, 'pemberi-kerja-bpjs-10000.xlsx');
  await generateComplianceLists(oss, bpjs);
  type Run = { ossSeconds: number; bpjsSeconds: number; summarySeconds: number; businesses: number; employers: number; matched: number; reviews: number };
  const results = Array.from({ length: runs }, () => child<Run>('complianceChild.ts', [oss, bpjs, path.join(dir, 'db-kepatuhan', 'cakap.sqlite')]));
  const last = results.at(-1)!;
  console.log(`\nKepatuhan: ${last.businesses.toLocaleString('id-ID')} izin usaha lawan ${last.employers.toLocaleString('id-ID')} pemberi kerja BPJS (median ${runs} kali):`);
  console.log(`  impor daftar izin usaha        : ${fmt(median(results.map((r) => r.ossSeconds)))} s`);
  console.log(`  impor daftar BPJS + pencocokan : ${fmt(median(results.map((r) => r.bpjsSeconds)))} s`);
  console.log(`  keduanya                       : ${fmt(median(results.map((r) => r.ossSeconds + r.bpjsSeconds)))} s`);
  console.log(`  angka kepatuhan (ringkasan)    : ${fmt(median(results.map((r) => r.summarySeconds)))} s`);
  console.log(`  cocok ${last.matched.toLocaleString('id-ID')}, perlu diperiksa ${last.reviews.toLocaleString('id-ID')}`);
}

/** A 100.000-row bill against the 100.000-worker database's program, alternating with exceljs's bare read of the same file. */
async function financeBill(runs: number): Promise<void> {
  const src = path.join(dir, 'db-100000', 'cakap.sqlite');
  const file = path.join(dir, 'tagihan-100000.xlsx');
  child<unknown>('financeChild.ts', ['generate', src, file, '100000']);
  type Billed = { seconds: number; beneficiaries: number; rows: number; billedAmount: number; exceptions: Record<string, number>; exceptionAmount: number; payable: number; maxRssMb: number };
  const reads: Read[] = [];
  const bills: Billed[] = [];
  for (let i = 0; i < runs; i++) {
    reads.push(child<Read>('readChild.ts', [file]));
    bills.push(child<Billed>('financeChild.ts', ['bill', src, path.join(dir, 'db-tagihan', 'cakap.sqlite'), file]));
  }
  const read = median(reads.map((r) => r.seconds));
  const checked = median(bills.map((b) => b.seconds));
  const last = bills.at(-1)!;
  console.log(`\nTagihan ${reads[0]!.rows.toLocaleString('id-ID')} baris (${fmt(fs.statSync(file).size / 1e6, 1)} MB) lawan ${last.beneficiaries.toLocaleString('id-ID')} penerima program, median dari ${runs} kali:`);
  console.log(`  exceljs membaca saja : ${fmt(read)} s`);
  console.log(`  pemeriksaan Cakap    : ${fmt(checked)} s  (baca, periksa setiap baris, simpan dalam satu transaksi; rasio ${fmt(checked / read)}, target < 1,0)`);
  console.log(`  ${last.rows.toLocaleString('id-ID')} orang, Rp ${last.billedAmount.toLocaleString('id-ID')}; dicegah Rp ${last.exceptionAmount.toLocaleString('id-ID')} (${Object.entries(last.exceptions).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n.toLocaleString('id-ID')}`).join(', ')})`);
  console.log(`  memori puncak        : ${fmt(last.maxRssMb, 0)} MB (seluruh proses)`);
}

/** finance.summary on a database of `rows` workers, after a 100.000-row bill, a payment and a claim list. */
async function financeSummary(rows: number): Promise<void> {
  const dbPath = path.join(dir, `db-${rows}`, 'cakap.sqlite');
  if (!fs.existsSync(dbPath)) {
    console.log(`\nRingkasan keuangan: ${dbPath} belum ada (jalankan npm run bench sekali penuh).`);
    return;
  }
  const file = path.join(dir, `tagihan-dari-${rows}.xlsx`);
  child<unknown>('financeChild.ts', ['generate', dbPath, file, '100000']);
  const result = child<{ workers: number; firstMs: number; medianMs: number; maxMs: number; paid: number; claims: number }>('financeChild.ts', ['summary', dbPath, file]);
  console.log(`\nRingkasan keuangan (finance.summary) pada ${result.workers.toLocaleString('id-ID')} pekerja, sesudah tagihan 100.000 baris, SP2D dan daftar klaim:`);
  console.log(`  hitungan pertama ${fmt(result.firstMs, 1)} ms; median 7 kali ${fmt(result.medianMs, 1)} ms (paling lama ${fmt(result.maxMs, 1)} ms; target < 1.000 ms)`);
}

/**
 * The 100.000-row list saved as Excel 97–2003 (.xls), imported against the same rows as .xlsx in the
 * same run. An .xls sheet holds 65.536 rows, so the list is written in two sheets (title and header on
 * each) as .xlsx, and LibreOffice headless saves that file as .xls, as an office does with "Save As >
 * Excel 97-2003 Workbook". Without LibreOffice, SheetJS writes the .xls (about a minute).
 */
async function legacyXls(rows: number, runs: number): Promise<void> {
  const xlsx = path.join(dir, `daftar-${rows}-2sheet.xlsx`);
  const xls = path.join(dir, `daftar-${rows}-2sheet.xls`);
  console.log(`\nMembuat/menyiapkan ${xls} ...`);
  await generateList(xlsx, rows, 65_536);
  let writer = 'LibreOffice headless';
  if (!fs.existsSync(xls)) {
    try {
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cakap-bench-soffice-'));
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xls', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 600_000 });
      fs.rmSync(profile, { recursive: true, force: true });
    } catch {
      writer = 'SheetJS (LibreOffice tidak ada)';
      const XLSX = await import('@e965/xlsx');
      const book = XLSX.read(fs.readFileSync(xlsx), { dense: true, cellDates: true });
      fs.writeFileSync(xls, XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    }
  }
  const imports: { xlsx: Imported[]; xls: Imported[] } = { xlsx: [], xls: [] };
  for (let i = 0; i < runs; i++) {
    imports.xlsx.push(child<Imported>('importChild.ts', [xlsx, path.join(dir, `db-2sheet-${rows}`, 'cakap.sqlite')]));
    imports.xls.push(child<Imported>('importChild.ts', [xls, path.join(dir, `db-xls-${rows}`, 'cakap.sqlite')]));
  }
  const xlsxSeconds = median(imports.xlsx.map((r) => r.seconds));
  const xlsSeconds = median(imports.xls.map((r) => r.seconds));
  const same = JSON.stringify(imports.xlsx.map(({ accepted, rejected, warnings }) => [accepted, rejected, warnings])[0]);
  console.log(`${rows.toLocaleString('id-ID')} baris dalam 2 sheet, median dari ${runs} kali:`);
  console.log(`  impor .xlsx (${fmt(fs.statSync(xlsx).size / 1e6, 1)} MB)       : ${fmt(xlsxSeconds)} s  (${Math.round(rows / xlsxSeconds).toLocaleString('id-ID')} baris/detik), memori puncak ${fmt(Math.max(...imports.xlsx.map((r) => r.maxRssMb)), 0)} MB`);
  console.log(`  impor .xls (${fmt(fs.statSync(xls).size / 1e6, 1)} MB, ${writer}): ${fmt(xlsSeconds)} s  (${Math.round(rows / xlsSeconds).toLocaleString('id-ID')} baris/detik), memori puncak ${fmt(Math.max(...imports.xls.map((r) => r.maxRssMb)), 0)} MB`);
  console.log(`  rasio .xls / .xlsx   : ${fmt(xlsSeconds / xlsxSeconds)}  (sasaran <= 2)`);
  console.log(`  hasil sama           : ${same === JSON.stringify(imports.xls.map(({ accepted, rejected, warnings }) => [accepted, rejected, warnings])[0]) ? 'ya' : 'TIDAK'} (diterima, ditolak, peringatan ${same})`);
}

/**
 * Letters for every open case of a licence list of `count` businesses with no BPJS list yet (all PWBD):
 * written as they are made, in a process of its own; its time and peak memory (whole process).
 */
async function letters(count: number): Promise<void> {
  const list = path.join(dir, `izin-usaha-surat-${count}.xlsx`);
  await generateLettersList(list, count);
  const dbPath = path.join(dir, `db-surat-${count}`, 'cakap.sqlite');
  child<{ accepted: number }>('lettersChild.ts', ['setup', list, dbPath]);
  const result = child<{ seconds: number; count: number; bytes: number; maxRssMb: number }>('lettersChild.ts', ['letters', dbPath, path.join(dir, `surat-${count}.pdf`)]);
  console.log(`\nSurat kepatuhan untuk ${result.count.toLocaleString('id-ID')} kasus terbuka (PDF ${fmt(result.bytes / 1e6, 1)} MB dan daftar tindak lanjut):`);
  console.log(`  waktu                : ${fmt(result.seconds)} s (${fmt((result.seconds * 1000) / result.count, 1)} ms per surat)`);
  console.log(`  memori puncak        : ${fmt(result.maxRssMb, 0)} MB (seluruh proses; target < 400 MB)`);
}

if (onlyLimits) {
  const workers = path.join(dir, 'daftar-100000.xlsx');
  await generateList(workers, 100_000);
  const members = path.join(dir, 'peserta-bpjs-100000.xlsx');
  await generateBpjsMembers(members, 100_000);
  const oss = path.join(dir, 'izin-usaha-20000.xlsx');
  const bpjs = path.join(dir, 'pemberi-kerja-bpjs-10000.xlsx');
  await generateComplianceLists(oss, bpjs);
  const lettersList = path.join(dir, 'izin-usaha-surat-5000.xlsx');
  await generateLettersList(lettersList, 5_000);
  const lettersDb = path.join(dir, 'db-surat-5000', 'cakap.sqlite');
  child<{ accepted: number }>('lettersChild.ts', ['setup', lettersList, lettersDb]);
  await jobHeap(path.join(dir, 'dist', 'jobHeapChild.cjs'), [
    { job: 'importWorkers', what: 'daftar pekerja 100.000 baris', args: ['workers', path.join(dir, 'db-heap-workers', 'cakap.sqlite'), workers] },
    { job: 'importBpjs', what: 'daftar peserta BPJS 100.000 baris', args: ['bpjs', path.join(dir, 'db-heap-bpjs', 'cakap.sqlite'), members] },
    { job: 'importCompliance', what: '20.000 izin usaha lalu 10.000 pemberi kerja BPJS (dengan pencocokan)', args: ['employers', path.join(dir, 'db-heap-employers', 'cakap.sqlite'), oss, bpjs] },
    { job: 'complianceLetters', what: '5.000 surat', args: ['letters', lettersDb] },
  ]);
  // The report's annex lists the workers funded in the month: the 100.000 workers enrolled first.
  child<{ enrolled: number }>('enrollChild.ts', [path.join(dir, 'db-heap-workers', 'cakap.sqlite')]);
  await jobHeap(path.join(dir, 'dist', 'jobHeapChild.cjs'), [
    { job: 'coverage', what: 'angka laporan, 100.000 pekerja', args: ['coverage', path.join(dir, 'db-heap-workers', 'cakap.sqlite')] },
    { job: 'reportExport', what: 'laporan PDF dengan lampiran 5.000 baris', args: ['reportPdf', path.join(dir, 'db-heap-workers', 'cakap.sqlite')] },
    { job: 'reportExport', what: 'laporan Excel dengan lampiran', args: ['reportXlsx', path.join(dir, 'db-heap-workers', 'cakap.sqlite')] },
  ]);
  process.exit(0);
}

/** Kantor bersama: 20 colleagues reading while one imports, through the HTTPS server, for five minutes. */
async function office(): Promise<void> {
  const at = process.argv.indexOf('--office-seconds');
  const seconds = at > 0 ? Number(process.argv[at + 1]) : 300;
  console.log(`\nKantor bersama: 20 pembaca dan 1 operator yang mengimpor, ${seconds} detik, lewat HTTPS di 127.0.0.1 ...`);
  const result = await officeLoad({ dir: path.join(dir, 'kantor'), cli: path.join(dir, 'dist', 'cli.cjs'), seconds, readers: 20 });
  console.log(`  ${result.requests.toLocaleString('id-ID')} permintaan dalam ${fmt(result.seconds, 0)} s; gagal: ${result.failed}; ditolak dengan sengaja: ${result.refusedOnPurpose}`);
  console.log(`  impor: ${result.imports.completed} dari ${result.imports.started} selesai (${result.imports.rows.toLocaleString('id-ID')} pekerja); integrity_check: ${result.integrity}; impor tercatat: ${result.batchesInDatabase}`);
  for (const [why, count] of Object.entries(result.failures)) console.log(`  GAGAL ${count} ×: ${why}`);
  for (const [kind, l] of Object.entries(result.latencyMs)) console.log(`  ${kind.padEnd(22)} ${String(l.count).padStart(6)} × median ${l.p50} ms, p95 ${l.p95} ms, maks ${l.max} ms`);
  if (result.failed > 0 || result.integrity !== 'ok' || result.imports.completed !== result.imports.started) process.exitCode = 1;
}

if (onlyOffice) {
  await office();
  process.exit();
}

if (onlyLetters) {
  await letters(5_000);
  process.exit(0);
}

if (onlyXls) {
  await legacyXls(100_000, 3);
  process.exit(0);
}

if (onlyFinance) {
  await financeBill(3);
  await financeSummary(fs.existsSync(path.join(dir, 'db-1000000', 'cakap.sqlite')) ? 1_000_000 : 100_000);
  process.exit(0);
}
await compliance(3);
await letters(5_000);
if (onlyCompliance) process.exit(0);
await ratio(10_000, 3);
await ratio(100_000, 3);
await legacyXls(100_000, 3);
await enrolment(100_000);
if (!quick) {
  await ratio(1_000_000, 1);
  growth();
  await importIntoProgram(1_000_000);
  await queries(1_000_000);
  await report(1_000_000);
  await plan(1_000_000);
  await financeBill(3);
  await financeSummary(1_000_000);
} else {
  growth();
  await importIntoProgram(100_000);
  await queries(100_000);
  await plan(100_000);
  await financeBill(3);
  await financeSummary(100_000);
}
await office();
