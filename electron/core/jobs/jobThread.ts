import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { CakapError } from '../errors';
import { jobKinds, type JobKind } from './kinds';

/** Entry point of a job's worker thread: opens its own connection, runs the job, reports back. */
const { kind, dbPath, input, cancelFlag } = workerData as { kind: JobKind; dbPath: string; input: never; cancelFlag: Int32Array };
// Cancel is a shared flag, not a message: a busy thread sees it at its next check, without
// waiting for its event loop to come round.
const signal = {
  get cancelled() {
    return Atomics.load(cancelFlag, 0) === 1;
  },
};

async function run(): Promise<void> {
  const { db } = openDatabase(dbPath, undefined, { verify: false });
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
