import asar from '@electron/asar';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Arch, build, Platform } from 'electron-builder';
import { FONT_FILES } from '../../electron/core/platform/documents/pdfmake';
import { AREA_FILES } from '../../electron/core/features/regions/areaData';
import { DEMO_LOGO_BUNDLED } from '../../electron/demo/logo';
import type { SelfTestReport } from '../../electron/selfTest/selfTest';
import { THREAD_ENTRIES } from '../build';

/**
 * The app as electron-builder packs it into resources/app.asar, and the checks on it: the files that
 * must be inside (renderer, worker files, fonts, region data, demo logo), what must not (source maps,
 * development dependencies, better-sqlite3's sources), only the native addon outside the archive;
 * then the self-test run from the archive's contents under Node (import with both threads, a PDF).
 * Used by test/integration/packagedApp.test.ts on Linux and by the release workflow on the real
 * Windows archive (`tsx scripts/checkPackage.ts layout release/win-unpacked/resources/app.asar`).
 */

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/**
 * Packs an app folder (package.json and dist/, as `npm run build` leaves them) with the project's
 * electron-builder.yml, as the release does, into outDir: electron-builder itself applies `files`,
 * collects the production node_modules, packs app.asar with @electron/asar and unpacks `asarUnpack`.
 * On Linux, as a `dir` target: the archive's contents do not depend on the platform, and the parts
 * that do are left out: Electron's program (it cannot be downloaded here: an empty placeholder
 * stands in for it and is only copied), the rebuild for Electron's ABI (the addon must stay built
 * for this Node to run under it) and the fuses (they are flipped in Electron's program).
 */
export async function packAppContents(appDir: string, outDir: string): Promise<string> {
  const placeholder = path.join(outDir, 'electron-placeholder');
  fs.mkdirSync(placeholder, { recursive: true });
  fs.writeFileSync(path.join(placeholder, 'electron'), '');
  const electronVersion = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      extends: path.join(root, 'electron-builder.yml'),
      directories: { app: appDir, output: path.join(outDir, 'release') },
      electronDist: placeholder,
      electronVersion,
      npmRebuild: false,
      electronFuses: null,
    },
  });
  return path.join(outDir, 'release', 'linux-unpacked', 'resources', 'app.asar');
}

export interface ArchiveEntry {
  /** Inside the archive, with / separators and no leading slash. */
  path: string;
  size: number;
  /** Stored in app.asar.unpacked beside the archive. */
  unpacked: boolean;
}

interface HeaderNode {
  files?: Record<string, HeaderNode>;
  size?: number;
  unpacked?: boolean;
  link?: string;
}

/** Every file of an archive, from its header. */
export function archiveEntries(archive: string): ArchiveEntry[] {
  const entries: ArchiveEntry[] = [];
  const walk = (node: HeaderNode, prefix: string) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const at = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, at);
      else if (!child.link) entries.push({ path: at, size: child.size ?? 0, unpacked: child.unpacked === true });
    }
  };
  walk(asar.getRawHeader(archive).header as HeaderNode, '');
  return entries;
}

const ADDON = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

/** The files the installed app reads at run time, by the names its code uses for them. */
export function requiredFiles(): string[] {
  return [
    'package.json',
    'dist/renderer/index.html',
    ...['main', 'preload', 'selfTest', ...Object.keys(THREAD_ENTRIES)].map((name) => `dist/electron/${name}.cjs`),
    `dist/electron/${DEMO_LOGO_BUNDLED}`,
    ...Object.values(FONT_FILES).map((file) => `node_modules/pdfmake/${file}`),
    ...AREA_FILES.map((file) => `node_modules/idn-area-data/data/${file}.csv`),
    ADDON,
  ];
}

/** What better-sqlite3 needs at run time; anything else of it in the package is waste. */
const BETTER_SQLITE3_RUNTIME = /^node_modules\/better-sqlite3\/(package\.json|LICENSE|README\.md|lib\/.+|build\/Release\/better_sqlite3\.node)$/;

