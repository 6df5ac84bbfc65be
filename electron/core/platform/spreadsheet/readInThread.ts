import fs from 'node:fs';
import { CakapError } from '../errors';
import { startThread } from '../jobs/threads';
import { detectSpreadsheetFormat, isLegacyFormat } from './detect';
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

/**
 * A reader thread's limits, per kind of file (README: "Reading .xls and .ods").
 * - .xlsx and .csv stream: the old generation cap keeps a million-row .xlsx (its shared strings)
 *   within the import's memory budget, and no time limit is needed (the guard bounds every part first).
 * - .xls and .ods are parsed whole by SheetJS before the first row is handed on. Measured in this
 *   thread: a 100.000-row .xls (two sheets, 16 MB) does not fit in 384 MB of old generation and does
 *   in 512 MB (the process peaks at about 650 MB); a 100.000-row .ods fits in 256 MB. So the legacy
 *   thread may take 768 MB: a 100.000-row list with room to spare, and the same ceiling on an office PC
 *   whatever the file holds (beyond it: one sentence, nothing changed, save it as .xlsx). The parse is
 *   one call that cannot be interrupted from inside: it must end within `parseSeconds` or the thread is
 *   stopped. legacyGuard.ts refuses beforehand what cannot fit (file size; an .ods's rows and cells).
 */
export interface ReaderLimits {
  resourceLimits: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number };
  /** Seconds the thread may take before its first sheet; null: no limit. */
  parseSeconds: number | null;
  /** What the user reads when the thread reaches its memory limit. */
  outOfMemory: string;
}

export const STREAMING_READER: ReaderLimits = {
  resourceLimits: { maxOldGenerationSizeMb: 176, maxYoungGenerationSizeMb: 48 },
  parseSeconds: null,
  outOfMemory: 'Berkas terlalu besar untuk dibaca; pecah daftar menjadi beberapa berkas.',
};

export const LEGACY_READER: ReaderLimits = {
  resourceLimits: { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 48 },
  parseSeconds: 120,
  outOfMemory:
    'Berkas .xls/.ods ini terlalu besar untuk dibaca sekaligus; tidak ada yang berubah. Simpan sebagai .xlsx (yang dibaca Cakap sedikit demi sedikit), atau pecah daftarnya menjadi beberapa berkas.',
};

export function startSpreadsheetReader(file: string, displayName: string, limits: ReaderLimits = STREAMING_READER): SpreadsheetReader {
  const worker = startThread(READER_THREAD, { file, displayName }, { resourceLimits: limits.resourceLimits });
  const early: Message[] = [];
  let deliver: ((message: Message) => void) | null = null;
  const send = (message: Message) => (deliver ? deliver(message) : early.push(message));
  let timer: NodeJS.Timeout | undefined;
  const seconds = limits.parseSeconds;
  if (seconds !== null) {
    timer = setTimeout(() => {
      send({
        type: 'failure',
        error: new CakapError(
          'FILE_UNREADABLE',
          `Berkas "${displayName}" tidak selesai dibaca dalam ${seconds.toLocaleString('id-ID')} detik; tidak ada yang berubah. Simpan sebagai .xlsx, atau pecah daftarnya menjadi beberapa berkas.`,
        ),
      });
      void worker.terminate();
    }, seconds * 1000);
    timer.unref();
  }
  worker.on('message', (message: Message) => {
    if (message.type !== 'rows') clearTimeout(timer);
    send(message);
  });
  worker.on('error', (error) => {
    clearTimeout(timer);
    const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
    send({ type: 'failure', error: outOfMemory ? new CakapError('FILE_TOO_LARGE', limits.outOfMemory) : error });
  });
  worker.on('exit', () => {
    clearTimeout(timer);
    send({ type: 'failure', error: new Error('Pembaca berkas berhenti tiba-tiba.') });
  });

  return {
    stop: () => {
      clearTimeout(timer);
      void worker.terminate();
    },
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

/** Below this size a thread costs more than it saves: an .xlsx or .csv is read in the calling thread. */
export const THREAD_FROM_BYTES = 1024 * 1024;

/**
 * The one door every list importer reads through: an .xls or .ods always in a reader thread with the
 * legacy limits (its parse blocks whatever thread it runs in, and needs more memory than a job may
 * take); an .xlsx or .csv in a reader thread when big, in the calling thread when small.
 */
export function spreadsheetReader(file: string, displayName: string): SpreadsheetReader {
  if (isLegacyFormat(detectSpreadsheetFormat(file, displayName))) return startSpreadsheetReader(file, displayName, LEGACY_READER);
  if (fs.statSync(file).size >= THREAD_FROM_BYTES) return startSpreadsheetReader(file, displayName);
  return { read: (options) => readSpreadsheet(file, { displayName, ...options }), stop: () => {} };
}


type Message =
  | { type: 'sheet'; name: string; index: number }
  | { type: 'rows'; packed: (Cell | number)[]; bytes: { read: number; total: number } }
  | { type: 'end'; bytes: { read: number; total: number }; hash: string | null }
  | { type: 'error'; code: string; message: string }
  | { type: 'failure'; error: unknown };
