import type { Handlers } from '../../platform/handlers';
import { closeDemo, demoStatus, openDemo } from './session';

export const demoHandlers = {
  'demo.status': (_input, ctx) => demoStatus(ctx),
  'demo.open': (input, ctx) =>
    openDemo(ctx, (fraction) => ctx.emit({ type: 'job.progress', jobId: input.jobId, fraction, rows: 0 })),
  'demo.close': (_input, ctx) => closeDemo(ctx),
} satisfies Partial<Handlers>;
