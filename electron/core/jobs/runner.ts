import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CakapError } from '../errors';
import type { JobInput, JobKind, JobOutput } from './kinds';

/**
 * Runs a job in a worker thread so the window (and the bridge) never freeze, forwards its
 * progress, and cancels it on request. From source (tsx) the thread runs worker.ts; in the
 * bundled app it runs worker.cjs beside main.cjs.
 */

export interface JobProgress {
  jobId: string;
  fraction: number;
  rows: number;
}

const running = new Map<string, Worker>();

function startWorker(workerData: unknown): Worker {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return new Worker(path.join(path.dirname(here), 'worker.cjs'), { workerData });
  // From source (tsx, tests, the CLI): worker threads do not inherit tsx's loader, so the thread
  // registers it before loading worker.ts.
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = pathToFileURL(path.join(path.dirname(here), 'worker.ts')).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

export function runJob<K extends JobKind>(
  kind: K,
  input: JobInput<K>,
  options: { jobId: string; dbPath: string; onProgress?: (progress: JobProgress) => void },
): Promise<JobOutput<K>> {
  if (running.has(options.jobId)) {
    return Promise.reject(new CakapError('JOB_RUNNING', 'Pekerjaan dengan nomor ini sedang berjalan.'));
  }
  return new Promise((resolve, reject) => {
    const worker = startWorker({ kind, dbPath: options.dbPath, input });
    running.set(options.jobId, worker);
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      running.delete(options.jobId);
      // The thread listens for a cancel message, which would keep it (and the process) alive.
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
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`Pekerjaan berhenti tiba-tiba (kode ${code}).`))));
  });
}

/** Asks a running job to stop; it rolls back and ends with a CANCELLED error. */
export function cancelJob(jobId: string): boolean {
  const worker = running.get(jobId);
  if (!worker) return false;
  worker.postMessage({ type: 'cancel' });
  return true;
}
