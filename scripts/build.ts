import { build as esbuild } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { DEMO_LOGO_BUNDLED, DEMO_LOGO_SOURCE } from '../electron/demo/logo';

/**
 * Builds what the desktop app and browser mode run: the renderer (Vite) into dist/renderer, and the
 * Electron main process, the preload and the self-test (esbuild) into dist/electron. Node modules
 * stay external; electron-builder ships them, with better-sqlite3 rebuilt for Electron.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The worker threads' entries, written beside every Node bundle (jobs/threads.ts looks for them there). */
export const THREAD_ENTRIES = {
  jobThread: 'electron/core/app/jobs/jobThread.ts',
  readerThread: 'electron/core/platform/spreadsheet/readerThread.ts',
} as const;

/**
 * Bundles Node-side entry points (CommonJS, node_modules external) into outdir, with the core's
 * worker-thread entries and the files the bundled code reads beside them.
 */
export async function bundleNode(entryPoints: Record<string, string>, outdir: string, quiet = false): Promise<void> {
  const out = path.resolve(root, outdir);
  await esbuild({
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: false,
    logLevel: quiet ? 'warning' : 'info',
    absWorkingDir: root,
    entryPoints: { ...entryPoints, ...THREAD_ENTRIES },
    outdir: out,
    outExtension: { '.js': '.cjs' },
    packages: 'external',
    // The core finds files relative to itself through import.meta.url; give the CJS bundle one.
    banner: { js: "const __cakapImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    // import.meta.resolve is only used when running from source; the bundle never reaches it.
    define: { 'import.meta.url': '__cakapImportMetaUrl', 'import.meta.resolve': 'undefined' },
  });
  // The demo letterhead's logo (electron/demo/logo.ts): build/ is never packaged, dist/ is.
  fs.copyFileSync(path.join(root, DEMO_LOGO_SOURCE), path.join(out, DEMO_LOGO_BUNDLED));
}

/** The preload: sandboxed, so one file that requires nothing but electron. */
async function bundlePreload(outdir: string, quiet: boolean): Promise<void> {
  await esbuild({
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: false,
    logLevel: quiet ? 'warning' : 'info',
    absWorkingDir: root,
    entryPoints: { preload: 'electron/preload/preload.ts' },
    outdir: path.resolve(root, outdir),
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  });
}

/** The Node side of dist/: main process, self-test, threads, preload (what the bundle test reads). */
export async function buildElectron({ quiet = false, outDir = 'dist' } = {}): Promise<void> {
  const electronDir = path.join(outDir, 'electron');
  await bundleNode({ main: 'electron/main/main.ts', selfTest: 'electron/selfTest/node.ts' }, electronDir, quiet);
  await bundlePreload(electronDir, quiet);
}

/** Everything electron-builder packs: dist/renderer and dist/electron (outDir: another folder, for the tests). */
export async function buildAll({ quiet = false, outDir = 'dist' } = {}): Promise<void> {
  await viteBuild({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: quiet ? 'warn' : 'info',
    build: { outDir: path.resolve(root, outDir, 'renderer') },
  });
  await buildElectron({ quiet, outDir });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAll();
}
