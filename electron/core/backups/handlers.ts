import type { Backup } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { backupDir, backupLabel, findBackup, lastAuditId, listBackups, replaceWithBackup, writeBackup, type BackupFile } from '../db/backup';
import type { AuditRow } from '../db/queries/audit';
import { migrations } from '../db/migrations';
import type { Handlers } from '../handlers';

const LATEST = migrations.at(-1)!.version;

export function describeBackup(backup: BackupFile): Backup {
  return {
    name: backup.name,
    at: backup.at,
    size: backup.size,
    reason: backup.reason,
    label: backupLabel(backup),
    restorable: backup.reason !== 'rusak',
  };
}

/**
 * Restores the database file from a backup while the core runs: the connection is closed, the
 * current state is kept as a backup, the backup put in place and the database reopened (migrated
 * when the backup is older). The data goes back; the audit log does not: what was recorded after
 * the backup is carried over, followed by the restore itself.
 */
export function restoreInCore(ctx: CoreContext, name: string): { restored: Backup; safetyCopy: Backup | null } {
  const backup = findBackup(ctx.dbPath, name);
  let safety: BackupFile | null = null;
  let carried: AuditRow[] = [];
  try {
    carried = ctx.store.audit.after(lastAuditId(backup.path));
  } catch {
    // An unreadable backup: replaceWithBackup refuses it below, with the reason.
  }
  ctx.replaceDatabase(() => {
    safety = replaceWithBackup(ctx.dbPath, backup, LATEST, ctx.now());
  });
  const safetyCopy = safety ? describeBackup(safety) : null;
  ctx.store.transaction(() => {
    for (const row of carried) ctx.store.audit.addRecorded(row);
    ctx.audit('backup.restore', { from: backup.name, takenAt: backup.at, safetyCopy: safetyCopy?.name ?? null });
  });
  return { restored: describeBackup(backup), safetyCopy };
}

export const backupHandlers = {
  'backups.list': (_input, ctx) => ({ folder: backupDir(ctx.dbPath), backups: listBackups(ctx.dbPath).map(describeBackup) }),
  'backups.create': (_input, ctx) => {
    const made = describeBackup(writeBackup(ctx.store.db, ctx.dbPath, 'manual', ctx.now()));
    ctx.audit('backup.create', { name: made.name });
    return made;
  },
  'backups.restore': (input, ctx) => restoreInCore(ctx, input.name),
} satisfies Partial<Handlers>;
