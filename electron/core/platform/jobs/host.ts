import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { createStore } from '../db/store';
import { CakapError } from '../errors';
import type { AnyJob } from './job';

/**
 * The body of a job thread: opens its own connection to the database, runs the job named in
 * workerData with the input it was given, and reports progress, the result or the error back.
 */
export function hostJobThread(jobs: readonly AnyJob[]): void {
  const { kind, dbPath, input, cancelFlag } = workerData as { kind: string; dbPath: string; input: never; cancelFlag: Int32Array };
  const signal = {
    get cancelled() {
      return Atomics.load(cancelFlag, 0) === 1;
    },
  };
  const port = parentPort!;

  async function run(): Promise<void> {
    const job = jobs.find((j) => j.kind === kind);
    if (!job) throw new Error(`Unknown job kind "${kind}"`);
    const { db } = openDatabase(dbPath, undefined, { verify: false });
    try {
      const result = await job.run(createStore(db), input, {
        signal,
        progress: (update) => port.postMessage({ type: 'progress', ...update }),
      });
      port.postMessage({ type: 'done', result });
    } finally {
      db.close();
    }
  }

  run().catch((error: unknown) => {
    if (error instanceof CakapError) {
      port.postMessage({ type: 'error', code: error.code, message: error.message });
    } else {
      port.postMessage({ type: 'crash', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}
