import { build as esbuild } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

/**
 * Builds what the desktop app and browser mode run: the renderer (Vite) into dist/renderer, and the
 * Electron main process and preload (esbuild) into dist/electron. Node modules stay external;
 * electron-builder ships them, with better-sqlite3 rebuilt for Electron.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles Node-side entry points (CommonJS, node_modules external) into outdir, with the core's
 * worker-thread entries beside them, where jobs/threads.ts looks for them.
 */
export async function bundleNode(entryPoints: Record<string, string>, outdir: string, quiet = false): Promise<void> {
  await esbuild({
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: false,
    logLevel: quiet ? 'warning' : 'info',
    absWorkingDir: root,
    entryPoints: {
      ...entryPoints,
      jobThread: 'electron/core/app/jobs/jobThread.ts',
      readerThread: 'electron/core/platform/spreadsheet/readerThread.ts',
    },
    outdir,
    outExtension: { '.js': '.cjs' },
    packages: 'external',
    // The core finds files relative to itself through import.meta.url; give the CJS bundle one.
    banner: { js: "const __cakapImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    // import.meta.resolve is only used when running from source; the bundle never reaches it.
    define: { 'import.meta.url': '__cakapImportMetaUrl', 'import.meta.resolve': 'undefined' },
  });
}

export async function buildAll({ quiet = false } = {}): Promise<void> {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });
  await bundleNode({ main: 'electron/main/main.ts' }, 'dist/electron', quiet);
  await esbuild({
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: false,
    logLevel: quiet ? 'warning' : 'info',
    absWorkingDir: root,
    entryPoints: { preload: 'electron/preload/preload.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAll();
}
