import fs from 'node:fs';
import { CakapError } from '../errors';
import { startThread } from '../jobs/threads';
import { readSpreadsheet, type Cell, type ReadOptions } from './read';

/**
 * readSpreadsheet's twin for big files: the parsing runs in a reader thread and the callbacks here
 * receive the same sheets and rows, in order, while the parser goes on with the next ones.
 * The thread starts at once, so parsing begins while the caller is still getting ready; what it
 * sends meanwhile waits (a few messages at most: the reader pauses until they are acknowledged).
 */
/** The reader thread's entry (bundled as readerThread.cjs). */
const READER_THREAD = { name: 'readerThread', source: new URL('./readerThread.ts', import.meta.url) };

export interface SpreadsheetReader {
  read(options: ReadOptions): Promise<void>;
  stop(): void;
}

export function startSpreadsheetReader(file: string, displayName: string): SpreadsheetReader {
  // The old generation cap keeps a million-row file (its shared strings) within the memory budget.
  const worker = startThread(READER_THREAD, { file, displayName }, { resourceLimits: { maxOldGenerationSizeMb: 176, maxYoungGenerationSizeMb: 48 } });
  const early: Message[] = [];
  let deliver: ((message: Message) => void) | null = null;
  worker.on('message', (message: Message) => (deliver ? deliver(message) : early.push(message)));
  worker.on('error', (error) => {
    const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
    const failure = outOfMemory ? new CakapError('FILE_TOO_LARGE', 'Berkas terlalu besar untuk dibaca; pecah daftar menjadi beberapa berkas.') : error;
    const fail: Message = { type: 'failure', error: failure };
    if (deliver) deliver(fail);
    else early.push(fail);
  });
  worker.on('exit', () => {
    const gone: Message = { type: 'failure', error: new Error('Pembaca berkas berhenti tiba-tiba.') };
    if (deliver) deliver(gone);
    else early.push(gone);
  });

  return {
    stop: () => void worker.terminate(),
    read(options: ReadOptions): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        let chain = Promise.resolve();
        let settled = false;
        const fail = (error: unknown) => {
          if (settled) return;
          settled = true;
          void worker.terminate();
          reject(error);
        };
        const handle = async (message: Message): Promise<void> => {
          if (settled) return;
          if (message.type === 'sheet') {
            options.onSheet(message.name, message.index);
          } else if (message.type === 'rows') {
            options.onBytes?.(message.bytes.read, message.bytes.total);
            const packed = message.packed;
            let i = 0;
            while (i < packed.length) {
              const rowNumber = packed[i] as number;
              const count = packed[i + 1] as number;
              const cells = packed.slice(i + 2, i + 2 + count) as Cell[];
              i += 2 + count;
              const wait = options.onRow(rowNumber, cells);
              if (wait) await wait;
            }
            worker.postMessage({ type: 'ack' });
          } else if (message.type === 'end') {
            options.onBytes?.(message.bytes.read, message.bytes.total);
            if (message.hash !== null) options.onHash?.(message.hash);
            settled = true;
            void worker.terminate();
            resolve();
          } else if (message.type === 'error') {
            fail(message.code === 'INTERNAL' ? new Error(message.message) : new CakapError(message.code, message.message));
          } else {
            fail(message.error);
          }
        };
        deliver = (message) => {
          chain = chain.then(() => handle(message)).catch(fail);
        };
        for (const message of early.splice(0)) deliver(message);
      });
    },
  };
}

/** Below this size a thread costs more than it saves: the file is read in the calling thread. */
export const THREAD_FROM_BYTES = 1024 * 1024;

/** A reader for any file: a reader thread for big ones, the calling thread for small ones. */
export function spreadsheetReader(file: string, displayName: string): SpreadsheetReader {
  if (fs.statSync(file).size >= THREAD_FROM_BYTES) return startSpreadsheetReader(file, displayName);
  return { read: (options) => readSpreadsheet(file, { displayName, ...options }), stop: () => {} };
}


type Message =
  | { type: 'sheet'; name: string; index: number }
  | { type: 'rows'; packed: (Cell | number)[]; bytes: { read: number; total: number } }
  | { type: 'end'; bytes: { read: number; total: number }; hash: string | null }
  | { type: 'error'; code: string; message: string }
  | { type: 'failure'; error: unknown };
