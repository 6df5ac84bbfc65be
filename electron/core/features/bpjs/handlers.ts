import type { Handlers } from '../../platform/handlers';
import { importBpjsJob } from './jobs';
import { reconcile } from './reconcile';

export const bpjsHandlers = {
  'bpjs.import': (input, ctx) => {
    const file = ctx.files.resolve(input.fileId);
    return ctx.jobs.run(
      importBpjsJob,
      { file: file.path, displayName: file.name, actor: ctx.actor, now: ctx.now(), month: input.month, asOf: input.asOf },
      { jobId: input.jobId },
    );
  },
  'bpjs.reconciliation': (input, ctx) => reconcile(ctx.store, input.view, input.offset, input.limit, ctx.now()),
} satisfies Partial<Handlers>;
