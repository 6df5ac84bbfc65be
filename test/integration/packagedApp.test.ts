import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../scripts/build';
import { archiveEntries, checkPackagedApp, layoutProblems, packAppContents, packFolder, type ArchiveEntry, type PackagedAppCheck } from '../../scripts/package/layout';
import { pdfText } from '../helpers/pdf';
import { projectRoot } from '../helpers/source';

/**
 * The app as the installer ships it: `npm run build`'s dist/ and package.json packed into app.asar
 * by electron-builder with electron-builder.yml (production node_modules, `files`, `asarUnpack`),
 * then listed, extracted, and run under Node: the self-test opens a database, imports a list in the
 * job thread and the reader thread and writes the leadership report PDF, from the extracted files
 * only. A worker file moved, a resource left outside `files` or a dependency not shipped fails here.
 * Built once for the file (a minute on a busy 2-core machine: Vite, esbuild, electron-builder).
 */

let work: string;
let entries: ArchiveEntry[];
let packaged: PackagedAppCheck;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'cakap-paket-'));
  const app = path.join(work, 'app-src');
  await buildAll({ quiet: true, outDir: path.join(app, 'dist') });
  fs.copyFileSync(path.join(projectRoot, 'package.json'), path.join(app, 'package.json'));
  const archive = await packAppContents(app, work);
  entries = archiveEntries(archive);
  packaged = await checkPackagedApp(archive, path.join(work, 'run'));
}, 600_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** A copy of a folder made of hard links (the extracted app is 100 MB). */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(path.join(from, entry.name), path.join(to, entry.name));
    else fs.linkSync(path.join(from, entry.name), path.join(to, entry.name));
  }
}

/** The packaged app's contents without one file, packed again: a layout broken on purpose. */
async function withoutFile(file: string, name: string): Promise<PackagedAppCheck> {
  const folder = path.join(work, name);
  linkTree(packaged.extracted, folder);
  fs.rmSync(path.join(folder, file));
  const archive = path.join(work, `${name}.asar`);
  await packFolder(folder, archive);
  return checkPackagedApp(archive, path.join(work, `${name}-run`));
}

describe('the app as electron-builder packs it', () => {
  it('holds the renderer, the worker files, the fonts, the region data and the demo logo; no source maps, no development dependencies', () => {
    expect(layoutProblems(entries)).toEqual([]);
    const paths = entries.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'dist/renderer/index.html',
        'dist/electron/jobThread.cjs',
        'dist/electron/readerThread.cjs',
        'dist/electron/logo-contoh.png',
        'node_modules/pdfmake/fonts/Roboto/Roboto-Medium.ttf',
        'node_modules/idn-area-data/data/villages.csv',
      ]),
    );
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
    for (const dev of ['electron', 'vite', 'vitest', 'typescript', 'react', '@fluentui/react-components', 'electron-builder']) {
      expect(paths.filter((p) => p.startsWith(`node_modules/${dev}/`)), dev).toEqual([]);
    }
  });

  it('keeps only the SQLite addon outside the archive, and none of better-sqlite3\'s sources', () => {
    expect(entries.filter((e) => e.unpacked).map((e) => e.path)).toEqual(['node_modules/better-sqlite3/build/Release/better_sqlite3.node']);
    const sqlite = entries.filter((e) => e.path.startsWith('node_modules/better-sqlite3/')).map((e) => e.path.slice('node_modules/better-sqlite3/'.length));
    expect(sqlite.filter((p) => !p.startsWith('lib/')).sort()).toEqual(['LICENSE', 'build/Release/better_sqlite3.node', 'package.json']);
    expect(sqlite.filter((p) => /^(deps|src)\//.test(p))).toEqual([]);
  });

  it('imports a list in the job thread and the reader thread and writes the report PDF, from the extracted archive under Node', () => {
    expect(packaged.problems).toEqual([]);
    const report = packaged.report!;
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => [c.name, c.ok])).toEqual([
      ['database', true],
      ['import', true],
      ['pdf', true],
      ['legacy', true],
      ['logo', true],
    ]);
    expect(report.checks[1]!.detail).toMatch(/^11\.000 pekerja diterima dari 1\.\d{3}\.\d{3} byte$/);
    expect(report.checks[3]!.detail).toMatch(/^300 pekerja diterima dari berkas \.xls [\d.]+ byte$/);
    // The logo the demo builder reads is the one inside the package, not the source tree's.
    expect(report.checks[4]!.detail).toBe(path.join(packaged.extracted, 'dist', 'electron', 'logo-contoh.png'));
    const text = pdfText(report.pdf!);
    expect(text).toContain('Laporan Capaian Universal Coverage Jamsostek');
    expect(text).toContain('Kabupaten Solok Selatan');
    expect(text).toContain('11.000 pekerja sudah tercatat di Cakap');
  });

  it('the check fails when a worker file or a font is left out', async () => {
    // Two layouts packed without one file each, checked side by side.
    const [noReader, noFont] = await Promise.all([
      withoutFile('dist/electron/readerThread.cjs', 'tanpa-thread-pembaca'),
      withoutFile('node_modules/pdfmake/fonts/Roboto/Roboto-Medium.ttf', 'tanpa-huruf'),
    ]);
    expect(noReader.problems).toEqual(
      expect.arrayContaining(['missing: dist/electron/readerThread.cjs', expect.stringMatching(/^self-test failed: Impor daftar pekerja .*: Error: Cannot find module '.*readerThread\.cjs'$/)]),
    );
    expect(noReader.report!.checks.map((c) => [c.name, c.ok])).toEqual([
      ['database', true],
      ['import', false],
    ]);
    expect(noFont.problems).toEqual(
      expect.arrayContaining([
        'missing: node_modules/pdfmake/fonts/Roboto/Roboto-Medium.ttf',
        expect.stringMatching(/^self-test failed: Laporan pimpinan sebagai PDF .*Roboto-Medium\.ttf/),
      ]),
    );
    expect(noFont.report!.checks.map((c) => [c.name, c.ok])).toEqual([
      ['database', true],
      ['import', true],
      ['pdf', false],
    ]);
  }, 300_000);
});
