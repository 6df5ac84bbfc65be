import { z } from 'zod';
import { END_REASONS } from '../domain/programs';
import { method } from './method';
import { monthSchema, okOutput, textBlock } from './common';

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
  /** Codes counted: DOUBLE_FUNDING, NOT_ELIGIBLE_AGE, NOT_ELIGIBLE_DOMICILE, NOT_ELIGIBLE_OCCUPATION, NOT_ELIGIBLE_OTHER_SCHEME, PU_ACTIVE. */
  byCode: z.record(z.string(), z.number().int()),
  problems: z.array(enrollmentProblemSchema),
  committedAfter: z.number(),
  remainingAfter: z.number(),
});
export type EnrollSummary = z.infer<typeof enrollSummarySchema>;

export const enrollmentMethods = {
  'enrollments.add': method({
    summary: 'Daftarkan pekerja ke program dalam satu transaksi, dengan pemeriksaan biaya ganda, kelayakan, kuota dan anggaran.',
    access: 'operate',
    input: selectionSchema.extend({
      programId: z.number().int(),
      from: monthSchema.optional(),
      to: monthSchema.optional(),
      /** Recorded on every enrolment that overlaps another program; without it those are refused. */
      doubleFundingReason: textBlock().min(5, { error: 'Alasan pembiayaan ganda paling sedikit 5 huruf.' }).max(300).optional(),
      /** Check only: say what would happen, change nothing. */
      dryRun: z.boolean().default(false),
      problemLimit: z.number().int().positive().max(100_000).default(500),
    }),
    output: enrollSummarySchema,
  }),
  'enrollments.list': method({
    summary: 'Penerima satu program.',
    access: 'read',
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
    access: 'operate',
    input: z.object({ enrollmentId: z.number().int(), lastMonth: monthSchema, reason: z.enum(END_REASONS) }),
    output: okOutput,
  }),
};
