import { z } from 'zod';
import { BENEFITS, DEFAULT_PREMIUM, FUNDING_SOURCES } from '../domain/programs';
import { method } from './method';
import { monthSchema, okOutput, textLine, yearSchema } from './common';

const rupiah = (what: string) =>
  z
    .number({ error: `${what} harus berupa angka Rupiah.` })
    .int({ error: `${what} harus bilangan bulat Rupiah.` })
    .min(0, { error: `${what} tidak boleh negatif.` })
    .max(1e13, { error: `${what} terlalu besar.` });

export const programInputSchema = z
  .object({
    name: textLine().min(3, { error: 'Nama program paling sedikit 3 huruf.' }).max(150, { error: 'Nama program paling panjang 150 huruf.' }),
    source: z.enum(FUNDING_SOURCES, { error: 'Sumber dana tidak dikenal.' }),
    sourceDetail: textLine().max(150).nullable().default(null),
    year: yearSchema,
    budget: rupiah('Anggaran'),
    premium: rupiah('Iuran per pekerja per bulan').refine((n) => n > 0, { error: 'Iuran per pekerja per bulan harus lebih dari 0.' }).default(DEFAULT_PREMIUM),
    benefits: z.array(z.enum(BENEFITS)).min(1, { error: 'Pilih paling sedikit satu program jaminan.' }).default(['JKK', 'JKM']),
    from: monthSchema,
    to: monthSchema,
    quota: z.number().int().positive({ error: 'Kuota harus lebih dari 0.' }).nullable().default(null),
    agency: textLine().max(150).nullable().default(null),
    minAge: z.number().int().min(0).max(120).nullable().default(null),
    maxAge: z.number().int().min(0).max(120).nullable().default(null),
    domicileRequired: z.boolean().default(true),
    occupations: z.array(textLine().min(1).max(100)).max(50).nullable().default(null),
    /** Leave out ASN, TNI/Polri, officials and members of parliament, whom other schemes protect (shared/domain/otherSchemes.ts). */
    excludeOtherSchemes: z.boolean().default(true),
  })
  .refine((p) => p.from <= p.to, { error: 'Bulan pertama harus sebelum atau sama dengan bulan terakhir.', path: ['to'] })
  .refine((p) => p.minAge === null || p.maxAge === null || p.minAge <= p.maxAge, { error: 'Umur minimum tidak boleh di atas umur maksimum.', path: ['maxAge'] })
  .refine((p) => p.source !== 'apb_nagari' || !!p.sourceDetail, { error: 'Program APB Nagari perlu nama nagarinya.', path: ['sourceDetail'] })
  .refine((p) => p.source !== 'csr' || !!p.sourceDetail, { error: 'Program CSR perlu nama perusahaannya.', path: ['sourceDetail'] });

export const programSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  source: z.enum(FUNDING_SOURCES),
  sourceLabel: z.string(),
  sourceDetail: z.string().nullable(),
  year: z.number().int(),
  budget: z.number(),
  premium: z.number(),
  benefits: z.array(z.enum(BENEFITS)),
  from: z.string(),
  to: z.string(),
  quota: z.number().int().nullable(),
  agency: z.string().nullable(),
  minAge: z.number().int().nullable(),
  maxAge: z.number().int().nullable(),
  domicileRequired: z.boolean(),
  occupations: z.array(z.string()).nullable(),
  excludeOtherSchemes: z.boolean(),
  status: z.enum(['active', 'closed']),
  /** Workers with an enrolment in this program (any months). */
  beneficiaries: z.number().int(),
  /** Σ months × premium over every enrolment. */
  committed: z.number(),
  remaining: z.number(),
  /** How many more workers the remainder pays for over the rest of the period. */
  moreWorkersFundable: z.number().int(),
  /** Share of the budget committed, in percent. */
  usedPercent: z.number(),
});
export type Program = z.infer<typeof programSchema>;


export const programMethods = {
  'programs.list': method({
    summary: 'Program pembiayaan iuran dengan anggaran, komitmen, sisa dan penerima.',
    access: 'read',
    input: z.object({ year: yearSchema.optional(), includeClosed: z.boolean().default(true) }),
    output: z.array(programSchema),
  }),
  'programs.get': method({
    summary: 'Satu program.',
    access: 'read',
    input: z.object({ id: z.number().int() }),
    output: programSchema,
  }),
  'programs.create': method({
    summary: 'Buat program pembiayaan iuran.',
    access: 'operate',
    input: programInputSchema,
    output: programSchema,
  }),
  'programs.update': method({
    summary: 'Ubah program (anggaran, iuran, periode, kuota, syarat).',
    access: 'operate',
    input: z.object({ id: z.number().int(), program: programInputSchema }),
    output: programSchema,
  }),
  'programs.close': method({
    summary: 'Tutup program: tidak menerima pendaftaran baru; penerima dan biayanya tetap tercatat.',
    access: 'operate',
    input: z.object({ id: z.number().int(), reopen: z.boolean().default(false) }),
    output: programSchema,
  }),
  'programs.delete': method({
    summary: 'Hapus program yang belum punya penerima.',
    access: 'operate',
    input: z.object({ id: z.number().int() }),
    output: okOutput,
  }),
};
