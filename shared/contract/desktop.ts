import type { ApiResult, FileRef } from './index';

/**
 * What the Electron preload exposes to the renderer as `window.cakap`. Only these four functions
 * cross the context bridge; every API method goes through `call`.
 */
export interface DesktopBridge {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Opens the native file dialog; null when the user cancels. */
  pickFile(filters: { name: string; extensions: string[] }[]): Promise<FileRef | null>;
  /** Asks where to save a file the core produced; false when the user cancels. */
  saveFile(fileId: string, suggestedName: string): Promise<boolean>;
  /** Subscribes to core events (job progress); returns the unsubscribe function. */
  onEvent(listener: (event: unknown) => void): () => void;
}

export const IPC_CHANNELS = {
  /** Each contract method has its own channel: `cakap:api:<method>`. */
  apiPrefix: 'cakap:api:',
  pickFile: 'cakap:pick-file',
  saveFile: 'cakap:save-file',
  event: 'cakap:event',
} as const;
