import { parentPort, workerData } from 'node:worker_threads';
import { CakapError } from '../errors';
import { readSpreadsheet, type Cell } from './read';

/**
 * Entry point of a reader thread: parses a spreadsheet (xlsxReader or csv-parse) and streams its rows
 * to the thread that checks and stores them, so parsing and checking run on both cores at once.
 * Rows travel packed in flat arrays ([rowNumber, cellCount, ...cells] per row); the receiver acks
 * each message and this thread waits when too many are unread, so memory stays flat.
 */
const { file, displayName } = workerData as { file: string; displayName: string };
const port = parentPort!;
const ROWS_PER_MESSAGE = 512;
const MAX_UNREAD = 4;

let packed: (Cell | number)[] = [];
let rows = 0;
let unread = 0;
let wake: (() => void) | null = null;
let bytes = { read: 0, total: 0 };
let hash: string | null = null;

port.on('message', (message: { type: string }) => {
  if (message.type !== 'ack') return;
  unread--;
  wake?.();
  wake = null;
});

function flush(): void {
  if (rows === 0) return;
  port.postMessage({ type: 'rows', packed, bytes });
  packed = [];
  rows = 0;
  unread++;
}

readSpreadsheet(file, {
  displayName,
  onBytes: (read, total) => {
    bytes = { read, total };
  },
  onHash: (sha256) => {
    hash = sha256;
  },
  onSheet: (name, index) => {
    flush();
    port.postMessage({ type: 'sheet', name, index });
  },
  onRow: (rowNumber, cells) => {
    packed.push(rowNumber, cells.length);
    for (let i = 0; i < cells.length; i++) packed.push(cells[i]!);
    if (++rows < ROWS_PER_MESSAGE) return;
    flush();
    if (unread < MAX_UNREAD) return;
    return new Promise<void>((resolve) => (wake = resolve));
  },
}).then(
  () => {
    flush();
    port.postMessage({ type: 'end', bytes, hash });
  },
  (error: unknown) => {
    const known = error instanceof CakapError;
    port.postMessage({
      type: 'error',
      code: known ? error.code : 'INTERNAL',
      message: known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  },
);
