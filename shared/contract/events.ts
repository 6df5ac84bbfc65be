import { z } from 'zod';

/** Events the core pushes to the window (IPC) or the browser (server-sent events). */
export const coreEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('job.progress'),
    jobId: z.string(),
    /** 0..1 of the file read so far. */
    fraction: z.number(),
    rows: z.number().int(),
  }),
]);
export type CoreEvent = z.infer<typeof coreEventSchema>;
