import { dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs/promises';
import { z } from 'zod';
import { ERROR_CODES, methodNames } from '../../shared/contract';
import { IPC_CHANNELS } from '../../shared/contract/desktop';
import type { Core } from '../core/core';
import { isAppUrl } from './security';

const filtersSchema = z
  .array(z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(10) }))
  .max(5);
const saveSchema = z.tuple([z.string().max(100), z.string().max(255)]);

const untrusted = { ok: false, error: { code: ERROR_CODES.unauthorized, message: 'Permintaan ditolak: bukan dari jendela Cakap.' } };

/**
 * Every contract method gets its own channel, registered in one loop from the contract; the core
 * validates each input against the method's schema. Only the main window's own app:// frame may call.
 */
export function registerIpc(core: Core, window: () => BrowserWindow | null): void {
  const trusted = (event: IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isAppUrl(frame.url) && event.sender === window()?.webContents;
  };

  // Core events (job progress) go to the window that may be waiting for them.
  core.onEvent((event) => window()?.webContents.send(IPC_CHANNELS.event, event));

  for (const name of methodNames) {
    ipcMain.handle(`${IPC_CHANNELS.apiPrefix}${name}`, (event, input: unknown) =>
      trusted(event) ? core.call(name, input) : untrusted,
    );
  }

  ipcMain.handle(IPC_CHANNELS.pickFile, async (event, rawFilters: unknown) => {
    const owner = window();
    if (!trusted(event) || !owner) return null;
    const filters = filtersSchema.safeParse(rawFilters);
    const result = await dialog.showOpenDialog(owner, {
      title: 'Pilih berkas',
      properties: ['openFile'],
      filters: filters.success ? filters.data : [],
    });
    const picked = result.filePaths[0];
    return result.canceled || !picked ? null : core.context.files.register(picked);
  });

  ipcMain.handle(IPC_CHANNELS.saveFile, async (event, ...args: unknown[]) => {
    const owner = window();
    const parsed = saveSchema.safeParse(args);
    if (!trusted(event) || !owner || !parsed.success) return false;
    const [fileId, suggestedName] = parsed.data;
    const source = core.context.files.resolve(fileId);
    const result = await dialog.showSaveDialog(owner, { title: 'Simpan berkas', defaultPath: suggestedName });
    if (result.canceled || !result.filePath) return false;
    await fs.copyFile(source.path, result.filePath);
    return true;
  });
}
