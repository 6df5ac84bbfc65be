import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { formatNumber } from '../../shared/domain/format';
import { createCore, type Core } from '../core/app/core';
import { folderLocation, type FolderLocation } from '../core/platform/files/networkPath';
import { THREAD_FROM_BYTES } from '../core/platform/spreadsheet/readInThread';
import { makeWorker, writeAgencyCsv, type DemoWorker } from '../demo/lists';
import { demoLogoFile } from '../demo/logo';
import { Random } from '../demo/people';

/**
 * `Cakap.exe --self-test` (and `node dist/electron/selfTest.cjs` for the packaged-layout test): proves
 * that the app as installed can do its work, in the process and the threads it really uses. In a
 * temporary folder it opens a new database (the native SQLite module, the migrations, the region
 * data of Solok Selatan), imports a list big enough to be read in the reader thread, which the job
 * thread starts (both from inside app.asar in the installed app), writes the leadership report as a
 * PDF (the fonts), imports an Excel 97–2003 list (SheetJS in the reader thread), and finds the demo
 * letterhead's logo. Each check is timed; the first that fails stops the run with its error.
 */

export interface SelfTestCheck {
  name: string;
  /** What was checked, in Indonesian, for the person reading the report. */
  label: string;
  ok: boolean;
  detail: string;
  ms: number;
}

export interface SelfTestReport {
  ok: boolean;
  at: string;
  versions: { node: string; electron: string | null; modules: string; platform: string; arch: string };
  /** Where the run's database and files were (kept when the caller asked for the folder). */
  dir: string;
  checks: SelfTestCheck[];
  /** The office's data folder and whether it is on a network location (information, not a check). */
  dataFolder: { path: string; location: FolderLocation } | null;
  pdf: string | null;
  error: string | null;
}

export interface SelfTestOptions {
  /** An empty or new folder for the run. */
  dir: string;
  /** The office data folder to classify in the report. */
  dataFolder?: string;
  /** Rows of the list imported (enough to reach the reader thread). */
  rows?: number;
  log?: (line: string) => void;
}

const REGENCY = '13.11';

export async function runSelfTest(options: SelfTestOptions): Promise<SelfTestReport> {
  const log = options.log ?? (() => {});
  const report: SelfTestReport = {
    ok: false,
    at: new Date().toISOString(),
    versions: {
      node: process.versions.node,
      electron: process.versions.electron ?? null,
      modules: process.versions.modules,
      platform: process.platform,
      arch: process.arch,
    },
    dir: options.dir,
    checks: [],
    dataFolder: null,
    pdf: null,
    error: null,
  };
  let core: Core | null = null;
  // The fault behind a generic internal-error answer: what the report must name (a missing file, ...).
  let fault: unknown = null;
  const check = async (name: string, label: string, run: () => Promise<string> | string): Promise<void> => {
    const started = performance.now();
    fault = null;
    try {
      const detail = await run();
      report.checks.push({ name, label, ok: true, detail, ms: Math.round(performance.now() - started) });
      log(`ok    ${label}: ${detail}`);
    } catch (error) {
      const cause = fault ?? error;
      // A thread's error arrives with its stack in the message: the first line says what happened.
      const detail = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0]!;
      report.checks.push({ name, label, ok: false, detail, ms: Math.round(performance.now() - started) });
      log(`GAGAL ${label}: ${detail}`);
      throw error;
    }
  };

  try {
    fs.mkdirSync(options.dir, { recursive: true });
    if (options.dataFolder) report.dataFolder = { path: options.dataFolder, location: folderLocation(options.dataFolder) };

    await check('database', 'Basis data baru dengan wilayah Solok Selatan', async () => {
      core = await createCore({
        dbPath: path.join(options.dir, 'cakap-uji.sqlite'),
        defaultRegency: REGENCY,
        actor: 'uji-mandiri',
        dailyBackup: false,
        onInternalError: (_method, error) => (fault = error),
      });
      const tree = await core.invoke('regions.tree', {});
      const villages = tree.districts.reduce((n, d) => n + d.villages.length, 0);
      if (tree.districts.length === 0 || villages === 0) throw new Error('data wilayah kosong');
      return `${tree.districts.length} kecamatan, ${villages} nagari (modul SQLite untuk NODE_MODULE_VERSION ${process.versions.modules})`;
    });

    await check('import', 'Impor daftar pekerja di thread pekerjaan dan thread pembaca', async () => {
      const { file, workers } = await writeList(core!, options.dir, options.rows ?? 11_000);
      const size = fs.statSync(file).size;
      if (size < THREAD_FROM_BYTES) throw new Error(`daftar uji ${formatNumber(size)} byte terlalu kecil untuk thread pembaca`);
      const result = await core!.invoke('import.commit', { jobId: crypto.randomUUID(), fileId: core!.context.files.register(file).fileId });
      if (result.accepted !== workers || result.rejected !== 0) {
        const first = result.issues.find((i) => i.severity === 'error');
        throw new Error(`${formatNumber(result.accepted)} dari ${formatNumber(workers)} baris diterima${first ? `; baris ${first.row}: ${first.message}` : ''}`);
      }
      return `${formatNumber(result.accepted)} pekerja diterima dari ${formatNumber(size)} byte`;
    });

    await check('pdf', 'Laporan pimpinan sebagai PDF (huruf Roboto)', async () => {
      const ref = await core!.invoke('report.export', { format: 'pdf' });
      const source = core!.context.files.resolve(ref.fileId).path;
      const pdf = path.join(options.dir, 'laporan-uji.pdf');
      fs.copyFileSync(source, pdf);
      const bytes = fs.readFileSync(pdf);
      const pages = bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
      if (!bytes.subarray(0, 5).equals(Buffer.from('%PDF-')) || pages === 0) throw new Error('berkas yang ditulis bukan PDF');
      report.pdf = pdf;
      return `${pages} halaman, ${formatNumber(bytes.length)} byte`;
    });

    await check('legacy', 'Impor daftar Excel 97–2003 (.xls) di thread pembaca', async () => {
      const { file, workers } = await writeLegacyList(core!, options.dir, 300);
      const result = await core!.invoke('import.commit', { jobId: crypto.randomUUID(), fileId: core!.context.files.register(file).fileId });
      if (result.accepted !== workers || result.rejected !== 0) {
        const first = result.issues.find((i) => i.severity === 'error');
        throw new Error(`${formatNumber(result.accepted)} dari ${formatNumber(workers)} baris diterima${first ? `; baris ${first.row}: ${first.message}` : ''}`);
      }
      return `${formatNumber(result.accepted)} pekerja diterima dari berkas .xls ${formatNumber(fs.statSync(file).size)} byte`;
    });

    await check('logo', 'Logo kop surat data contoh', () => {
      const logo = demoLogoFile();
      if (!fs.existsSync(logo)) throw new Error(`tidak ada di ${logo}`);
      return logo;
    });
    report.ok = true;
  } catch (error) {
    const cause = fault ?? error;
    report.error = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
  } finally {
    (core as Core | null)?.close();
  }
  return report;
}

