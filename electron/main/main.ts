import type { BrowserWindow} from 'electron';
import { app, dialog, Menu } from 'electron';
import path from 'node:path';
import { createCore, DEFAULT_REGENCY, type Core } from '../core/core';
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
    core = await createCore({ dbPath: path.join(app.getPath('userData'), 'cakap.sqlite'), defaultRegency: DEFAULT_REGENCY });
  } catch (error) {
    fail(error);
    return;
  }
  registerIpc(core, () => mainWindow);
  Menu.setApplicationMenu(buildMenu(() => mainWindow));
  mainWindow = createMainWindow(path.join(appRoot, 'dist', 'electron', 'preload.cjs'));
  mainWindow.on('closed', () => (mainWindow = null));
}

function fail(error: unknown): void {
  dialog.showErrorBox('Cakap tidak dapat dibuka', error instanceof Error ? error.message : String(error));
  app.quit();
}

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => {
  core?.close();
  core = null;
});
