import { computeCoverage } from '../coverage/compute';
import { CakapError } from '../errors';
import type { Handlers } from '../handlers';

export const reportHandlers = {
  'report.coverage': (input, ctx) => computeCoverage(ctx.store, input.asOf ?? ctx.now().toISOString().slice(0, 10), ctx.now()),
  'report.export': () => {
    throw new CakapError('NOT_READY', 'Ekspor laporan belum tersedia.');
  },
} satisfies Partial<Handlers>;
