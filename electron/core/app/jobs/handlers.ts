import type { Handlers } from '../../platform/handlers';

export const jobsHandlers = {
  'jobs.cancel': (input, ctx) => ({ cancelled: ctx.jobs.cancel(input.jobId) }),
} satisfies Partial<Handlers>;
