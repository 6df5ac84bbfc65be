import { z } from 'zod';
import { emptyInput } from './common';
import { method } from './method';

export const firstRunStatusSchema = z.object({
  /** Show the wizard: an office database with nothing recorded, whose wizard was never finished or skipped. */
  needed: z.boolean(),
  finished: z.object({ how: z.enum(['done', 'skipped']), at: z.string(), actor: z.string() }).nullable(),
});
export type FirstRunStatus = z.infer<typeof firstRunStatusSchema>;

export const demoStatusSchema = z.object({
  /** The database open now holds the demo regency, not an office's data. */
  active: z.boolean(),
  /** The demo's report date (end of the month before it was built), when active. */
  asOf: z.string().nullable(),
  /** The office's own database is waiting to be returned to (the demo was opened from the app). */
  canReturn: z.boolean(),
});
export type DemoStatus = z.infer<typeof demoStatusSchema>;

export const firstRunMethods = {
  'firstRun.status': method({
    summary: 'Apakah panduan awal (kabupaten, kop surat, target, penduduk bekerja) perlu ditampilkan.',
    input: emptyInput,
    output: firstRunStatusSchema,
  }),
  'firstRun.finish': method({
    summary: 'Panduan awal selesai atau dilewati: tidak ditampilkan lagi; semua isinya tetap dapat diubah di Pengaturan.',
    input: z.object({ how: z.enum(['done', 'skipped']) }),
    output: firstRunStatusSchema,
  }),
  'demo.status': method({
    summary: 'Apakah yang terbuka sekarang data contoh, bukan data kantor.',
    input: emptyInput,
    output: demoStatusSchema,
  }),
  'demo.open': method({
    summary:
      'Buka data contoh Kabupaten Solok Selatan untuk melihat-lihat: dibangun di berkas tersendiri di samping data kantor (folder contoh), data kantor tidak tersentuh.',
    input: z.object({ jobId: z.string().min(8).max(64) }),
    output: demoStatusSchema,
  }),
  'demo.close': method({
    summary: 'Tinggalkan data contoh dan kembali ke data kantor.',
    input: emptyInput,
    output: demoStatusSchema,
  }),
};
