import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopBridge } from '../../shared/contract/desktop';
import { IPC_CHANNELS } from '../../shared/contract/desktop';

/**
 * The only thing the sandboxed renderer gets: four functions over IPC. No Node, no ipcRenderer,
 * no paths. The main process checks the sender and validates every input.
 */
const bridge: DesktopBridge = {
  call: (method, input) => {
    if (typeof method !== 'string' || !/^[a-zA-Z]+\.[a-zA-Z]+$/.test(method)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Perintah tidak dikenal.' } });
    }
    return ipcRenderer.invoke(`${IPC_CHANNELS.apiPrefix}${method}`, input);
  },
  pickFile: (filters) => ipcRenderer.invoke(IPC_CHANNELS.pickFile, filters),
  saveFile: (fileId, suggestedName) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, fileId, suggestedName),
  onEvent: (listener) => {
    const handler = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(IPC_CHANNELS.event, handler);
    return () => ipcRenderer.removeListener(IPC_CHANNELS.event, handler);
  },
};

contextBridge.exposeInMainWorld('cakap', bridge);
