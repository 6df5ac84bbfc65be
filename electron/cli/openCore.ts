import fs from 'node:fs';
import { createCore, DEFAULT_REGENCY, type Core } from '../core/app/core';
import { newestBackup } from '../core/platform/db/backup';
import { demoBuilder } from '../demo/buildDemo';
import { CakapError } from '../core/platform/errors';
import { CliError } from './command';

/**
 * Opens the database named by --db; commands other than init and serve need it to exist already.
 * A database on a network folder is refused by createCore (platform/files/networkPath.ts).
 */
export async function openCore(
  dbPath: string,
  options: { create?: boolean; /** null: load no regency (a province's database). */ defaultRegency?: string | null; dailyBackup?: boolean } = {},
): Promise<Core> {
  // A missing file with backups beside it is not "not created yet": createCore names the backup.
  if (!options.create && !fs.existsSync(dbPath) && !newestBackup(dbPath)) {
    throw new CliError(`Basis data "${dbPath}" belum ada. Buat dulu dengan: npm run cakap -- init --db ${dbPath}`);
  }
  try {
    return await createCore({ dbPath, defaultRegency: options.defaultRegency === null ? undefined : (options.defaultRegency ?? DEFAULT_REGENCY), dailyBackup: options.dailyBackup, buildDemo: demoBuilder });
  } catch (error) {
    if (error instanceof CakapError) throw new CliError(error.message);
    throw error;
  }
}
