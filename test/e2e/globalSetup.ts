import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export const CHROMIUM = process.env.CAKAP_CHROMIUM ?? '/usr/bin/chromium';

/**
 * End-to-end tests need Debian's Chromium and the built renderer. Under CI a missing Chromium is a
 * failure (the tests would otherwise silently not run); on a developer machine they are skipped loudly.
 */
export default function setup(project: TestProject): void {
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
}

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: string;
  }
}
