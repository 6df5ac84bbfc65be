import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { CakapError } from '../errors';
import { jobKinds, type JobKind } from './kinds';

/** Entry point of a job's worker thread: opens its own connection, runs the job, reports back. */
const { kind, dbPath, input } = workerData as { kind: JobKind; dbPath: string; input: never };
const signal = { cancelled: false };
parentPort!.on('message', (message: { type: string }) => {
  if (message.type === 'cancel') signal.cancelled = true;
});

async function run(): Promise<void> {
  const { db } = openDatabase(dbPath);
  try {
    const result = await jobKinds[kind](db, input, {
      signal,
      progress: (update) => parentPort!.postMessage({ type: 'progress', ...update }),
    });
    parentPort!.postMessage({ type: 'done', result });
  } finally {
    db.close();
  }
}

run().catch((error: unknown) => {
  if (error instanceof CakapError) {
    parentPort!.postMessage({ type: 'error', code: error.code, message: error.message });
  } else {
    parentPort!.postMessage({ type: 'crash', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
