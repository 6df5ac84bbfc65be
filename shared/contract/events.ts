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
  /** The desktop menu asks the window to show one of its pages (Bantuan › Panduan Cakap). */
  z.object({ type: z.literal('app.open'), page: z.string() }),
  /** Kantor bersama was turned on or off, or moved: the door starts, stops or moves the office server. */
  z.object({ type: z.literal('sharing.changed') }),
]);
export type CoreEvent = z.infer<typeof coreEventSchema>;

/** What Bantuan › Panduan Cakap sends to the window: show the guide page, never a new window or address. */
export const OPEN_GUIDE: CoreEvent = { type: 'app.open', page: 'panduan' };
