import crypto from 'node:crypto';
import type { Core } from '../../electron/core/app/core';
import type { Input, Output } from '../../shared/contract';
import { queryDatabase } from './db';

/** A NIK as Dukcapil issues it: region 13.11.<district>, birth date (+40 for women), sequence. */
export function nik(options: { district?: string; regency?: string; day: number; month: number; year: number; female?: boolean; seq: number }): string {
  const region = `${(options.regency ?? '13.11').replace('.', '')}${options.district ?? '01'}`;
  const day = String(options.day + (options.female ? 40 : 0)).padStart(2, '0');
  return `${region}${day}${String(options.month).padStart(2, '0')}${String(options.year % 100).padStart(2, '0')}${String(options.seq).padStart(4, '0')}`;
}

/** Imports a file the test wrote, through the real path (contract, worker thread, one transaction). */
export async function importList(
  core: Core,
  file: string,
  options: Omit<Input<'import.commit'>, 'jobId' | 'fileId'> & { preview?: boolean } = {},
): Promise<Output<'import.commit'>> {
  const { preview, ...rest } = options;
  const { fileId } = core.context.files.register(file);
  return core.invoke(preview ? 'import.preview' : 'import.commit', { jobId: crypto.randomUUID(), fileId, ...rest });
}

/** Everything a user could notice in the database, to compare before and after. */
export function snapshot(core: Core): string {
  const dump = (sql: string) => queryDatabase(core.context.dbPath, sql);
  return JSON.stringify({
    workers: dump('SELECT * FROM workers ORDER BY id'),
    history: dump('SELECT worker_id, batch_id, action, before, after FROM worker_history ORDER BY id'),
    active: dump('SELECT id FROM import_batches WHERE undone_at IS NULL ORDER BY id'),
  });
}
