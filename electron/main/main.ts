import type { BrowserWindow } from 'electron';
import { app, dialog, Menu } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatDateTime } from '../../shared/domain/format';
import { restoreDatabaseFile } from '../core/features/backups/restore';
import { currentActor } from '../core/platform/context';
import { createCore, DEFAULT_REGENCY, type Core } from '../core/app/core';
import { prepareDataFolder } from '../core/app/dataFolder';
import { newestBackup } from '../core/platform/db/backup';
import { demoBuilder } from '../demo/buildDemo';
import { officeServer, type OfficeServer } from '../bridge/officeServer';
import { DB_DAMAGED } from '../core/platform/db/open';
import { CakapError } from '../core/platform/errors';
import { userDataDir } from '../core/platform/paths';
import { selfTestMain, selfTestRequest } from '../selfTest/selfTest';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { hardenApp } from './security';
import { createMainWindow } from './window';

/**
 * The desktop app's main process: kept thin. It opens the office database in the user-data folder,
 * serves the renderer from app://, and forwards IPC to the same core the CLI and bridge use.
 * `Cakap.exe --self-test` runs the self-test instead (electron/selfTest) and exits with its result.
 */

registerAppScheme();
app.enableSandbox();

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let office: OfficeServer | null = null;

const selfTest = selfTestRequest(process.argv, os.tmpdir());
if (selfTest) {
  // Before the single-instance lock, so a Cakap already open on this PC does not swallow the test;
  // Chromium's own files go to a temporary folder, never into the office's. No window is opened.
  app.setPath('userData', fs.mkdtempSync(path.join(os.tmpdir(), 'cakap-uji-electron-')));
  app.disableHardwareAcceleration();
  app
    .whenReady()
    .then(() => selfTestMain(selfTest, { tempDir: os.tmpdir(), dataFolder: userDataDir(), log: (line) => console.log(line) }))
    .then(
      (code) => app.exit(code),
      (error: unknown) => {
        console.error(error);
        app.exit(1);
      },
    );
} else {
  // Local AppData on Windows, not Electron's default Roaming folder (see paths.ts). Set before the
  // lock, which is held per userData folder, and before Chromium writes anything there.
  app.setPath('userData', userDataDir());
  if (!app.requestSingleInstanceLock()) {
    // One database, one writer: a second start just focuses the first window.
    app.quit();
  } else {
    app.on('second-instance', () => {
      if (mainWindow?.isMinimized()) mainWindow.restore();
      mainWindow?.focus();
    });
    app.whenReady().then(start, (error: unknown) => fail(error));
  }
}

async function start(): Promise<void> {
  hardenApp();
  const appRoot = app.getAppPath();
  registerAppProtocol(path.join(appRoot, 'dist', 'renderer'));
  try {
    // Moves Cakap 0.1's database out of Roaming AppData, once (audited); a folder on a network location is refused by createCore.
    const folder = prepareDataFolder({ now: new Date(), actor: currentActor() });
    core = await openOfficeDatabase(folder.dbPath);
  } catch (error) {
    fail(error);
    return;
  }
  if (!core) {
    app.quit();
    return;
  }
  registerIpc(core, () => mainWindow);
  // Kantor bersama: colleagues' browsers, when the office turned it on; this window keeps every right.
  office = officeServer(core, path.join(appRoot, 'dist', 'renderer'), { log: (line) => console.log(line) });
  office.apply().catch((error: unknown) => console.error('[cakap] kantor bersama:', error));
  Menu.setApplicationMenu(buildMenu(() => mainWindow));
  mainWindow = createMainWindow(path.join(appRoot, 'dist', 'electron', 'preload.cjs'));
  mainWindow.on('closed', () => (mainWindow = null));
}

/**
 * Opens the office database; when the file is damaged, offers to restore the newest backup (the same
 * core function as `cakap restore`). Null when the user declines.
 */
async function openOfficeDatabase(dbPath: string): Promise<Core | null> {
  const open = () => createCore({ dbPath, defaultRegency: DEFAULT_REGENCY, buildDemo: demoBuilder });
  try {
    return await open();
  } catch (error) {
    const newest = error instanceof CakapError && error.code === DB_DAMAGED ? newestBackup(dbPath) : null;
    if (!newest) throw error;
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: 'Basis data Cakap tidak dapat dibuka',
      message: 'Pulihkan dari cadangan terakhir?',
      detail: `Berkas basis data Cakap rusak, kosong atau hilang. Cadangan terakhir dibuat ${formatDateTime(newest.at)}. Berkas yang ada sekarang disimpan dulu di folder cadangan; perubahan sesudah cadangan itu tidak ikut kembali.`,
      buttons: ['Pulihkan', 'Keluar'],
      defaultId: 0,
      cancelId: 1,
    });
    if (response !== 0) return null;
    restoreDatabaseFile(dbPath, { actor: currentActor(), now: new Date() });
    return open();
  }
}

function fail(error: unknown): void {
  dialog.showErrorBox('Cakap tidak dapat dibuka', error instanceof Error ? error.message : String(error));
  app.quit();
}

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => {
  void office?.close();
  core?.close();
  core = null;
});
