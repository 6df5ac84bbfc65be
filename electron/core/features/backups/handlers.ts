import type { Backup } from '../../../../shared/contract';
import type { CoreContext } from '../../platform/context';
import { backupDir, backupLabel, findBackup, listBackups, type BackupFile } from '../../platform/db/backup';
import type { Handlers } from '../../platform/handlers';
import { restoreDatabaseFile } from './restore';

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
 * Restores a backup while the core runs: the connection is closed, restoreDatabaseFile does what
 * `cakap restore` does (keeps the current state, puts the backup in place, carries the audit log
 * over and records the restore), and the database is reopened.
 */
export function restoreInCore(ctx: CoreContext, name: string): { restored: Backup; safetyCopy: Backup | null } {
  const backup = findBackup(ctx.dbPath, name);
  let result: ReturnType<typeof restoreDatabaseFile> | undefined;
  ctx.replaceDatabase(() => {
    result = restoreDatabaseFile(ctx.dbPath, { from: backup.name, actor: ctx.actor, now: ctx.now() });
  });
  return { restored: describeBackup(result!.restored), safetyCopy: result!.safetyCopy ? describeBackup(result!.safetyCopy) : null };
}

export const backupHandlers = {
  'backups.list': (_input, ctx) => ({ folder: backupDir(ctx.dbPath), backups: listBackups(ctx.dbPath).map(describeBackup) }),
  'backups.create': (_input, ctx) => {
    const made = describeBackup(ctx.store.backup(ctx.dbPath, 'manual', ctx.now()));
    ctx.audit('backup.create', { name: made.name });
    return made;
  },
  'backups.restore': (input, ctx) => restoreInCore(ctx, input.name),
} satisfies Partial<Handlers>;
