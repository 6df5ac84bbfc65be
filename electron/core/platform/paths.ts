import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_NAME = 'Cakap';

/**
 * The per-user data folder, the same one Electron's app.getPath('userData') gives for "Cakap",
 * so browser mode (`npm start` without Electron) opens the same database as the desktop app.
 */
export function userDataDir(): string {
  if (process.platform === 'win32') {
    return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_NAME);
  }
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_NAME);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_NAME);
}

export function defaultDatabasePath(dataDir = userDataDir()): string {
  return path.join(dataDir, 'cakap.sqlite');
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
