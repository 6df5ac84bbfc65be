import { z } from 'zod';
import { method } from './method';
import { emptyInput, fileRefSchema } from './common';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  /** When (ISO). */
  at: z.string(),
  /** Who: the Windows user at the desk. */
  actor: z.string(),
  /** The stable action code, e.g. "targets.set". */
  action: z.string(),
  /** What happened, as a sentence in Bahasa Indonesia. */
  description: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditMethods = {
  'audit.list': method({
    summary: 'Log audit: siapa melakukan apa dan kapan, terbaru dulu, per halaman.',
    access: 'admin',
    input: z.object({
      page: z.number().int().min(1, { error: 'Halaman dimulai dari 1.' }).default(1),
      pageSize: z.number().int().min(1).max(100, { error: 'Paling banyak 100 baris per halaman.' }).default(20),
    }),
    output: z.object({
      entries: z.array(auditEntrySchema),
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int(),
    }),
  }),
  'audit.export': method({
    summary: 'Seluruh log audit sebagai berkas Excel (.xlsx).',
    access: 'admin',
    input: emptyInput,
    output: fileRefSchema,
  }),
};
