import fs from 'node:fs';
import path from 'node:path';
import { checkBundleRequires } from './package/bundleRequires';
import { archiveEntries, layoutProblems } from './package/layout';
import { abiProblems, electronAbi, expectedFuses, fuseProblems } from './package/native';

/**
 * Checks of a built or packaged Cakap, for the release workflow (each prints what it checked and
 * exits 1 with the problems when something is wrong):
 *   npx tsx scripts/checkPackage.ts bundle [dist/electron]        every require of the bundles can be loaded
 *   npx tsx scripts/checkPackage.ts layout release/win-unpacked/resources/app.asar
 *   npx tsx scripts/checkPackage.ts fuses release/win-unpacked/Cakap.exe
 *   npx tsx scripts/checkPackage.ts abi release/win-unpacked/resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node
 */
const root = path.resolve(import.meta.dirname, '..');
const [what, target] = process.argv.slice(2);

async function check(): Promise<string[]> {
  switch (what) {
    case 'bundle': {
      const { requires, problems } = checkBundleRequires(path.resolve(target ?? 'dist/electron'), root);
      console.log(`${requires.length} requires in the bundles: ${[...new Set(requires.map((r) => r.specifier))].sort().join(', ')}`);
      return problems.map((p) => `${p.file}: ${p.kind}("${p.specifier}"): ${p.problem}`);
    }
    case 'layout': {
      const entries = archiveEntries(need(target));
      console.log(`${entries.length} files in ${target}, ${entries.filter((e) => e.unpacked).map((e) => e.path).join(', ') || 'none'} outside it`);
      return layoutProblems(entries);
    }
    case 'fuses': {
      console.log(`fuses expected in ${target}: ${JSON.stringify(expectedFuses())}`);
      return fuseProblems(need(target));
    }
    case 'abi': {
      console.log(`${target}: Electron ${electronAbi()} expected`);
      return abiProblems(need(target));
    }
    default:
      return ['usage: tsx scripts/checkPackage.ts bundle|layout|fuses|abi PATH'];
  }
}

function need(file: string | undefined): string {
  if (!file || !fs.existsSync(file)) throw new Error(`no such file: ${file ?? '(none given)'}`);
  return file;
}

check().then(
  (problems) => {
    for (const problem of problems) console.error(`FAIL ${problem}`);
    if (problems.length === 0) console.log(`ok ${what}`);
    process.exitCode = problems.length === 0 ? 0 : 1;
  },
  (error: unknown) => {
    console.error(`FAIL ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
