import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { CakapError } from '../errors';
import { newestBackup, restoreHint, SIDE_FILES, writeBackup } from './backup';
import { migrations as appMigrations, type Migration } from './migrations';
import type { Db } from './types';

export { backupDir } from './backup';
export type { Db } from './types';

export interface OpenResult {
  db: Db;
  /** Where the pre-migration copy went, when one was needed. */
  backupPath: string | null;
}

/**
 * Opens (or creates) an office database: WAL so readers never wait for the writer, foreign keys on,
 * and any pending migrations applied in one transaction after a backup copy of the existing file.
 *
 * An existing file is checked first (SQLite's quick_check). A damaged one is refused with one
 * Indonesian sentence naming the newest backup, and is left exactly as it was: nothing is created
 * in its place, not even SQLite's side files.
 */
export function openDatabase(
  file: string,
  migrations: readonly Migration[] = appMigrations,
  options: { verify?: boolean } = {},
): OpenResult {
  const latestVersion = migrations.at(-1)?.version ?? 0;
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  const existed = stat !== undefined && stat.size > 0;
  // A missing or emptied file beside its backups is a lost database, not a new one.
  if ((!stat || stat.size === 0) && newestBackup(file)) {
    throw new CakapError(
      DB_DAMAGED,
      `Berkas basis data "${path.basename(file)}" hilang atau kosong, padahal ada cadangannya; Cakap tidak membuat basis data kosong sebagai gantinya. ${restoreHint(file)}`,
    );
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  const sideFilesBefore = SIDE_FILES.filter((suffix) => fs.existsSync(file + suffix));
  let db: Db | undefined;
  try {
    db = new Database(file);
    // Job threads open a file the app has already checked: on a million workers the check alone takes seconds.
    if (existed && options.verify !== false) {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`quick_check: ${String(check)}`);
    }
  } catch (error) {
    db?.close();
    for (const suffix of SIDE_FILES) if (!sideFilesBefore.includes(suffix)) fs.rmSync(file + suffix, { force: true });
    throw damaged(file, error);
  }
  // Files this Cakap must not touch are refused before anything is written to them.
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latestVersion) {
    db.close();
    throw new CakapError(
      'DB_TOO_NEW',
      `Basis data ini dibuat oleh versi Cakap yang lebih baru (skema ${current}); perbarui aplikasi Cakap.`,
    );
  }
  if (existed && current === 0 && db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table'").get()) {
    db.close();
    throw new CakapError(
      'DB_FOREIGN',
      `Berkas "${path.basename(file)}" adalah basis data program lain, bukan basis data Cakap; berkas itu tidak diubah.`,
    );
  }
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');

  let backupPath: string | null = null;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length > 0) {
    if (existed && current > 0) backupPath = writeBackup(db, file, `sebelum-migrasi-skema-${current}`, new Date()).path;
    try {
      db.transaction(() => {
        for (const migration of pending) {
          db.exec(migration.sql);
          db.pragma(`user_version = ${migration.version}`);
        }
      })();
    } catch (error) {
      db.close();
      throw new CakapError(
        'DB_MIGRATION_FAILED',
        `Basis data tidak dapat diperbarui ke versi ini; tidak ada yang berubah${backupPath ? ` (salinan: ${backupPath})` : ''}.`,
        { cause: error },
      );
    }
  }
  return { db, backupPath };
}

export const DB_DAMAGED = 'DB_DAMAGED';

function damaged(file: string, cause?: unknown): CakapError {
  return new CakapError(
    DB_DAMAGED,
    `Berkas basis data "${path.basename(file)}" tidak dapat dibuka: bukan basis data Cakap atau rusak. ${restoreHint(file)}`,
    { cause },
  );
}
