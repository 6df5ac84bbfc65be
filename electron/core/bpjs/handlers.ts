import type { Handlers } from '../handlers';
import { runJob } from '../jobs/runner';
import { reconcile } from './reconcile';

export const bpjsHandlers = {
  'bpjs.import': (input, ctx) => {
    const file = ctx.files.resolve(input.fileId);
    return runJob(
      'importBpjs',
      { file: file.path, displayName: file.name, actor: ctx.actor, now: ctx.now(), month: input.month, asOf: input.asOf },
      { jobId: input.jobId, dbPath: ctx.dbPath },
    );
  },
  'bpjs.reconciliation': (input, ctx) => reconcile(ctx.store, input.view, input.offset, input.limit),
} satisfies Partial<Handlers>;
