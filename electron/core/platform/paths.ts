import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_NAME = 'Cakap';

/** Where the data folder is decided: the platform, its environment and the home folder (tests pass their own). */
export interface DataFolderEnv {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

const here = (): DataFolderEnv => ({ platform: process.platform, env: process.env, home: os.homedir() });

/**
 * The per-user data folder of the office database. The desktop app sets Electron's userData to it
 * before anything else (main.ts), so browser mode (`npm start` without Electron) opens the same database.
 *
 * On Windows it is %LOCALAPPDATA%\Cakap, not Electron's default %APPDATA%\Cakap: Roaming AppData is
 * copied to a server at every logon and logoff, and government domains often redirect it to a network
 * share, where SQLite's WAL mode does not work (sqlite.org/wal.html, "WAL does not work over a network
 * filesystem") and the office's only copy would be damaged. Local AppData stays on the PC.
 */
export function userDataDir({ platform, env, home }: DataFolderEnv = here()): string {
  // IT may name a folder on a local disk where the profile's own folders are redirected to a server.
  if (env.CAKAP_DATA_DIR) return env.CAKAP_DATA_DIR;
  if (platform === 'win32') return path.win32.join(env.LOCALAPPDATA ?? path.win32.join(home, 'AppData', 'Local'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/**
 * Where Cakap 0.1 kept the database (Electron's default userData, Roaming AppData on Windows): a
 * database found there is moved to userDataDir() once (platform/db/move.ts). Null where nothing moved.
 */
export function legacyUserDataDir({ platform, env, home }: DataFolderEnv = here()): string | null {
  if (platform !== 'win32') return null;
  return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_NAME);
}

/** The folder holding package.json, found upward from this file (source tree or bundle). */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/** The built renderer (vite build output), served by the bridge and by the desktop window. */
export function rendererDir(): string {
  return path.join(projectRoot(), 'dist', 'renderer');
}
