import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { CakapError } from '../errors';
import { migrations as appMigrations, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenResult {
  db: Db;
  /** Where the pre-migration copy went, when one was needed. */
  backupPath: string | null;
}

/**
 * Opens (or creates) an office database: WAL so readers never wait for the writer, foreign keys on,
 * and any pending migrations applied in one transaction after a backup copy of the existing file.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = appMigrations): OpenResult {
  const latestVersion = migrations.at(-1)?.version ?? 0;
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  let db: Db;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
  } catch (error) {
    throw new CakapError(
      'DB_UNREADABLE',
      `Berkas basis data "${path.basename(file)}" tidak dapat dibuka: bukan basis data Cakap atau rusak.`,
      { cause: error },
    );
  }
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');

  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latestVersion) {
    db.close();
    throw new CakapError(
      'DB_TOO_NEW',
      `Basis data ini dibuat oleh versi Cakap yang lebih baru (skema ${current}); perbarui aplikasi Cakap.`,
    );
  }

  let backupPath: string | null = null;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length > 0) {
    if (existed && current > 0) backupPath = backupBeforeMigration(db, file, current);
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

function backupBeforeMigration(db: Db, file: string, fromVersion: number): string {
  const dir = backupDir(file);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.parse(file).name}-sebelum-migrasi-skema-${fromVersion}-${stamp}.sqlite`);
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

/** Backups live beside the database, in a folder the office can find and copy. */
export function backupDir(file: string): string {
  return path.join(path.dirname(path.resolve(file)), 'cadangan');
}
