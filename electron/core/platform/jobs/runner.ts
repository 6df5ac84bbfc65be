import type { Worker } from 'node:worker_threads';
import { CakapError } from '../errors';
import type { Job } from './job';
import { startThread, type ThreadEntry } from './threads';

export interface JobProgress {
  jobId: string;
  fraction: number;
  rows: number;
}

export interface RunOptions {
  jobId: string;
  onProgress?: (progress: JobProgress) => void;
}

export interface JobRunner {
  /** Runs a job in a worker thread so the window (and the bridge) never freeze, forwarding its progress. */
  run<I, O>(job: Job<I, O>, input: I, options: RunOptions): Promise<O>;
  /** Asks a running job to stop; it rolls back and ends with a CANCELLED error. */
  cancel(jobId: string): boolean;
}

/**
 * The job runner of one core: every job starts `threadEntry` (the app's job thread, which knows
 * the features' jobs) on the database open now.
 */
export function createJobRunner(threadEntry: ThreadEntry, dbPath: () => string): JobRunner {
  const running = new Map<string, { worker: Worker; cancelFlag: Int32Array }>();

  function run<I, O>(job: Job<I, O>, input: I, options: RunOptions): Promise<O> {
    if (running.has(options.jobId)) {
      return Promise.reject(new CakapError('JOB_RUNNING', 'Pekerjaan dengan nomor ini sedang berjalan.'));
    }
    return new Promise((resolve, reject) => {
      // Cancel is a shared flag, not a message: a busy thread sees it at its next check.
      const cancelFlag = new Int32Array(new SharedArrayBuffer(4));
      // The heap is capped per job kind (V8 otherwise lets garbage pile up long before it collects).
      const worker = startThread(threadEntry, { kind: job.kind, dbPath: dbPath(), input, cancelFlag }, { resourceLimits: job.limits });
      running.set(options.jobId, { worker, cancelFlag });
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        running.delete(options.jobId);
        void worker.terminate();
        fn();
      };
      worker.on('message', (message: { type: string; [key: string]: unknown }) => {
        if (message.type === 'progress') {
          options.onProgress?.({ jobId: options.jobId, fraction: message.fraction as number, rows: message.rows as number });
        } else if (message.type === 'done') {
          settle(() => resolve(message.result as O));
        } else if (message.type === 'error') {
          settle(() => reject(new CakapError(message.code as string, message.message as string)));
        } else if (message.type === 'crash') {
          settle(() => reject(new Error(message.message as string)));
        }
      });
      worker.on('error', (error) => {
        const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        settle(() => reject(outOfMemory ? new CakapError('JOB_OUT_OF_MEMORY', job.outOfMemory) : error));
      });
      worker.on('exit', (code) => settle(() => reject(new Error(`Pekerjaan berhenti tiba-tiba (kode ${code}).`))));
    });
  }

  return {
    run,
    cancel(jobId) {
      const job = running.get(jobId);
      if (!job) return false;
      Atomics.store(job.cancelFlag, 0, 1);
      return true;
    },
  };
}
