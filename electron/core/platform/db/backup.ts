import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { formatDateTime } from '../../../../shared/domain/format';
import { CakapError } from '../errors';
import type { AuditRow } from './queries/audit';
import type { Db } from './types';

/**
 * Backups of the office database: whole copies (VACUUM INTO, consistent even while the app runs)
 * in the `cadangan/` folder beside it, named `<db>-<reason>-<UTC time>.sqlite` so the folder itself
 * is the list. Taken before every migration, once a day at start (the last DAILY_KEEP are kept),
 * by hand, and before a restore.
 */

export const DAILY_KEEP = 10;

export type BackupReason = 'harian' | 'manual' | 'sebelum-pemulihan' | 'sebelum-migrasi' | 'rusak';

export interface BackupFile {
  name: string;
  path: string;
  /** When it was taken (ISO, UTC). */
  at: string;
  size: number;
  reason: BackupReason;
  /** For a pre-migration backup: the schema version it holds. */
  schemaVersion: number | null;
}

const REASON_LABELS: Record<BackupReason, string> = {
  harian: 'Cadangan harian',
  manual: 'Dibuat oleh pengguna',
  'sebelum-pemulihan': 'Keadaan sebelum pemulihan',
  'sebelum-migrasi': 'Sebelum pembaruan basis data',
  rusak: 'Salinan berkas rusak (tidak untuk dipulihkan)',
};

export function backupLabel(backup: Pick<BackupFile, 'reason' | 'schemaVersion'>): string {
  const label = REASON_LABELS[backup.reason];
  return backup.schemaVersion === null ? label : `${label} (skema ${backup.schemaVersion})`;
}

/** Backups live beside the database, in a folder the office can find and copy. */
export function backupDir(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'cadangan');
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function backupName(dbFile: string, reason: string, date: Date): string {
  return `${path.parse(dbFile).name}-${reason}-${stamp(date)}.sqlite`;
}

const NAME = /^(?<reason>harian|manual|sebelum-pemulihan|sebelum-migrasi-skema-(?<version>\d+)|rusak)-(?<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.sqlite$/;

function parseName(dbFile: string, name: string): Omit<BackupFile, 'path' | 'size'> | null {
  const prefix = `${path.parse(dbFile).name}-`;
  if (!name.startsWith(prefix)) return null;
  const match = NAME.exec(name.slice(prefix.length));
  if (!match?.groups) return null;
  const { reason, version, stamp: s } = match.groups;
  const at = `${s!.slice(0, 10)}T${s!.slice(11, 13)}:${s!.slice(14, 16)}:${s!.slice(17, 19)}.${s!.slice(20, 23)}Z`;
  return {
    name,
    at,
    reason: (version ? 'sebelum-migrasi' : reason) as BackupReason,
    schemaVersion: version ? Number(version) : null,
  };
}

/** This database's backups, newest first. */
export function listBackups(dbFile: string): BackupFile[] {
  const dir = backupDir(dbFile);
  if (!fs.existsSync(dir)) return [];
  const found: BackupFile[] = [];
  for (const name of fs.readdirSync(dir)) {
    const parsed = parseName(dbFile, name);
    if (!parsed) continue;
    const file = path.join(dir, name);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isFile()) found.push({ ...parsed, path: file, size: stat.size });
  }
  return found.sort((a, b) => b.at.localeCompare(a.at) || b.name.localeCompare(a.name));
}

/** The newest backup one could restore (a raw copy of a damaged file is not one). */
export function newestBackup(dbFile: string): BackupFile | null {
  return listBackups(dbFile).find((b) => b.reason !== 'rusak') ?? null;
}

/** Finds a backup by the name the UI or CLI shows; names with a path in them are refused. */
export function findBackup(dbFile: string, name: string): BackupFile {
  const backup = listBackups(dbFile).find((b) => b.name === name);
  if (!backup || path.basename(name) !== name) {
    throw new CakapError('NOT_FOUND', `Cadangan "${name}" tidak ditemukan di folder ${backupDir(dbFile)}.`);
  }
  return backup;
}

/** A consistent copy of the open database, written with VACUUM INTO. */
export function writeBackup(db: Db, dbFile: string, reason: string, date: Date): BackupFile {
  const dir = backupDir(dbFile);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, backupName(dbFile, reason, date));
  db.prepare('VACUUM INTO ?').run(target);
  return listBackups(dbFile).find((b) => b.path === target)!;
}

/** Local calendar day, as the office counts days. */
function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/**
 * The daily backup, taken at start when none was taken today; keeps the newest DAILY_KEEP daily
 * backups and deletes older daily ones (other backups are kept).
 */
