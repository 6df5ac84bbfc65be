import { dialog, ipcMain, type BrowserWindow } from 'electron';
import type { Core } from '../core/app/core';
import { IPC_CHANNELS } from '../../shared/contract/desktop';
import { ipcRoutes } from './ipcRoutes';

/**
 * Hands every route of ipcRoutes.ts to ipcMain: each contract method on its own channel plus the
 * two file dialogs. The sender check and argument validation live there, where tests reach them.
 */
export function registerIpc(core: Core, window: () => BrowserWindow | null): void {
  const routes = ipcRoutes(core, () => window()?.webContents ?? null, {
    async openFile(filters) {
      const owner = window();
      if (!owner) return null;
      const result = await dialog.showOpenDialog(owner, { title: 'Pilih berkas', properties: ['openFile'], filters });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveFile(suggestedName) {
      const owner = window();
      if (!owner) return null;
      const result = await dialog.showSaveDialog(owner, { title: 'Simpan berkas', defaultPath: suggestedName });
      return result.canceled ? null : (result.filePath ?? null);
    },
  });
  for (const [channel, route] of routes) ipcMain.handle(channel, route);
  // Core events (job progress) go to the window that may be waiting for them.
  core.onEvent((event) => window()?.webContents.send(IPC_CHANNELS.event, event));
}
