import { z } from 'zod';
import { TEMPLATE_KINDS } from '../domain/templates';
import { fileRefSchema, yearSchema } from './common';
import { method } from './method';

export const templateKindSchema = z.enum(TEMPLATE_KINDS, { error: `Jenis templat tidak dikenal; pilih salah satu: ${TEMPLATE_KINDS.join(', ')}.` });

export const templateMethods = {
  'templates.write': method({
    summary: 'Templat Excel untuk pengirim daftar: judul kolom yang pasti dikenali, NIK sebagai teks, daftar pilihan, sheet petunjuk.',
    access: 'read',
    input: z.object({
      kind: templateKindSchema,
      /** beneficiaries: the program whose candidates the list proposes (its rules go into the instructions). */
      programId: z.number().int().optional(),
      /** workforce: the year of the figures (default: last year); nagari_budget: the budget year (default: next year). */
      year: yearSchema.optional(),
    }),
    output: fileRefSchema,
  }),
};
