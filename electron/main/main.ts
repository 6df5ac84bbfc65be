import type { BrowserWindow} from 'electron';
import { app, dialog, Menu } from 'electron';
import path from 'node:path';
import { formatDateTime } from '../../shared/domain/format';
import { restoreDatabaseFile } from '../core/features/backups/restore';
import { currentActor } from '../core/platform/context';
import { createCore, DEFAULT_REGENCY, type Core } from '../core/app/core';
import { newestBackup } from '../core/platform/db/backup';
import { demoBuilder } from '../demo/buildDemo';
import { officeServer, type OfficeServer } from '../bridge/officeServer';
import { DB_DAMAGED } from '../core/platform/db/open';
import { CakapError } from '../core/platform/errors';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { hardenApp } from './security';
import { createMainWindow } from './window';

/**
 * The desktop app's main process: kept thin. It opens the office database in the user-data folder,
 * serves the renderer from app://, and forwards IPC to the same core the CLI and bridge use.
 */

registerAppScheme();
app.enableSandbox();

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let office: OfficeServer | null = null;

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

async function start(): Promise<void> {
  hardenApp();
  const appRoot = app.getAppPath();
  registerAppProtocol(path.join(appRoot, 'dist', 'renderer'));
  try {
    core = await openOfficeDatabase(path.join(app.getPath('userData'), 'cakap.sqlite'));
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
