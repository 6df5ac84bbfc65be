import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE, moveDatabaseFolder, type DatabaseMove } from '../platform/db/move';
import { folderLocation, type FolderLocation } from '../platform/files/networkPath';
import { legacyUserDataDir, userDataDir, type DataFolderEnv } from '../platform/paths';

export interface DataFolder {
  dir: string;
  dbPath: string;
  /** The move from Cakap 0.1's Roaming folder, when it happened at this start. */
  moved: DatabaseMove | null;
  /** Where the folder is; on a network location createCore refuses the database in it (networkFolderRefusal). */
  location: FolderLocation;
}

/**
 * The office's data folder, ready to open (desktop app and `npm start`'s browser mode): the database
 * moved there from where Cakap 0.1 kept it, once, and the folder's location checked.
 */
export function prepareDataFolder(options: { now: Date; actor: string; env?: DataFolderEnv }): DataFolder {
  const dir = userDataDir(options.env);
  const legacy = legacyUserDataDir(options.env);
  const moved = legacy ? moveDatabaseFolder(legacy, dir, options) : null;
  fs.mkdirSync(dir, { recursive: true });
  const location = folderLocation(dir);
  return { dir, dbPath: path.join(dir, DATABASE_FILE), moved, location };
}
