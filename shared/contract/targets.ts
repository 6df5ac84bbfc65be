import { z } from 'zod';
import { method } from './method';
import { emptyInput, okOutput, yearSchema } from './common';

export const targetSchema = z.object({ year: yearSchema, percent: z.number() });
export type Target = z.infer<typeof targetSchema>;

export const targetPercentSchema = z
  .number({ error: 'Target harus berupa angka persen, misalnya 28,3.' })
  .gt(0, { error: 'Target harus lebih dari 0 %.' })
  .max(100, { error: 'Target tidak boleh lebih dari 100 %.' });

export const targetMethods = {
  'targets.list': method({
    summary: 'Target UCJ per tahun.',
    access: 'read',
    input: emptyInput,
    output: z.array(targetSchema),
  }),
  'targets.set': method({
    summary: 'Tetapkan target UCJ (persen) untuk satu tahun.',
    access: 'admin',
    input: z.object({ year: yearSchema, percent: targetPercentSchema }),
    output: targetSchema,
  }),
  'targets.remove': method({
    summary: 'Hapus target satu tahun.',
    access: 'admin',
    input: z.object({ year: yearSchema }),
    output: okOutput,
  }),
};
