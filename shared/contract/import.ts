import { z } from 'zod';
import { WORKER_FIELDS } from '../domain/workerFields';
import { method } from './method';
import { fileIdSchema, fileRefSchema, jobIdSchema } from './common';
import { enrollSummarySchema } from './enrollments';

export const workerFieldSchema = z.enum(WORKER_FIELDS);


export const importRequestSchema = z.object({
  /** Chosen by the caller, so it can follow progress and cancel before the call returns. */
  jobId: jobIdSchema,
  fileId: fileIdSchema,
  sheet: z.string().max(200).optional(),
  overrides: z
    .record(
      z.string().max(200),
      z.object({
        headerRow: z.number().int().positive().optional(),
        columns: z.record(z.string().regex(/^\d{1,4}$/), workerFieldSchema).optional(),
        /** The nagari (Kemendagri code) of every row of a sheet with no nagari/kecamatan column; null: none, the kecamatan comes from the NIK. */
        village: z.string().max(20).nullable().optional(),
      }),
    )
    .optional(),
  /** The nagari (name or Kemendagri code) of every sheet with no nagari/kecamatan column (import --village). */
  village: z.string().trim().min(1).max(100).optional(),
  /** How many issues to send back (all are stored). Previews ask for a few hundred. */
  issueLimit: z.number().int().positive().max(1_000_000).optional(),
  /** Also enrol every row taken into this program (import --program). */
  programId: z.number().int().optional(),
});

export const importIssueSchema = z.object({
  severity: z.enum(['error', 'warning']),
  sheet: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});

export const registrySourceSchema = z.enum(['opensid', 'siak']);

export const importResultSchema = z.object({
  file: z.string(),
  batchId: z.number().int().nullable(),
  accepted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  warnings: z.number().int(),
  issues: z.array(importIssueSchema),
  issueCount: z.number().int(),
  sheets: z.array(
    z.object({
      name: z.string(),
      status: z.enum(['imported', 'skipped']),
      reason: z.string().nullable(),
      headerRow: z.number().int().nullable(),
      /** The nagari every row without one is taken to be in (name and code), and whether the sheet's name or title said so or it was chosen. */
      defaultVillage: z.string().nullable(),
      defaultVillageCode: z.string().nullable(),
      defaultVillageSource: z.enum(['title', 'chosen']).nullable(),
      /** The registry the sheet was exported from. */
      source: registrySourceSchema.nullable(),
      rows: z.number().int(),
      columns: z.array(
        z.object({
          index: z.number().int(),
          letter: z.string(),
          header: z.string(),
          field: workerFieldSchema,
          confidence: z.number(),
          source: z.enum(['header', 'content', 'remembered', 'operator', 'none']),
        }),
      ),
    }),
  ),
  /** Persons the list named who are not workers, per reason: passed over (never stored or counted), listed on the rejection file's "Bukan pekerja" sheet. */
  notWorkers: z.object({ nonWorkingStatus: z.number().int(), underAge: z.number().int(), dead: z.number().int() }),
  /** The registry the list was exported from: "opensid" (OpenSID's population or program export), "siak", or null. */
  source: registrySourceSchema.nullable(),
  /** OpenSID's program export: the program its Program sheet describes, and the Cakap program of the same name if there is one. */
  offeredProgram: z
    .object({
      name: z.string(),
      target: z.string().nullable(),
      description: z.string().nullable(),
      fundingSource: z.string().nullable(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      programId: z.number().int().nullable(),
    })
    .nullable(),
  /** Rows taken whose kecamatan came from the NIK ("dari NIK"), and rows taken with no region at all. */
  regionFromNik: z.number().int(),
  withoutRegion: z.number().int(),
  /**
   * The same file was imported before (nothing is imported again): that import, how many rows it
   * rejected, and how many of those no later import has taken yet (still to be fixed by the sender).
   */
  duplicateOf: z
    .object({ batchId: z.number().int(), createdAt: z.string(), rejected: z.number().int(), stillRejected: z.number().int() })
    .nullable(),
  /** With programId: the enrolment of the rows taken, or why it was refused (the import stays). */
  enrollment: z.object({ summary: enrollSummarySchema.nullable(), error: z.string().nullable() }).nullable().default(null),
});
export type ImportResultDto = z.infer<typeof importResultSchema>;

/** What a batch brought in: a worker list, or one of the lists other features read. */
export const batchKindSchema = z.string().max(40);

export const batchSchema = z.object({
  id: z.number().int(),
  kind: batchKindSchema,
  fileName: z.string(),
  createdAt: z.string(),
  actor: z.string(),
  accepted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  warnings: z.number().int(),
  /** Persons named by the list who are not workers. */
  passedOver: z.number().int(),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
});
export type Batch = z.infer<typeof batchSchema>;

const pageInput = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
};

export const importMethods = {
  'import.preview': method({
    summary: 'Baca daftar pekerja tanpa menyimpan: sheet, pemetaan kolom, jumlah yang akan ditambah/diperbarui/ditolak.',
    access: 'operate',
    input: importRequestSchema,
    output: importResultSchema,
  }),
  'import.commit': method({
    summary: 'Impor daftar pekerja dalam satu transaksi: semua baris yang diterima, atau tidak sama sekali.',
    access: 'operate',
    input: importRequestSchema,
    output: importResultSchema,
  }),
  'import.batches': method({
    summary: 'Riwayat impor, terbaru dahulu; `kinds` membatasi ke jenis daftar tertentu (misalnya hanya daftar pekerja).',
    access: 'read',
    input: z.object({ ...pageInput, kinds: z.array(batchKindSchema).min(1).max(20).optional() }),
    output: z.object({ rows: z.array(batchSchema), total: z.number().int() }),
  }),
  'import.issues': method({
    summary: 'Masalah (ditolak dan peringatan) satu impor.',
    access: 'read',
    input: z.object({ batchId: z.number().int(), ...pageInput }),
    output: z.object({ rows: z.array(importIssueSchema) }),
  }),
  'import.undo': method({
    summary: 'Batalkan satu impor: pekerja baru dihapus, perubahan dikembalikan.',
    access: 'operate',
    input: z.object({ batchId: z.number().int() }),
    output: z.object({ removed: z.number().int(), restored: z.number().int() }),
  }),
  'import.rejectionFile': method({
    summary: 'Berkas Excel berisi baris yang ditolak dengan kolom Keterangan, dan sheet "Bukan pekerja", untuk dikirim kembali ke pengirim.',
    access: 'operate',
    input: z.object({ batchId: z.number().int() }),
    output: fileRefSchema,
  }),
};
