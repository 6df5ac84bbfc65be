import path from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core } from '../../electron/core/app/core';
import { tempDir } from './temp';

const open: Core[] = [];

/** A core on a real SQLite file in a temp folder, with Solok Selatan loaded unless told otherwise. */
export async function newCore(options: { regency?: string | null; dir?: string; now?: () => Date } = {}): Promise<Core> {
  const dir = options.dir ?? tempDir();
  const core = await createCore({
    dbPath: path.join(dir, 'cakap.sqlite'),
    defaultRegency: options.regency === null ? undefined : (options.regency ?? '13.11'),
    actor: 'penguji',
    now: options.now,
  });
  open.push(core);
  return core;
}

afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

/** Registers a file the test wrote, as the desktop dialog would. */
export function fileId(core: Core, filePath: string): string {
  return core.context.files.register(filePath).fileId;
}
