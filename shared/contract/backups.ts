import { z } from 'zod';
import { method } from './method';
import { emptyInput } from './common';

export const backupSchema = z.object({
  /** The file name in the cadangan/ folder; what restore takes. */
  name: z.string(),
  /** When it was taken (ISO). */
  at: z.string(),
  size: z.number().int().nonnegative(),
  reason: z.enum(['harian', 'manual', 'sebelum-pemulihan', 'sebelum-migrasi', 'rusak']),
  /** The reason in words, e.g. "Cadangan harian". */
  label: z.string(),
  restorable: z.boolean(),
});
export type Backup = z.infer<typeof backupSchema>;

export const backupMethods = {
  'backups.list': method({
    summary: 'Cadangan basis data di folder cadangan, terbaru dulu.',
    access: 'admin',
    input: emptyInput,
    output: z.object({ folder: z.string(), backups: z.array(backupSchema) }),
  }),
  'backups.create': method({
    summary: 'Buat cadangan basis data sekarang.',
    access: 'admin',
    input: emptyInput,
    output: backupSchema,
  }),
  'backups.restore': method({
    summary: 'Pulihkan basis data dari satu cadangan; keadaan sekarang dicadangkan dulu.',
    access: 'admin',
    input: z.object({ name: z.string().min(1, { error: 'Cadangan belum dipilih.' }).max(255) }),
    output: z.object({ restored: backupSchema, safetyCopy: backupSchema.nullable() }),
  }),
};
