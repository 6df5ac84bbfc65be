import { z } from 'zod';
import { emptyInput } from './common';
import { method } from './method';

export const firstRunStatusSchema = z.object({
  /** Show the wizard: an office database with nothing recorded, whose wizard was never finished or skipped. */
  needed: z.boolean(),
  finished: z.object({ how: z.enum(['done', 'skipped']), at: z.string(), actor: z.string() }).nullable(),
});
export type FirstRunStatus = z.infer<typeof firstRunStatusSchema>;

export const firstRunMethods = {
  'firstRun.status': method({
    summary: 'Apakah panduan awal (kabupaten, kop surat, target, penduduk bekerja) perlu ditampilkan.',
    access: 'read',
    input: emptyInput,
    output: firstRunStatusSchema,
  }),
  'firstRun.finish': method({
    summary: 'Panduan awal selesai atau dilewati: tidak ditampilkan lagi; semua isinya tetap dapat diubah di Pengaturan.',
    access: 'admin',
    input: z.object({ how: z.enum(['done', 'skipped']) }),
    output: firstRunStatusSchema,
  }),
};
