import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withCspMeta } from '../electron/csp';

/**
 * Runs Doyensec's Electronegativity over the Electron sources, offline, and fails on any HIGH or
 * MEDIUM finding that the code does not explicitly accept.
 *
 * - Its command line (dist/index.js) cannot start: it requires `commander` without declaring it and
 *   gets this project's commander 14, whose API differs. Its programmatic runner (the package's main)
 *   works, so this script calls that.
 * - It downloads translations and Electron's release list on every run (through `got`). This machine
 *   and CI have no such network, so `got` is replaced by a stub that fails at once; the English texts
 *   shipped in the package are used and the "newer Electron has security fixes" check is skipped.
 * - Checks that span files (CSP, navigation limits, permission handler) need the main process and
 *   the page together, so the sources are copied into one folder first: electron/, renderer/src and
 *   renderer/index.html with the CSP meta tag the build adds (vite.config.ts).
 * - An accepted finding is one the code disables on its line with Electronegativity's own comment,
 *   which here must give the reason: `eng-disable CHECK_ID: why it is safe`. A bare eng-disable fails.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const engRoot = path.join(root, 'node_modules/@doyensec/electronegativity');
const require = createRequire(import.meta.url);

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  description: string;
  manualReview: boolean;
}

export interface ScanResult {
  files: number;
  checks: number;
  findings: Finding[];
  /** HIGH and MEDIUM findings that nothing accepts: each one fails the run. */
  blocking: Finding[];
  /** eng-disable comments found in the sources, with their reasons. */
  accepted: { file: string; line: number; checks: string[]; reason: string }[];
  /** Problems with the scan itself: unparsed files, eng-disable without a reason. */
  problems: string[];
}

interface EngIssue {
  id: string;
  severity: { value: number; name: string };
  confidence: { name: string };
  file: string;
  location: { line: number };
  description: string;
  manualReview?: boolean;
}
type EngRun = (options: Record<string, unknown>) => Promise<{ globalChecks: number; atomicChecks: number; errors: { file: string; message: string; tolerable: boolean }[]; issues: EngIssue[] }>;

let offline = false;
/** Electronegativity's network calls (translations, Electron releases) fail at once instead of waiting. */
function keepOffline(): void {
  if (offline) return;
  offline = true;
  const refuse = () => Promise.reject(new Error('offline'));
  const stub = Object.assign(refuse, { head: refuse, get: refuse, default: refuse });
  const loader = Module as unknown as { _load: (request: string, parent: { filename?: string } | null, isMain: boolean) => unknown };
  const original = loader._load;
  loader._load = function (request, parent, isMain) {
    if (request === 'got' && parent?.filename?.startsWith(engRoot)) return stub;
    return original.call(this, request, parent, isMain);
  };
}

const SOURCE_EXTENSIONS = /\.(ts|tsx|js|jsx|html|htm)$/;
const MEDIUM = 2;

/** Copies what the desktop app is made of into one folder, as Electronegativity needs it. */
export function stageSources(target: string, from = root): void {
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const dir of ['electron', 'renderer/src']) {
    const source = path.join(from, dir);
    if (fs.existsSync(source)) fs.cpSync(source, path.join(target, dir), { recursive: true });
  }
  const html = path.join(from, 'renderer/index.html');
  if (fs.existsSync(html)) fs.writeFileSync(path.join(target, 'renderer/index.html'), withCspMeta(fs.readFileSync(html, 'utf8')));
  fs.copyFileSync(path.join(from, 'package.json'), path.join(target, 'package.json'));
}

function listSources(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => SOURCE_EXTENSIONS.test(f))
    .map((f) => path.join(dir, f));
}

const ENG_DISABLE = /eng-disable[ \t]+([A-Z_]+(?:[ ,\t]+[A-Z_]+)*)(.*)$/;

function acceptedComments(dir: string, problems: string[]): ScanResult['accepted'] {
  const accepted: ScanResult['accepted'] = [];
  for (const file of listSources(dir)) {
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const match = ENG_DISABLE.exec(text);
        if (!match) return;
        const where = `${path.relative(dir, file)}:${index + 1}`;
        const reason = /^\s*:\s*(.+?)\s*(\*\/|-->)?\s*$/.exec(match[2] ?? '')?.[1] ?? '';
        if (reason.length < 20) problems.push(`${where}: eng-disable tanpa alasan (tulis "eng-disable CHECK_ID: alasan")`);
        else accepted.push({ file: path.relative(dir, file), line: index + 1, checks: match[1]!.split(/[ ,\t]+/), reason });
      });
  }
  return accepted;
}

/** Scans a folder laid out by stageSources. */
export async function scan(dir: string): Promise<ScanResult> {
  keepOffline();
  const run = require(path.join(engRoot, 'dist/runner.js')) as EngRun;
  const electronVersion = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  const quiet = console.log;
  console.log = () => {}; // its "could not retrieve translations" line
  let result;
  try {
    result = await run({ input: dir, electronVersionOverride: electronVersion, isRelative: true, customScan: [], excludeFromScan: [] });
  } finally {
    console.log = quiet;
  }
  const problems = result.errors.filter((e) => !e.tolerable).map((e) => `${path.relative(dir, e.file)}: tidak dapat dibaca (${e.message})`);
  const findings: Finding[] = result.issues.map((i) => ({
    id: i.id,
    severity: i.severity.name,
    confidence: i.confidence.name,
    file: i.file,
    line: i.location.line,
    description: i.description,
    manualReview: Boolean(i.manualReview),
  }));
  const blocking = findings.filter((_f, n) => result.issues[n]!.severity.value >= MEDIUM);
  const accepted = acceptedComments(dir, problems);
  return { files: listSources(dir).length, checks: result.globalChecks + result.atomicChecks, findings, blocking, accepted, problems };
}

function report(result: ScanResult): boolean {
  console.log(`Electronegativity: ${result.checks} pemeriksaan atas ${result.files} berkas.`);
  for (const a of result.accepted) console.log(`  diterima ${a.checks.join(', ')} di ${a.file}:${a.line}: ${a.reason}`);
  for (const f of result.findings.filter((x) => !result.blocking.includes(x))) {
    console.log(`  catatan ${f.severity} ${f.id} di ${f.file}:${f.line}: ${f.description}`);
  }
  for (const f of result.blocking) console.error(`  GAGAL ${f.severity} ${f.id} di ${f.file}:${f.line}: ${f.description}`);
  for (const p of result.problems) console.error(`  GAGAL ${p}`);
  const ok = result.blocking.length === 0 && result.problems.length === 0 && result.files > 0 && result.checks > 0;
  console.log(ok ? 'Electronegativity: tidak ada temuan HIGH/MEDIUM yang belum diterima.' : 'Electronegativity: ada temuan yang harus diperbaiki.');
  return ok;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const staged = path.join(root, '.tmp', 'electronegativity');
  stageSources(staged);
  const ok = report(await scan(staged));
  fs.rmSync(staged, { recursive: true, force: true });
  process.exitCode = ok ? 0 : 1;
}
