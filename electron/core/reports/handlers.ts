import crypto from 'node:crypto';
import { localIsoDate } from '../../../shared/domain/months';
import { CakapError } from '../errors';
import { runJob } from '../jobs/runner';
import type { Handlers } from '../handlers';

export const reportHandlers = {
  // A million workers take a second or two to aggregate: that runs in a worker thread, not in the window's process.
  'report.coverage': (input, ctx) =>
    runJob('coverage', { asOf: input.asOf ?? localIsoDate(ctx.now()), now: ctx.now() }, { jobId: crypto.randomUUID(), dbPath: ctx.dbPath }),
  'report.export': () => {
    throw new CakapError('NOT_READY', 'Ekspor laporan belum tersedia.');
  },
} satisfies Partial<Handlers>;