/** A list of Solok Selatan's workers as an agency sends it (semicolon CSV), each NIK distinct. */
async function makeWorkers(core: Core, rows: number, firstSeq: number): Promise<DemoWorker[]> {
  const { districts } = await core.invoke('regions.tree', {});
  const random = new Random(2911 + firstSeq);
  const workers: DemoWorker[] = [];
  const perDistrict = Math.ceil(rows / districts.length);
  for (const district of districts) {
    for (let seq = firstSeq; seq < firstSeq + perDistrict && workers.length < rows; seq++) {
      workers.push(makeWorker(random, district.code, district.name, random.pick(district.villages).name, seq));
    }
  }
  return workers;
}

async function writeList(core: Core, dir: string, rows: number): Promise<{ file: string; workers: number }> {
  const workers = await makeWorkers(core, rows, 1);
  const file = path.join(dir, 'daftar-uji.csv');
  writeAgencyCsv(file, workers);
  return { file, workers: workers.length };
}

/** Other workers, as a nagari's "Excel 97-2003 Workbook" written by SheetJS: read by SheetJS in the reader thread. */
async function writeLegacyList(core: Core, dir: string, rows: number): Promise<{ file: string; workers: number }> {
  const workers = await makeWorkers(core, rows, 9001);
  const sheet = XLSX.utils.aoa_to_sheet(
    [
      ['No', 'NIK', 'Nama', 'Tgl Lahir', 'JK', 'Desa/Kelurahan', 'Kecamatan', 'Pekerjaan'],
      ...workers.map((w, i) => [i + 1, w.nik, w.name, w.birth, w.female ? 'P' : 'L', w.village, w.district, w.occupation]),
    ],
    { cellDates: true, dateNF: 'dd/mm/yyyy' },
  );
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Daftar');
  const file = path.join(dir, 'daftar-uji.xls');
  fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer);
  return { file, workers: workers.length };
}

/** The report as a file (a GUI program's console output is not reliable on Windows). */
export function writeSelfTestReport(file: string, report: SelfTestReport): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

/** What `--self-test` was asked for on the command line. */
export interface SelfTestRequest {
  /** Where the JSON report goes (--self-test-report=FILE; default cakap-self-test.json in the temp folder). */
  report: string;
  /** The folder of the run, kept afterwards (--self-test-dir=DIR); default a temporary one, removed when all passed. */
  dir: string | null;
}

/** Null unless the arguments hold --self-test. Electron adds its own switches; anything else is ignored. */
export function selfTestRequest(argv: readonly string[], tempDir: string): SelfTestRequest | null {
  if (!argv.includes('--self-test')) return null;
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) || null;
  return { report: path.resolve(value('self-test-report') ?? path.join(tempDir, 'cakap-self-test.json')), dir: value('self-test-dir') && path.resolve(value('self-test-dir')!) };
}

/** Runs the self-test as asked, writes its report and returns the exit code: 0 when every check passed, else 1. */
export async function selfTestMain(request: SelfTestRequest, options: { tempDir: string; dataFolder?: string; log?: (line: string) => void }): Promise<number> {
  const dir = request.dir ?? fs.mkdtempSync(path.join(options.tempDir, 'cakap-uji-'));
  const report = await runSelfTest({ dir, dataFolder: options.dataFolder, log: options.log });
  if (report.ok && request.dir === null) {
    fs.rmSync(dir, { recursive: true, force: true });
    report.pdf = null;
  }
  writeSelfTestReport(request.report, report);
  options.log?.(`${report.ok ? 'Uji mandiri berhasil' : 'Uji mandiri GAGAL'}; laporan: ${request.report}`);
  return report.ok ? 0 : 1;
}
