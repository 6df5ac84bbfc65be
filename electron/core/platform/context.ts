import os from 'node:os';
import type { CoreEvent } from '../../../shared/contract/events';
import type { Caller } from '../../../shared/domain/accounts';
import type { Store } from './db/store';
import type { FileRegistry } from './files/registry';
import type { JobRunner } from './jobs/runner';

/** What every handler gets: the database, the files the user chose, and who is at the desk. */
export interface CoreContext {
  store: Store;
  /** The database open now: the office's own, or the demo regency the user chose to look around in. */
  dbPath: string;
  /** The database the app was started on (the office's); the demo is left by going back to it. */
  readonly officeDbPath: string;
  /** Who is acting, as the audit log records it: the signed-in account in office mode, else the computer's user. */
  actor: string;
  /** The account calling through office mode, whose role limits what it may do; null at the desk (window, CLI), with every right. */
  caller: Caller | null;
  files: FileRegistry;
  /** The office server as its door last reported it (kantor bersama): where it runs, or why it could not start. */
  officeServer: { url: string | null; error: string | null };
  /** Long jobs (imports, reports, letters) in worker threads, on the database open now. */
  jobs: JobRunner;
  now(): Date;
  /** Records an action in the audit log (inside the caller's transaction when there is one). */
  audit(action: string, detail: unknown): void;
  /** Pushes an event (job progress) to whoever listens: the window, the browser, the CLI. */
  emit(event: CoreEvent): void;
  /**
   * Closes the database, runs swap (which may replace the file, e.g. a restore), and opens it
   * again, or opens `target` instead (the demo database, or back to the office's); `store` and
   * `dbPath` then belong to the new connection. A database is reopened even if swap throws, and
   * when `target` cannot be opened the one before it is.
   */
  replaceDatabase(swap: () => void, target?: string): void;
  /** Builds the demo regency's database in a folder; given by the door that created the core (see demo/session.ts). */
  buildDemo?: DemoBuilder;
}

/**
 * Builds the demo database in outDir, reporting progress 0..1. The builder makes its own core, so
 * the core cannot import it; the CLI and the desktop app hand it in through CoreOptions.
 */
export type DemoBuilder = (outDir: string, today: Date, onProgress: (fraction: number) => void) => Promise<void>;

export function currentActor(): string {
  try {
    return os.userInfo().username || 'operator';
  } catch {
    return 'operator';
  }
}