export function dailyBackup(db: Db, dbFile: string, now: Date): BackupFile | null {
  const daily = listBackups(dbFile).filter((b) => b.reason === 'harian');
  if (daily.some((b) => localDay(new Date(b.at)) === localDay(now))) return null;
  const made = writeBackup(db, dbFile, 'harian', now);
  for (const old of [made, ...daily].slice(DAILY_KEEP)) fs.rmSync(old.path, { force: true });
  return made;
}

/** The SQLite file header every database starts with. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Checks that a file is a whole, readable Cakap database without changing it: the header, SQLite's
 * own quick_check of every page, a schema version this Cakap knows and the audit log table.
 * Returns the schema version, or throws with the reason in Indonesian.
 */
export function verifyDatabaseFile(file: string, latestVersion: number): number {
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!head.equals(SQLITE_HEADER)) throw new Error('bukan berkas basis data');
  let db: Db | undefined;
  let version: number;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('damaged');
    version = db.pragma('user_version', { simple: true }) as number;
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get()) version = -1;
  } catch {
    throw new Error('isi berkas rusak');
  } finally {
    db?.close();
  }
  if (version === -1) throw new Error('bukan basis data Cakap');
  if (version < 1 || version > latestVersion) throw new Error(`skema ${version} tidak dikenal versi Cakap ini`);
  return version;
}

/** The last audit-log id in a (verified) database file: what a restore would roll back past. */
export function lastAuditId(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT COALESCE(MAX(id), 0) FROM audit_log').pluck().get() as number;
  } finally {
    db.close();
  }
}

/** Audit rows of a database file recorded after the given id (empty when the file does not open). */
export function auditRowsAfter(file: string, id: number): AuditRow[] {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare<[number], AuditRow>('SELECT id, at, actor, action, detail FROM audit_log WHERE id > ? ORDER BY id').all(id);
    } finally {
      db.close();
    }
  } catch {
    return [];
  }
}

/** SQLite's side files of a database in WAL mode. */
export const SIDE_FILES = ['-wal', '-shm'] as const;

/**
 * Puts a backup in place of the database file. The caller has closed every connection to it.
 * The current file is kept first: a consistent copy when it still opens, otherwise its raw bytes
 * (reason "rusak"), so a restore never loses anything. Returns that safety copy.
 */
export function replaceWithBackup(dbFile: string, backup: BackupFile, latestVersion: number, now: Date): BackupFile | null {
  try {
    verifyDatabaseFile(backup.path, latestVersion);
  } catch (error) {
    throw new CakapError(
      'BACKUP_UNUSABLE',
      `Cadangan "${backup.name}" tidak dapat dipakai (${(error as Error).message}); basis data tidak diubah. Pilih cadangan lain.`,
    );
  }
  let safety: BackupFile | null = null;
  if (fs.existsSync(dbFile) && fs.statSync(dbFile).size > 0) {
    safety = copyCurrent(dbFile, latestVersion, now);
  }
  // The old WAL belongs to the old file: replayed onto the restored one it would corrupt it.
  for (const suffix of SIDE_FILES) fs.rmSync(dbFile + suffix, { force: true });
  const incoming = `${dbFile}.memulihkan`;
  fs.copyFileSync(backup.path, incoming);
  fs.renameSync(incoming, dbFile);
  return safety;
}

function copyCurrent(dbFile: string, latestVersion: number, now: Date): BackupFile {
  try {
    verifyDatabaseFile(dbFile, latestVersion);
    const db = new Database(dbFile, { fileMustExist: true });
    try {
      return writeBackup(db, dbFile, 'sebelum-pemulihan', now);
    } finally {
      db.close();
    }
  } catch {
    const dir = backupDir(dbFile);
    fs.mkdirSync(dir, { recursive: true });
    const target = path.join(dir, backupName(dbFile, 'rusak', now));
    fs.copyFileSync(dbFile, target);
    // Its write-ahead log may hold the newest changes: kept beside it, where SQLite looks for it.
    if (fs.existsSync(`${dbFile}-wal`)) fs.copyFileSync(`${dbFile}-wal`, `${target}-wal`);
    return listBackups(dbFile).find((b) => b.path === target)!;
  }
}

/** One Indonesian line: which backup is newest and the command that restores it. */
export function restoreHint(dbFile: string): string {
  const newest = newestBackup(dbFile);
  if (!newest) return `Tidak ada cadangan di folder ${backupDir(dbFile)}; hubungi pengelola aplikasi.`;
  return `Cadangan terbaru: ${newest.path} (${formatDateTime(newest.at)}). Pulihkan dengan: npm run cakap -- restore --db ${dbFile}`;
}
