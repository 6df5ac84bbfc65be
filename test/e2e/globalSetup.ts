import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runCakap } from '../helpers/cli';
import { BUNDLE_DIR } from '../setup/bundles';

export const CHROMIUM = process.env.CAKAP_CHROMIUM ?? '/usr/bin/chromium';

/**
 * End-to-end tests need Debian's Chromium and the built renderer. Under CI a missing Chromium is a
 * failure (the tests would otherwise silently not run); on a developer machine they are skipped loudly.
 */
export default async function setup(project: TestProject): Promise<void> {
  const root = path.resolve(import.meta.dirname, '../..');
  if (!fs.existsSync(path.join(root, 'dist/renderer/index.html'))) {
    throw new Error('Tampilan belum dibangun: jalankan "npm run build" sebelum uji e2e (npm test melakukannya).');
  }
  const hasChromium = fs.existsSync(CHROMIUM);
  if (!hasChromium) {
    if (process.env.CI) {
      throw new Error(`Chromium tidak ditemukan di ${CHROMIUM}; uji e2e wajib berjalan di CI. Pasang: apt-get install -y chromium`);
    }
    console.warn(`\n*** Chromium tidak ditemukan di ${CHROMIUM}: uji e2e DILEWATI. Pasang dengan: apt-get install -y chromium ***\n`);
  }
  project.provide('chromium', hasChromium ? CHROMIUM : '');
  project.provide('demo', hasChromium ? await buildDemo() : { dir: '', stdout: '' });
}

/**
 * The demo regency, built once for the run by `cakap demo` (about a minute); the tests that need
 * it work on copies (harness.ts demoCopy), so none sees what another changed.
 */
async function buildDemo(): Promise<{ dir: string; stdout: string }> {
  const dir = path.join(BUNDLE_DIR, 'demo');
  fs.rmSync(dir, { recursive: true, force: true });
  const demo = await runCakap(['demo', '--out', dir]);
  if (demo.code !== 0) throw new Error(`cakap demo gagal: ${demo.stderr}`);
  return { dir, stdout: demo.stdout };
}

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: string;
    demo: { dir: string; stdout: string };
  }
}
