import { z } from 'zod';
import { SEGMENTS } from '../domain/programs';
import { method } from './method';
import { fileIdSchema } from './common';
import { importIssueSchema } from './import';

export const bpjsResultSchema = z.object({
  kind: z.enum(['members', 'recap']),
  file: z.string(),
  batchId: z.number().int().nullable(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  warnings: z.number().int(),
  asOf: z.string().nullable(),
  months: z.array(z.string()),
  issues: z.array(importIssueSchema),
  duplicateOf: z.object({ batchId: z.number().int(), createdAt: z.string(), rejected: z.number().int() }).nullable(),
});
export type BpjsResult = z.infer<typeof bpjsResultSchema>;

const reconRow = z.object({
  nik: z.string(),
  name: z.string().nullable(),
  bpjsName: z.string().nullable(),
  kpj: z.string().nullable(),
  segment: z.enum(SEGMENTS).nullable(),
  program: z.string().nullable(),
  villageName: z.string().nullable(),
  /** When the registration file listing them was sent to the branch (the "submitted" view). */
  sentOn: z.string().nullable().default(null),
});

export const bpjsMethods = {
  'bpjs.import': method({
    summary: 'Impor daftar peserta BPJS atau rekap bulanan peserta aktif (dikenali dari kolomnya).',
    access: 'operate',
    input: z.object({
      jobId: z.string().min(8).max(64),
      fileId: fileIdSchema,
      month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Bulan harus berformat TTTT-BB, misalnya 2025-10.' }).optional(),
      asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Tanggal harus berformat TTTT-BB-HH.' }).optional(),
    }),
    output: bpjsResultSchema,
  }),
  'bpjs.reconciliation': method({
    summary: 'Rekonsiliasi dengan daftar peserta BPJS terbaru: belum terdaftar, belum dibiayai program, nama berbeda, diajukan tetapi belum terdaftar.',
    access: 'read',
    input: z.object({
      view: z.enum(['notRegistered', 'notEnrolled', 'nameMismatch', 'submitted']),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    output: z.object({
      batchId: z.number().int().nullable(),
      asOf: z.string().nullable(),
      counts: z.object({ notRegistered: z.number().int(), notEnrolled: z.number().int(), nameMismatch: z.number().int(), submitted: z.number().int() }),
      /** "diajukan, belum terdaftar": sent to the branch at least this many days ago (a setting). */
      waitDays: z.number().int(),
      rows: z.array(reconRow),
    }),
  }),
};
