import { z } from 'zod';
import { method } from './method';
import { yearSchema } from './common';

export const dashboardMethods = {
  'dashboard.get': method({
    summary: 'Angka-angka Dasbor untuk satu tahun (tanpa tahun: tahun data terakhir).',
    input: z.object({ year: yearSchema.optional() }),
    output: z.object({
      regencyName: z.string().nullable(),
      villageLabel: z.string(),
      year: z.number().int(),
      yearsWithData: z.array(z.number().int()),
      totalWorkforce: z.number().int().nullable(),
      totalBasis: z.enum(['districts', 'regency', 'none']),
      targetPercent: z.number().nullable(),
      /** Working people the target asks to be covered: target x workforce. */
      targetWorkers: z.number().int().nullable(),
      districts: z.array(
        z.object({ code: z.string(), name: z.string(), villageCount: z.number().int(), workforce: z.number().int().nullable() }),
      ),
    }),
  }),
};
