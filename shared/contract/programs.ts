import { z } from 'zod';
import { BENEFITS, END_REASONS, FUNDING_SOURCES } from '../domain/programs';
import { isMonth } from '../domain/months';
import { method } from './method';
import { okOutput, yearSchema } from './common';

const monthSchema = z.string().refine(isMonth, { error: 'Bulan harus berformat TTTT-BB, misalnya 2025-01.' });
const rupiah = (what: string) =>
  z
    .number({ error: `${what} harus berupa angka Rupiah.` })
    .int({ error: `${what} harus bilangan bulat Rupiah.` })
    .min(0, { error: `${what} tidak boleh negatif.` })
    .max(1e13, { error: `${what} terlalu besar.` });

export const programInputSchema = z
  .object({
    name: z.string().trim().min(3, { error: 'Nama program paling sedikit 3 huruf.' }).max(150, { error: 'Nama program paling panjang 150 huruf.' }),
    source: z.enum(FUNDING_SOURCES, { error: 'Sumber dana tidak dikenal.' }),
    sourceDetail: z.string().trim().max(150).nullable().default(null),
    year: yearSchema,
    budget: rupiah('Anggaran'),
    premium: rupiah('Iuran per pekerja per bulan').refine((n) => n > 0, { error: 'Iuran per pekerja per bulan harus lebih dari 0.' }).default(16_800),
    benefits: z.array(z.enum(BENEFITS)).min(1, { error: 'Pilih paling sedikit satu program jaminan.' }).default(['JKK', 'JKM']),
    from: monthSchema,
    to: monthSchema,
    quota: z.number().int().positive({ error: 'Kuota harus lebih dari 0.' }).nullable().default(null),
    agency: z.string().trim().max(150).nullable().default(null),
    minAge: z.number().int().min(0).max(120).nullable().default(null),
    maxAge: z.number().int().min(0).max(120).nullable().default(null),
    domicileRequired: z.boolean().default(true),
    occupations: z.array(z.string().trim().min(1).max(100)).max(50).nullable().default(null),
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

const selectionSchema = z.object({
  workerIds: z.array(z.number().int()).max(2_000_000).optional(),
  batchId: z.number().int().optional(),
  filter: z
    .object({
      search: z.string().max(100).optional(),
      districtCode: z.string().max(20).optional(),
      villageCode: z.string().max(20).optional(),
      occupation: z.string().max(100).optional(),
      batchId: z.number().int().optional(),
    })
    .optional(),
  niks: z.array(z.string().regex(/^\d{16}$/)).max(2_000_000).optional(),
});

export const enrollmentProblemSchema = z.object({
  workerId: z.number().int(),
  nik: z.string(),
  name: z.string(),
  code: z.string(),
  message: z.string(),
});

export const enrollSummarySchema = z.object({
  enrolled: z.number().int(),
  alreadyEnrolled: z.number().int(),
  refused: z.number().int(),
  warned: z.number().int(),
  /** Codes counted: DOUBLE_FUNDING, NOT_ELIGIBLE_AGE, NOT_ELIGIBLE_DOMICILE, NOT_ELIGIBLE_OCCUPATION, PU_ACTIVE. */
  byCode: z.record(z.string(), z.number().int()),
  problems: z.array(enrollmentProblemSchema),
  committedAfter: z.number(),
  remainingAfter: z.number(),
});
export type EnrollSummary = z.infer<typeof enrollSummarySchema>;

export const programMethods = {
  'programs.list': method({
    summary: 'Program pembiayaan iuran dengan anggaran, komitmen, sisa dan penerima.',
    input: z.object({ year: yearSchema.optional(), includeClosed: z.boolean().default(true) }),
    output: z.array(programSchema),
  }),
  'programs.get': method({
    summary: 'Satu program.',
    input: z.object({ id: z.number().int() }),
    output: programSchema,
  }),
  'programs.create': method({
    summary: 'Buat program pembiayaan iuran.',
    input: programInputSchema,
    output: programSchema,
  }),
  'programs.update': method({
    summary: 'Ubah program (anggaran, iuran, periode, kuota, syarat).',
    input: z.object({ id: z.number().int(), program: programInputSchema }),
    output: programSchema,
  }),
  'programs.close': method({
    summary: 'Tutup program: tidak menerima pendaftaran baru; penerima dan biayanya tetap tercatat.',
    input: z.object({ id: z.number().int(), reopen: z.boolean().default(false) }),
    output: programSchema,
  }),
  'programs.delete': method({
    summary: 'Hapus program yang belum punya penerima.',
    input: z.object({ id: z.number().int() }),
    output: okOutput,
  }),
  'enrollments.add': method({
    summary: 'Daftarkan pekerja ke program dalam satu transaksi, dengan pemeriksaan biaya ganda, kelayakan, kuota dan anggaran.',
    input: selectionSchema.extend({
      programId: z.number().int(),
      from: monthSchema.optional(),
      to: monthSchema.optional(),
      /** Recorded on every enrolment that overlaps another program; without it those are refused. */
      doubleFundingReason: z.string().trim().min(5, { error: 'Alasan pembiayaan ganda paling sedikit 5 huruf.' }).max(300).optional(),
      /** Check only: say what would happen, change nothing. */
      dryRun: z.boolean().default(false),
      problemLimit: z.number().int().positive().max(100_000).default(500),
    }),
    output: enrollSummarySchema,
  }),
  'enrollments.list': method({
    summary: 'Penerima satu program.',
    input: z.object({
      programId: z.number().int(),
      search: z.string().max(100).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({
      total: z.number().int(),
      rows: z.array(
        z.object({
          id: z.number().int(),
          workerId: z.number().int(),
          nik: z.string(),
          name: z.string(),
          villageName: z.string().nullable(),
          from: z.string(),
          to: z.string(),
          months: z.number().int(),
          cost: z.number(),
          endedReason: z.enum(END_REASONS).nullable(),
          doubleFundingReason: z.string().nullable(),
          puWarning: z.boolean(),
        }),
      ),
    }),
  }),
  'enrollments.end': method({
    summary: 'Akhiri kepesertaan lebih awal (pindah, meninggal, sudah bekerja): biaya dan cakupan ikut tanggalnya.',
    input: z.object({ enrollmentId: z.number().int(), lastMonth: monthSchema, reason: z.enum(END_REASONS) }),
    output: okOutput,
  }),
};
