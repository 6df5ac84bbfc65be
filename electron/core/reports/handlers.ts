import { computeCoverage } from '../coverage/compute';
import type { Handlers } from '../handlers';
import { exportReport } from './export';

export const reportHandlers = {
  'report.coverage': (input, ctx) => computeCoverage(ctx.store, input.asOf ?? ctx.now().toISOString().slice(0, 10), ctx.now()),
  'report.export': (input, ctx) => exportReport(ctx, input, computeCoverage),
} satisfies Partial<Handlers>;
