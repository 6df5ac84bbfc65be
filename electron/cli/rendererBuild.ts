import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../core/platform/paths';

/**
 * `serve` right after `npm ci` must show Cakap, not a 503: when the built renderer is missing, or
 * older than the sources it is built from, it is built here first (Vite, a few seconds). Only in a
 * source checkout: a packaged app has no renderer sources and always ships its build.
 */

/** What the renderer bundle is made of; a change in any of these makes dist/renderer stale. */
const SOURCES = ['renderer', 'shared', 'vite.config.ts', 'electron/csp.ts', 'docs/panduan.md'];

export type RendererState = 'built' | 'missing' | 'stale' | 'no-sources';

export function rendererState(root = projectRoot()): RendererState {
  if (!fs.existsSync(path.join(root, 'renderer', 'index.html'))) return 'no-sources';
  const index = path.join(root, 'dist', 'renderer', 'index.html');
  if (!fs.existsSync(index)) return 'missing';
  const builtAt = fs.statSync(index).mtimeMs;
  return SOURCES.some((source) => newestChange(path.join(root, source)) > builtAt) ? 'stale' : 'built';
}

function newestChange(target: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestChange(path.join(target, entry)));
  return newest;
}

/** Builds the renderer when it is missing or stale; says so in one line, since it takes a few seconds. */
export async function ensureRendererBuilt(log: (line: string) => void): Promise<void> {
  const state = rendererState();
  if (state === 'built' || state === 'no-sources') return;
  log(
    state === 'missing'
      ? 'Tampilan Cakap belum dibangun; membangunnya sekarang (sekali saja, beberapa detik)…'
      : 'Kode tampilan Cakap lebih baru daripada hasil bangunnya; membangun ulang (beberapa detik)…',
  );
  // Vite is a development dependency: present in every source checkout, loaded only when needed.
  const { build } = await import('vite');
  await build({ configFile: path.join(projectRoot(), 'vite.config.ts'), logLevel: 'error' });
}
