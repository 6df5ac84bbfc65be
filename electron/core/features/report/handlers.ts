import crypto from 'node:crypto';
import { localIsoDate } from '../../../../shared/domain/months';
import type { Handlers } from '../../platform/handlers';
import { coverageJob, reportExportJob } from './jobs';
import { exportReport } from './export';

export const reportHandlers = {
  // A million workers take a second or two to aggregate: that runs in a worker thread, not in the window's process.
  'report.coverage': (input, ctx) =>
    ctx.jobs.run(coverageJob, { asOf: input.asOf ?? localIsoDate(ctx.now()), now: ctx.now() }, { jobId: crypto.randomUUID() }),
  // So do the export's computing and writing (the PDF annex alone can take a couple of seconds).
  'report.export': (input, ctx) => exportReport(ctx, input, (job) => ctx.jobs.run(reportExportJob, job, { jobId: crypto.randomUUID() })),
} satisfies Partial<Handlers>;
