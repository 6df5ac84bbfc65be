import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ERROR_CODES, methodNames, type ApiResult, type FileRef } from '../../shared/contract';
import { IPC_CHANNELS } from '../../shared/contract/desktop';
import type { Core } from '../core/app/core';
import { isAppUrl } from './policy';

/**
 * Every IPC channel the renderer may use, as plain functions: ipc.ts hands each to ipcMain.handle
 * and does nothing else. No Electron import here, so tests drive these with plain objects shaped like
 * Electron's events and frames. Each route first checks the sender, then validates its arguments.
 */

/** What an IpcMainInvokeEvent carries that the sender check needs. */
export interface IpcSenderEvent {
  sender: unknown;
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * Only the main window's own top frame, showing our app:// page, may call: not another window,
 * not an iframe, not a page that navigated elsewhere, not a frame that is already gone.
 */
export function isTrustedSender(event: IpcSenderEvent, mainContents: unknown): boolean {
  const frame = event.senderFrame;
  return (
    mainContents !== null &&
    mainContents !== undefined &&
    event.sender === mainContents &&
    frame !== null &&
    frame.parent === null &&
    isAppUrl(frame.url)
  );
}

/** The native dialogs, provided by ipc.ts (Electron) or by a test. */
export interface DesktopDialogs {
  /** Returns the chosen path, or null when the user cancels. */
  openFile(filters: FileFilter[]): Promise<string | null>;
  saveFile(suggestedName: string): Promise<string | null>;
}

const fileFilterSchema = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).min(1).max(10),
});
type FileFilter = z.infer<typeof fileFilterSchema>;

const argsSchemas = {
  api: z.array(z.unknown()).max(1),
  pickFile: z.tuple([z.array(fileFilterSchema).max(5)]),
  saveFile: z.tuple([z.string().min(1).max(100), z.string().min(1).max(255)]),
};

export const UNTRUSTED_SENDER: ApiResult<never> = {
  ok: false,
  error: { code: ERROR_CODES.unauthorized, message: 'Permintaan ditolak: bukan dari jendela Cakap.' },
};
const INVALID_ARGS: ApiResult<never> = {
  ok: false,
  error: { code: ERROR_CODES.invalidInput, message: 'Permintaan tidak sah.' },
};

export type IpcRoute = (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>;

export function ipcRoutes(core: Core, mainContents: () => unknown, dialogs: DesktopDialogs): Map<string, IpcRoute> {
  /** The one door every channel goes through: sender first, then the arguments' schema. */
  function guarded<A extends unknown[]>(
    schema: z.ZodType<A>,
    refused: { untrusted: unknown; invalid: unknown },
    run: (...args: A) => Promise<unknown>,
  ): IpcRoute {
    return async (event, ...args) => {
      if (!isTrustedSender(event, mainContents())) return refused.untrusted;
      const parsed = schema.safeParse(args);
      if (!parsed.success) return refused.invalid;
      return run(...parsed.data);
    };
  }

  const routes = new Map<string, IpcRoute>();
  for (const name of methodNames) {
    // The core validates the input itself against the method's schema in the contract.
    routes.set(`${IPC_CHANNELS.apiPrefix}${name}`, guarded(argsSchemas.api, { untrusted: UNTRUSTED_SENDER, invalid: INVALID_ARGS }, (...args) => core.call(name, args[0])));
  }
  routes.set(
    IPC_CHANNELS.pickFile,
    guarded(argsSchemas.pickFile, { untrusted: null, invalid: null }, async (filters): Promise<FileRef | null> => {
      const picked = await dialogs.openFile(filters);
      return picked ? core.context.files.register(picked) : null;
    }),
  );
  routes.set(
    IPC_CHANNELS.saveFile,
    guarded(argsSchemas.saveFile, { untrusted: false, invalid: false }, async (fileId, suggestedName) => {
      const source = core.context.files.resolve(fileId);
      const target = await dialogs.saveFile(path.basename(suggestedName));
      if (!target) return false;
      await fs.copyFile(source.path, target);
      return true;
    }),
  );
  return routes;
}
