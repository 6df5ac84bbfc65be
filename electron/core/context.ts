import os from 'node:os';
import type { CoreEvent } from '../../shared/contract/events';
import type { Store } from './db/store';
import type { FileRegistry } from './files/registry';

/** What every handler gets: the database, the files the user chose, and who is at the desk. */
export interface CoreContext {
  store: Store;
  dbPath: string;
  actor: string;
  files: FileRegistry;
  now(): Date;
  /** Records an action in the audit log (inside the caller's transaction when there is one). */
  audit(action: string, detail: unknown): void;
  /** Pushes an event (job progress) to whoever listens: the window, the browser, the CLI. */
  emit(event: CoreEvent): void;
  /**
   * Closes the database, runs swap (which may replace the file, e.g. a restore), and opens it
   * again; `store` then belongs to the new connection. The database is reopened even if swap throws.
   */
  replaceDatabase(swap: () => void): void;
}

export function currentActor(): string {
  try {
    return os.userInfo().username || 'operator';
  } catch {
    return 'operator';
  }
}
