import type { Worker } from 'node:worker_threads';
import { CakapError } from '../errors';
import type { JobInput, JobKind, JobOutput } from './kinds';
import { startThread } from './threads';

// A job's own data is small (rows pass through it); the cap keeps a million-row import within budget.
const JOB_LIMITS = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 32 };

/**
 * Runs a job in a worker thread so the window (and the bridge) never freeze, forwards its
 * progress, and cancels it on request.
 */

export interface JobProgress {
  jobId: string;
  fraction: number;
  rows: number;
}

const running = new Map<string, { worker: Worker; cancelFlag: Int32Array }>();

export function runJob<K extends JobKind>(
  kind: K,
  input: JobInput<K>,
  options: { jobId: string; dbPath: string; onProgress?: (progress: JobProgress) => void },
): Promise<JobOutput<K>> {
  if (running.has(options.jobId)) {
    return Promise.reject(new CakapError('JOB_RUNNING', 'Pekerjaan dengan nomor ini sedang berjalan.'));
  }
  return new Promise((resolve, reject) => {
    // The heap is capped so a million-row list stays within the memory budget (V8 otherwise
    // lets garbage pile up long before it collects).
    const cancelFlag = new Int32Array(new SharedArrayBuffer(4));
    const worker = startThread('jobThread', { kind, dbPath: options.dbPath, input, cancelFlag }, { resourceLimits: JOB_LIMITS });
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
        settle(() => resolve(message.result as JobOutput<K>));
      } else if (message.type === 'error') {
        settle(() => reject(new CakapError(message.code as string, message.message as string)));
      } else if (message.type === 'crash') {
        settle(() => reject(new Error(message.message as string)));
      }
    });
    worker.on('error', (error) => {
      const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      settle(() =>
        reject(
          outOfMemory
            ? new CakapError('FILE_TOO_LARGE', 'Berkas terlalu besar untuk dibaca; tidak ada yang berubah. Pecah daftar menjadi beberapa berkas.')
            : error,
        ),
      );
    });
    worker.on('exit', (code) => settle(() => reject(new Error(`Pekerjaan berhenti tiba-tiba (kode ${code}).`))));
  });
}

/** Asks a running job to stop; it rolls back and ends with a CANCELLED error. */
export function cancelJob(jobId: string): boolean {
  const job = running.get(jobId);
  if (!job) return false;
  Atomics.store(job.cancelFlag, 0, 1);
  return true;
}
