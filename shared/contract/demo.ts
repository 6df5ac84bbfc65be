import { z } from 'zod';
import { emptyInput, jobIdSchema } from './common';
import { method } from './method';

export const demoStatusSchema = z.object({
  /** The database open now holds the demo regency, not an office's data. */
  active: z.boolean(),
  /** The demo's report date (end of the month before it was built), when active. */
  asOf: z.string().nullable(),
  /** The office's own database is waiting to be returned to (the demo was opened from the app). */
  canReturn: z.boolean(),
});
export type DemoStatus = z.infer<typeof demoStatusSchema>;

export const demoMethods = {
  'demo.status': method({
    summary: 'Apakah yang terbuka sekarang data contoh, bukan data kantor.',
    access: 'read',
    input: emptyInput,
    output: demoStatusSchema,
  }),
  'demo.open': method({
    summary:
      'Buka data contoh Kabupaten Solok Selatan untuk melihat-lihat: dibangun di berkas tersendiri di samping data kantor (folder contoh), data kantor tidak tersentuh.',
    access: 'admin',
    input: z.object({ jobId: jobIdSchema }),
    output: demoStatusSchema,
  }),
  'demo.close': method({
    summary: 'Tinggalkan data contoh dan kembali ke data kantor.',
    access: 'admin',
    input: emptyInput,
    output: demoStatusSchema,
  }),
};
