import type { Store } from '../db/store';

/** What a running job gets besides its input: the cancel flag and a way to report progress. */
export interface JobIo {
  signal: { readonly cancelled: boolean };
  progress(update: { fraction: number; rows: number }): void;
}

/** A job thread's V8 heap, sized for what the job keeps in memory (rows pass through it, results stay). */
export interface JobLimits {
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
}

/**
 * A kind of long job that runs in a worker thread with its own database connection. A feature
 * defines its jobs (features/<name>/jobs.ts); the app lists them for the thread (app/jobs/list.ts), so
 * the thread plumbing here knows none of them.
 */
export interface Job<I, O> {
  readonly kind: string;
  readonly run: (store: Store, input: I, io: JobIo) => O | Promise<O>;
  readonly limits: JobLimits;
  /** What the user reads when the job reaches its memory limit: what it was doing and what to do instead. */
  readonly outOfMemory: string;
}

export type AnyJob = Job<never, unknown>;

export function defineJob<I, O>(job: Job<I, O>): Job<I, O> {
  return job;
}
