import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleNode, buildElectron } from '../../scripts/build';
import { checkBundleRequires, type BundleRequire } from '../../scripts/package/bundleRequires';
import { projectRoot } from '../helpers/source';
import { tempDir } from '../helpers/temp';

/**
 * The desktop app runs dist/electron/*.cjs from inside app.asar. Whatever they require must be a
 * Node built-in, `electron`, or a runtime dependency that is CommonJS: an ES-module-only package
 * would depend on Node's require-of-ESM working from an asar archive, which Electron does not test
 * and which has broken there; if it fails, the window never opens.
 */

describe('the Node bundles as the build writes them', () => {
  let requires: BundleRequire[];
  let problems: ReturnType<typeof checkBundleRequires>['problems'];

  beforeAll(async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cakap-bundle-'));
    try {
      await buildElectron({ quiet: true, outDir: out });
      ({ requires, problems } = checkBundleRequires(path.join(out, 'electron'), projectRoot));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('require only built-ins, electron and runtime dependencies that load without require-of-ESM', () => {
    expect(problems).toEqual([]);
    expect([...new Set(requires.map((r) => r.file))].sort()).toEqual(['jobThread.cjs', 'main.cjs', 'preload.cjs', 'readerThread.cjs', 'selfTest.cjs']);
    const packages = new Set(requires.map((r) => r.specifier).filter((s) => !s.startsWith('node:')));
    expect([...packages].sort()).toEqual(
      expect.arrayContaining(['@e965/xlsx', 'better-sqlite3', 'csv-parse', 'csv-parse/sync', 'electron', 'exceljs', 'pdfmake', 'zod']),
    );
  });

  it('read the region data from idn-area-data\'s CSV files, never through its ES module', () => {
    expect(requires.filter((r) => r.specifier.startsWith('idn-area-data'))).toEqual(
      expect.arrayContaining([{ file: 'main.cjs', specifier: 'idn-area-data/package.json', kind: 'resolve' }]),
    );
    expect(requires.filter((r) => r.specifier === 'idn-area-data')).toEqual([]);
    // Only the main process and the self-test reach Electron; the threads and the core run under plain Node.
    expect(requires.filter((r) => r.specifier === 'electron').map((r) => r.file)).toEqual(expect.arrayContaining(['main.cjs', 'preload.cjs']));
    expect(requires.filter((r) => r.specifier === 'electron' && /Thread|selfTest/.test(r.file))).toEqual([]);
  });

  it('the check fails on a bundle that requires an ES-module-only package, a development dependency or an undeclared one', async () => {
    const dir = tempDir();
    const entry = path.join(dir, 'broken.ts');
    fs.writeFileSync(
      entry,
      [
        "import { getProvinces } from 'idn-area-data';",
        "import { parse } from 'yaml';",
        "import leftPad from 'left-pad';",
        'export const used = [getProvinces, parse, leftPad, () => import("idn-area-data"), () => import("vite")];',
      ].join('\n'),
    );
    const out = path.join(dir, 'out');
    await bundleNode({ broken: entry }, out, true);
    const { problems: found } = checkBundleRequires(out, projectRoot);
    expect(found.map(({ file, specifier, kind, problem }) => `${file} ${kind}(${specifier}): ${problem}`)).toEqual([
      'broken.cjs require(idn-area-data): an ES module only (node_modules/idn-area-data/lib/index.js): it would need require(esm) from inside app.asar',
      'broken.cjs require(yaml): a devDependency: electron-builder does not ship it',
      'broken.cjs require(left-pad): not in package.json dependencies',
      'broken.cjs import(vite): a devDependency: electron-builder does not ship it',
    ]);
  });
});
