import crypto from 'node:crypto';
import { localIsoDate } from '../../../shared/domain/months';
import type { Handlers } from '../handlers';
import { runJob } from '../jobs/runner';
import { exportReport } from './export';

export const reportHandlers = {
  // A million workers take a second or two to aggregate: that runs in a worker thread, not in the window's process.
  'report.coverage': (input, ctx) =>
    runJob('coverage', { asOf: input.asOf ?? localIsoDate(ctx.now()), now: ctx.now() }, { jobId: crypto.randomUUID(), dbPath: ctx.dbPath }),
  // So do the export's computing and writing (the PDF annex alone can take a couple of seconds).
  'report.export': (input, ctx) => exportReport(ctx, input, (job) => runJob('reportExport', job, { jobId: crypto.randomUUID(), dbPath: ctx.dbPath })),
} satisfies Partial<Handlers>;
