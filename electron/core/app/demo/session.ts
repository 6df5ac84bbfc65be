import fs from 'node:fs';
import path from 'node:path';
import type { DemoStatus } from '../../../../shared/contract/demo';
import type { CoreContext } from '../../platform/context';
import { openDatabase } from '../../platform/db/open';
import { createStore } from '../../platform/db/store';
import { CakapError, conflict } from '../../platform/errors';
import { DEMO_FILE, DEMO_MARKER, demoAsOf, type DemoMarker } from './marker';

/**
 * Looking around in the demo regency from inside the app, without the office's data ever seeing it:
 * the demo is built in a database file of its own (the folder "contoh" beside the office database),
 * the core switches to that file, and every page says so until the user goes back. Restarting the
 * app always opens the office database.
 */

export const DEMO_FOLDER = 'contoh';

export function demoDir(ctx: CoreContext): string {
  return path.join(path.dirname(ctx.officeDbPath), DEMO_FOLDER);
}

export function demoStatus(ctx: CoreContext): DemoStatus {
  const marker = ctx.store.settings.get<DemoMarker>(DEMO_MARKER);
  return { active: marker !== null, asOf: marker?.asOf ?? null, canReturn: ctx.dbPath !== ctx.officeDbPath };
}

const building = new WeakSet<CoreContext>();

/** Switches to the demo database, building it first unless one built this month is there already. */
export async function openDemo(ctx: CoreContext, onProgress: (fraction: number) => void): Promise<DemoStatus> {
  if (ctx.dbPath !== ctx.officeDbPath) return demoStatus(ctx);
  if (demoStatus(ctx).active) throw conflict('Yang terbuka sekarang sudah data contoh.');
  if (building.has(ctx)) throw conflict('Data contoh sedang dibangun; tunggu sampai selesai.');
  const build = ctx.buildDemo;
  if (!build) throw new CakapError('NOT_AVAILABLE', 'Data contoh tidak tersedia di sini; buat dengan perintah: npm run cakap -- demo --out FOLDER.');
  const dir = demoDir(ctx);
  const file = path.join(dir, DEMO_FILE);
  building.add(ctx);
  try {
    if (!isCurrent(file, ctx.now())) await build(dir, ctx.now(), onProgress);
  } finally {
    building.delete(ctx);
  }
  onProgress(1);
  ctx.audit('demo.open', { file });
  ctx.replaceDatabase(() => {}, file);
  return demoStatus(ctx);
}

export function closeDemo(ctx: CoreContext): DemoStatus {
  if (ctx.dbPath === ctx.officeDbPath) return demoStatus(ctx);
  ctx.replaceDatabase(() => {}, ctx.officeDbPath);
  ctx.audit('demo.close', {});
  return demoStatus(ctx);
}

/** A demo database built for the same report month can be opened again as it is. */
function isCurrent(file: string, now: Date): boolean {
  if (!fs.existsSync(file)) return false;
  try {
    const { db } = openDatabase(file, undefined, { verify: false });
    try {
      return createStore(db).settings.get<DemoMarker>(DEMO_MARKER)?.asOf === demoAsOf(now);
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}
