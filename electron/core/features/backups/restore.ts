import fs from 'node:fs';
import path from 'node:path';
import { auditRowsAfter, backupDir, findBackup, lastAuditId, listBackups, newestBackup, replaceWithBackup, type BackupFile } from '../../platform/db/backup';
import type { AuditRow } from '../../platform/db/queries/audit';
import { migrations } from '../../platform/db/migrations';
import { openDatabase } from '../../platform/db/open';
import { createStore } from '../../platform/db/store';
import { CakapError } from '../../platform/errors';

/**
 * Restores a database file no connection has open (the CLI's `restore`, the desktop app when the
 * file would not open, and the core between closing and reopening): the newest backup unless one is
 * named, by its name in cadangan/ or by a path.
 */
export function restoreDatabaseFile(
  dbPath: string,
  options: { from?: string; actor: string; now: Date },
): { restored: BackupFile; safetyCopy: BackupFile | null } {
  const backup = options.from === undefined ? newest(dbPath) : pick(dbPath, options.from);
  // The audit log is not rolled back: what the current file recorded after the backup is carried over.
  let carried: AuditRow[] = [];
  try {
    carried = fs.existsSync(dbPath) ? auditRowsAfter(dbPath, lastAuditId(backup.path)) : [];
  } catch {
    // An unreadable backup: replaceWithBackup refuses it below, with the reason.
  }
  const safetyCopy = replaceWithBackup(dbPath, backup, migrations.at(-1)!.version, options.now);
  const { db } = openDatabase(dbPath);
  try {
    const store = createStore(db);
    store.transaction(() => {
      for (const row of carried) store.audit.addRecorded(row);
      store.audit.add(options.now.toISOString(), options.actor, 'backup.restore', {
        from: backup.name,
        takenAt: backup.at,
        safetyCopy: safetyCopy?.name ?? null,
      });
    });
  } finally {
    db.close();
  }
  return { restored: backup, safetyCopy };
}

function newest(dbPath: string): BackupFile {
  const backup = newestBackup(dbPath);
  if (!backup) throw new CakapError('NOT_FOUND', `Tidak ada cadangan di folder ${backupDir(dbPath)}; tidak ada yang dapat dipulihkan.`);
  return backup;
}

function pick(dbPath: string, from: string): BackupFile {
  if (path.basename(from) === from && listBackups(dbPath).some((b) => b.name === from)) return findBackup(dbPath, from);
  const stat = fs.statSync(from, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new CakapError('NOT_FOUND', `Berkas cadangan "${from}" tidak ditemukan.`);
  return { name: path.basename(from), path: path.resolve(from), at: stat.mtime.toISOString(), size: stat.size, reason: 'manual', schemaVersion: null };
}
