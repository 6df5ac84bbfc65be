import { CakapError } from '../errors';
import { startThread } from '../jobs/threads';
import type { Cell, ReadOptions } from './read';

/**
 * readSpreadsheet's twin for big files: the parsing runs in a reader thread and the callbacks here
 * receive the same sheets and rows, in order, while the parser goes on with the next ones.
 */
export function readSpreadsheetInThread(file: string, options: ReadOptions): Promise<void> {
  const worker = startThread('readerThread', { file, displayName: options.displayName ?? file }, {
    resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32 },
  });
  let chain = Promise.resolve();
  let failed = false;

  return new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      void worker.terminate();
      reject(error);
    };
    const handle = async (message: Message): Promise<void> => {
      if (failed) return;
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
        failed = true;
        void worker.terminate();
        resolve();
      } else {
        fail(message.code === 'INTERNAL' ? new Error(message.message) : new CakapError(message.code, message.message));
      }
    };
    worker.on('message', (message: Message) => {
      chain = chain.then(() => handle(message)).catch(fail);
    });
    worker.on('error', (error) => {
      const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      fail(outOfMemory ? new CakapError('FILE_TOO_LARGE', 'Berkas terlalu besar untuk dibaca; pecah daftar menjadi beberapa berkas.') : error);
    });
    worker.on('exit', () => fail(new Error('Pembaca berkas berhenti tiba-tiba.')));
  });
}

type Message =
  | { type: 'sheet'; name: string; index: number }
  | { type: 'rows'; packed: (Cell | number)[]; bytes: { read: number; total: number } }
  | { type: 'end'; bytes: { read: number; total: number } }
  | { type: 'error'; code: string; message: string };
