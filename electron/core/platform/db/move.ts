import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { CakapError } from '../errors';
import { backupDir, SIDE_FILES, verifyDatabaseFile } from './backup';
import { migrations } from './migrations';
import { openDatabase } from './open';
import { createStore } from './store';

/** The office database's file name inside a data folder. */
export const DATABASE_FILE = 'cakap.sqlite';

export interface DatabaseMove {
  from: string;
  to: string;
  /** The old file, renamed where it was and kept as it was: the backup of the move. */
  keptAs: string;
  /** Backups copied from the old cadangan/ folder into the new one. */
  backupsCopied: number;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Moves the office database from an old data folder to a new one, once (Cakap 0.1 kept it in
 * Roaming AppData; it now lives in Local AppData, see paths.ts): only when the old folder holds a
 * database and the new folder holds none, not even backups.
 *
 * The new file is a consistent copy (VACUUM INTO, so what was still in the old write-ahead log comes
 * along) checked with SQLite's quick_check before it is put in place; the old backups follow it
 * into the new cadangan/ folder; the old file stays where it was under a name no Cakap opens
 * (cakap-dipindahkan-<time>.sqlite), as the backup of the move; and the move is written to the audit
 * log of the moved database. Anything that fails leaves the old folder as it was and the new one
 * without a database, with one Indonesian sentence.
 */
export function moveDatabaseFolder(fromDir: string, toDir: string, options: { now: Date; actor: string }): DatabaseMove | null {
  const from = path.join(fromDir, DATABASE_FILE);
  const to = path.join(toDir, DATABASE_FILE);
  if (path.resolve(from) === path.resolve(to)) return null;
  const old = fs.statSync(from, { throwIfNoEntry: false });
  if (!old?.isFile() || old.size === 0) return null;
  if (fs.existsSync(to) || fs.existsSync(backupDir(to))) return null;

  // Reading a WAL database makes SQLite create its side files: those it made are removed on refusal.
  const sideFilesBefore = SIDE_FILES.filter((suffix) => fs.existsSync(from + suffix));
  const refuse = (why: string, cause?: unknown) => {
    for (const suffix of SIDE_FILES) if (!sideFilesBefore.includes(suffix) && fs.existsSync(from)) fs.rmSync(from + suffix, { force: true });
    return new CakapError('DB_MOVE_FAILED', `Basis data Cakap di ${fromDir} tidak dapat dipindahkan ke ${toDir} (${why}); tidak ada yang diubah. Hubungi bagian TI.`, { cause });
  };
  const latest = migrations.at(-1)!.version;
  try {
    verifyDatabaseFile(from, latest);
  } catch (error) {
    throw refuse((error as Error).message, error);
  }

  fs.mkdirSync(toDir, { recursive: true });
  const incoming = `${to}.memindahkan`;
  fs.rmSync(incoming, { force: true });
  const keptAs = path.join(fromDir, `${path.parse(DATABASE_FILE).name}-dipindahkan-${stamp(options.now)}.sqlite`);
  let copied: string[] = [];
  let renaming = false;
  try {
    const db = new Database(from, { fileMustExist: true });
    try {
      db.prepare('VACUUM INTO ?').run(incoming);
    } finally {
      db.close();
    }
    verifyDatabaseFile(incoming, latest);
    copied = copyBackups(from, to);
    // Renaming the old file also proves no other program has it open (Windows refuses to rename an open file).
    renaming = true;
    fs.renameSync(from, keptAs);
    for (const suffix of SIDE_FILES) fs.rmSync(from + suffix, { force: true });
  } catch (error) {
    fs.rmSync(incoming, { force: true });
    for (const file of copied) fs.rmSync(file, { force: true });
    fs.rmSync(backupDir(to), { recursive: true, force: true });
    const busy = renaming && ['EBUSY', 'EPERM', 'EACCES'].includes((error as NodeJS.ErrnoException).code ?? '');
    throw refuse(busy ? 'berkasnya sedang dibuka program lain, misalnya Cakap versi lama; tutup dulu program itu' : (error as Error).message, error);
  }
  try {
    fs.renameSync(incoming, to);
  } catch (error) {
    fs.renameSync(keptAs, from);
    throw refuse((error as Error).message, error);
  }

  const move: DatabaseMove = { from, to, keptAs, backupsCopied: copied.length };
  const { db } = openDatabase(to);
  try {
    createStore(db).audit.add(options.now.toISOString(), options.actor, 'database.move', { ...move });
  } finally {
    db.close();
  }
  return move;
}

/** Copies the old cadangan/ folder's backups beside the new database; returns the copies. */
function copyBackups(from: string, to: string): string[] {
  const source = backupDir(from);
  if (!fs.existsSync(source)) return [];
  const target = backupDir(to);
  fs.mkdirSync(target, { recursive: true });
  const copies: string[] = [];
  for (const name of fs.readdirSync(source)) {
    const file = path.join(source, name);
    if (!fs.statSync(file).isFile()) continue;
    const copy = path.join(target, name);
    fs.copyFileSync(file, copy, fs.constants.COPYFILE_EXCL);
    copies.push(copy);
  }
  return copies;
}