/** What is wrong with an archive's contents; empty when nothing is. */
export function layoutProblems(entries: ArchiveEntry[], projectRoot = root): string[] {
  const problems: string[] = [];
  const paths = new Set(entries.map((e) => e.path));
  for (const file of requiredFiles()) if (!paths.has(file)) problems.push(`missing: ${file}`);
  if (!entries.some((e) => /^dist\/renderer\/assets\/.+\.js$/.test(e.path))) problems.push('missing: the renderer script (dist/renderer/assets/*.js)');
  for (const e of entries) if (e.path.endsWith('.map')) problems.push(`source map shipped: ${e.path}`);
  const manifest = readManifest(path.join(projectRoot, 'package.json'));
  const needed = runtimeClosure(projectRoot);
  for (const name of Object.keys(manifest.devDependencies ?? {})) {
    if (!needed.has(name) && entries.some((e) => e.path.startsWith(`node_modules/${name}/`))) problems.push(`development dependency shipped: ${name}`);
  }
  for (const e of entries) {
    if (e.path.startsWith('node_modules/better-sqlite3/') && !BETTER_SQLITE3_RUNTIME.test(e.path)) problems.push(`better-sqlite3 file not needed at run time shipped: ${e.path}`);
    if (e.unpacked && e.path !== ADDON) problems.push(`outside the archive without need: ${e.path}`);
  }
  if (entries.some((e) => e.path === ADDON && !e.unpacked)) problems.push(`inside the archive, where it cannot be loaded: ${ADDON}`);
  return problems;
}

interface Manifest {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

function readManifest(file: string): Manifest {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

/**
 * Every package the runtime dependencies need, directly or not, as installed (Node's lookup: the
 * nearest node_modules up from the package that needs it). A development dependency of Cakap may
 * also be one of these (@types/node comes with exceljs's CSV library); then it rightly ships.
 */
export function runtimeClosure(projectRoot = root): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const queue: { name: string; from: string }[] = Object.keys(readManifest(path.join(projectRoot, 'package.json')).dependencies ?? {}).map((name) => ({ name, from: projectRoot }));
  while (queue.length > 0) {
    const { name, from } = queue.pop()!;
    let dir: string | null = null;
    for (let at = from; ; at = path.dirname(at)) {
      if (fs.existsSync(path.join(at, 'node_modules', name, 'package.json'))) {
        dir = path.join(at, 'node_modules', name);
        break;
      }
      if (at === projectRoot || path.dirname(at) === at) break;
    }
    if (!dir || seen.has(dir)) continue;
    seen.add(dir);
    names.add(name);
    const manifest = readManifest(path.join(dir, 'package.json'));
    for (const next of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) queue.push({ name: next, from: dir });
  }
  return names;
}

export interface PackagedAppCheck {
  problems: string[];
  report: SelfTestReport | null;
  /** The archive's contents as extracted (the self-test's PDF is in report.pdf). */
  extracted: string;
}

/**
 * Lists and extracts an archive and runs the self-test from the extracted files under this Node,
 * in a folder where nothing resolves from the project's own node_modules.
 */
export async function checkPackagedApp(archive: string, workDir: string): Promise<PackagedAppCheck> {
  const problems = layoutProblems(archiveEntries(archive));
  const extracted = path.join(workDir, 'app');
  fs.rmSync(extracted, { recursive: true, force: true });
  asar.extractAll(archive, extracted);
  const reportFile = path.join(workDir, 'self-test.json');
  fs.rmSync(reportFile, { force: true });
  const selfTest = path.join(extracted, 'dist', 'electron', 'selfTest.cjs');
  let output: string;
  try {
    const done = await run(process.execPath, [selfTest, `--self-test-report=${reportFile}`, `--self-test-dir=${path.join(workDir, 'self-test')}`], { cwd: workDir });
    output = done.stdout + done.stderr;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; code?: number };
    output = `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
    problems.push(`self-test exited with ${failed.code ?? 'an error'}`);
  }
  const report = fs.existsSync(reportFile) ? (JSON.parse(fs.readFileSync(reportFile, 'utf8')) as SelfTestReport) : null;
  if (!report) problems.push(`self-test wrote no report: ${output.trim().split('\n').slice(-3).join(' | ')}`);
  for (const check of report?.checks ?? []) if (!check.ok) problems.push(`self-test failed: ${check.label}: ${check.detail}`);
  return { problems, report, extracted };
}

/** An archive of a folder, as @electron/asar packs it, with the addon outside (for layouts the tests break on purpose). */
export async function packFolder(folder: string, archive: string): Promise<void> {
  await asar.createPackageWithOptions(folder, archive, { unpack: '*.node' });
}
