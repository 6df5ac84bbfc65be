import { z } from 'zod';
import { BILL_REASONS, CLAIM_TYPES } from '../domain/finance';
import { FUNDING_SOURCES } from '../domain/programs';
import { fileIdSchema, fileRefSchema, jobIdSchema, monthSchema, textBlock, textLine, yearSchema } from './common';
import { importIssueSchema } from './import';
import { method } from './method';

/**
 * The loop with the BPJS branch: the registration file for a program's new beneficiaries, the
 * branch's monthly bills checked row by row, the payments (SP2D) and their realisation, the claims
 * the branch paid and what they brought the regency's beneficiaries. Money in whole Rupiah, counts
 * whole numbers, months "YYYY-MM", dates "YYYY-MM-DD".
 */

const count = z.number().int();
const money = z.number().int();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Tanggal harus berformat TTTT-BB-HH, misalnya 2026-12-15.' });
const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(50) };

export const billReasonSchema = z.enum(BILL_REASONS);
export const claimTypeSchema = z.enum(CLAIM_TYPES);

/** Rows per reason, and the beneficiaries of the month on no row (persons). */
export const billExceptionsSchema = z.object({
  notEnrolled: count,
  outsideEnrolment: count,
  afterDeath: count,
  doubleBilled: count,
  employedElsewhere: count,
  wrongAmount: count,
  notBilled: count,
});

const byReasonAmounts = z.object(Object.fromEntries(BILL_REASONS.map((r) => [r, money])) as Record<(typeof BILL_REASONS)[number], typeof money>);

const billFigures = {
  /** Distinct persons on the bill. */
  billedWorkers: count,
  /** The sum of the bill. */
  billedAmount: money,
  /** Beneficiaries whose enrolment covers the month. */
  expectedWorkers: count,
  /** Their premiums: expectedWorkers × the program's premium (less a relief in force, where one applies). */
  expectedAmount: money,
  exceptions: billExceptionsSchema,
  /** The Rupiah withheld per reason: a row's whole amount for reasons 1–5, the excess for wrongAmount. */
  exceptionAmounts: byReasonAmounts,
  /** Rupiah that should not be paid: the full amount of every row flagged 1–5, plus the excess of rows flagged 6. */
  exceptionAmount: money,
  /** billedAmount − exceptionAmount. */
  payable: money,
};

export const billResultSchema = z.object({
  file: z.string(),
  batchId: z.number().int().nullable(),
  program: z.number().int(),
  programName: z.string(),
  month: z.string(),
  ...billFigures,
  /** Rows taken with a warning. */
  warnings: count,
  /** Rows not taken (their amount could not be read). */
  rejected: count,
  issues: z.array(importIssueSchema),
  issueCount: count,
  /** The same file was read before: nothing changed. */
  duplicateOf: z.object({ batchId: z.number().int(), createdAt: z.string() }).nullable(),
  /** A correction: the earlier bill of the same program and month it now counts instead of. */
  replaces: z.number().int().nullable(),
});
export type BillResult = z.infer<typeof billResultSchema>;

export const billSchema = z.object({
  batchId: z.number().int(),
  file: z.string(),
  createdAt: z.string(),
  actor: z.string(),
  program: z.number().int(),
  programName: z.string(),
  month: z.string(),
  premium: money,
  ...billFigures,
  /** Whether this bill counts (the newest of its program and month); else the one that replaced it. */
  counts: z.boolean(),
  replacedBy: z.number().int().nullable(),
  memberListAsOf: z.string().nullable(),
  notes: z.array(z.string()),
  paid: money,
});
export type Bill = z.infer<typeof billSchema>;

export const billRowSchema = z.object({
  sheet: z.string(),
  row: z.number().int().nullable(),
  month: z.string(),
  nik: z.string().nullable(),
  kpj: z.string().nullable(),
  name: z.string().nullable(),
  villageName: z.string().nullable(),
  amount: money.nullable(),
  expected: money.nullable(),
  reason: billReasonSchema.nullable(),
  exceptionAmount: money,
  detail: z.string().nullable(),
});
export type BillRow = z.infer<typeof billRowSchema>;

const countAmount = z.object({ count, amount: money });
/** Claims and Rupiah per claim type. */
const byTypeSchema = z.object(Object.fromEntries(CLAIM_TYPES.map((t) => [t, countAmount])) as Record<(typeof CLAIM_TYPES)[number], typeof countAmount>);

export const claimsResultSchema = z.object({
  file: z.string(),
  batchId: z.number().int().nullable(),
  /** Claims taken (new to Cakap). */
  accepted: count,
  rejected: count,
  /** Claims already recorded from an earlier list (a cumulative list repeats them): not counted again. */
  alreadyRecorded: count,
  /** Accepted claims of a worker Cakap holds (by NIK, or by KPJ through a participant list). */
  matched: count,
  /** …of whom a program paid the contributions at the event date. */
  funded: count,
  byType: byTypeSchema,
  warnings: count,
  issues: z.array(importIssueSchema),
  issueCount: count,
  duplicateOf: z.object({ batchId: z.number().int(), createdAt: z.string() }).nullable(),
});
export type ClaimsResult = z.infer<typeof claimsResultSchema>;

export const financeProgramSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  source: z.enum(FUNDING_SOURCES),
  sourceLabel: z.string(),
  budget: money,
  /** Σ billedAmount of the bills that count (the newest per month). */
  billed: money,
  exceptionAmount: money,
  payable: money,
  paid: money,
  /** paid ÷ budget, in percent; null without a budget. */
  realisationPercent: z.number().nullable(),
  /** Claims of its beneficiaries whose event date falls in their enrolment. */
  claims: countAmount,
  monthsBilled: count,
  monthsPaid: count,
});

export const financeSummarySchema = z.object({
  year: z.number().int(),
  programs: z.array(financeProgramSchema),
  totals: z.object({
    budget: money,
    billed: money,
    exceptionAmount: money,
    payable: money,
    paid: money,
    realisationPercent: z.number().nullable(),
    claims: countAmount,
  }),
  /** Rows and Rupiah withheld per reason, over the bills that count. */
  exceptionsByReason: z.object(Object.fromEntries(BILL_REASONS.map((r) => [r, countAmount])) as Record<(typeof BILL_REASONS)[number], typeof countAmount>),
  benefits: z.object({
    /** Claims of the year's programs' beneficiaries, by type. */
    byType: byTypeSchema,
    /** Σ paid of the year's programs. */
    premiumsPaid: money,
    /** Benefits ÷ premiums paid (null when nothing was paid). */
    ratio: z.number().nullable(),
    /** Claims of people Cakap holds whom no program funded at the event date (for reference). */
    unfunded: countAmount,
  }),
  bills: count,
  payments: count,
  claimLists: count,
});
export type FinanceSummary = z.infer<typeof financeSummarySchema>;

export const paymentSchema = z.object({
  id: z.number().int(),
  program: z.number().int(),
  programName: z.string(),
  month: z.string(),
  amount: money,
  date: z.string(),
  reference: z.string(),
  actor: z.string(),
  createdAt: z.string(),
  removedAt: z.string().nullable(),
  removedReason: z.string().nullable(),
});
export type Payment = z.infer<typeof paymentSchema>;

export const financeSettingsSchema = z.object({
  /** "diajukan, belum terdaftar": sent to the branch more than this many days ago and still not on its list. */
  registrationWaitDays: z.number().int().min(1, { error: 'Paling sedikit 1 hari.' }).max(365, { error: 'Paling lama 365 hari.' }),
  /** The branch as the minute names it, e.g. "BPJS Ketenagakerjaan Kantor Cabang Solok". */
  branchName: textLine().max(150).nullable(),
});
export type FinanceSettings = z.infer<typeof financeSettingsSchema>;

const ruleSourceSchema = z.object({ name: z.string(), article: z.string(), date: z.string(), verified: z.enum(['text', 'secondary', 'unverified']), note: z.string() });

export const premiumRulesSchema = z.object({
  contributions: z.array(z.object({ from: z.string(), to: z.string().nullable(), jkkPercent: z.number(), minimumIncome: money, jkm: money, jkkSource: ruleSourceSchema, jkmSource: ruleSourceSchema })),
  defaultPremium: money,
  reliefs: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      percent: z.number(),
      windows: z.array(z.object({ sector: z.enum(['transport', 'other']), from: z.string(), to: z.string() })),
      excludedPayers: z.array(z.string()),
      unsettledPayers: z.array(z.string()),
      transportWords: z.array(z.string()),
      source: ruleSourceSchema,
    }),
  ),
  jkmBenefit: z.object({ total: money, parts: z.array(z.object({ label: z.string(), amount: money })), source: ruleSourceSchema }),
});

export const registrationResultSchema = z.object({
  program: z.number().int(),
  programName: z.string(),
  file: fileRefSchema,
  /** Beneficiaries written. */
  rows: count,
  skipped: z.object({ alreadySent: count, registered: count, missingData: count }),
  columns: z.object({ mapped: z.array(z.string()), unmapped: z.array(z.string()) }),
  /** The template's sheet the rows went into (null: Cakap's own layout). */
  sheet: z.string().nullable(),
  warnings: z.array(z.string()),
});
export type RegistrationResult = z.infer<typeof registrationResultSchema>;

export const financeMethods = {
  'finance.registration': method({
    summary: 'Berkas pendaftaran untuk kantor cabang BPJS: penerima program yang belum aktif di daftar peserta dan belum pernah dikirim, dalam susunan Cakap atau templat cabang.',
    access: 'operate',
    input: z.object({
      programId: z.number().int(),
      /** The branch's blank .xlsx; its columns are recognised and the rows filled under its header. */
      templateFileId: fileIdSchema.optional(),
      /** Also those already sent before. */
      all: z.boolean().default(false),
      /** The day the file is sent (default today). */
      sentOn: isoDate.optional(),
    }),
    output: registrationResultSchema,
  }),
  'finance.registrations': method({
    summary: 'Berkas pendaftaran yang sudah dibuat: program, tanggal kirim, jumlah baris.',
    access: 'read',
    input: z.object({ programId: z.number().int().optional(), ...page }),
    output: z.object({
      rows: z.array(z.object({ program: z.number().int(), programName: z.string(), file: z.string(), sentOn: z.string(), actor: z.string(), rows: count, stillUnregistered: count })),
      total: count,
    }),
  }),
  'finance.importBill': method({
    summary: 'Periksa rincian tagihan iuran kantor cabang untuk satu program dan satu bulan, baris demi baris, dengan satu alasan per baris.',
    access: 'operate',
    input: z.object({ jobId: jobIdSchema, fileId: fileIdSchema, programId: z.number().int(), month: monthSchema.optional() }),
    output: billResultSchema,
  }),
  'finance.bills': method({
    summary: 'Tagihan yang sudah diperiksa, terbaru dahulu; koreksi disimpan di samping tagihan yang digantinya.',
    access: 'read',
    input: z.object({ programId: z.number().int().optional(), ...page }),
    output: z.object({ rows: z.array(billSchema), total: count }),
  }),
  'finance.bill': method({
    summary: 'Satu tagihan: angka pemeriksaannya, pengecualian per alasan, catatan.',
    access: 'read',
    input: z.object({ batchId: z.number().int() }),
    output: billSchema,
  }),
  'finance.billRows': method({
    summary: 'Baris satu tagihan menurut alasan (atau semua, atau penerima yang tidak ditagih).',
    access: 'read',
    input: z.object({ batchId: z.number().int(), view: z.union([billReasonSchema, z.enum(['exceptions', 'all', 'notBilled'])]), search: z.string().trim().max(100).optional(), ...page }),
    output: z.object({ rows: z.array(billRowSchema), total: count }),
  }),
  'finance.minutes': method({
    summary: 'Berita acara rekonsiliasi iuran (PDF, kop surat) satu tagihan, dengan lampiran baris pengecualian (NIK disamarkan).',
    access: 'read',
    input: z.object({ batchId: z.number().int(), date: isoDate.optional() }),
    output: fileRefSchema,
  }),
  'finance.recordPayment': method({
    summary: 'Catat pembayaran (SP2D) untuk satu program dan bulan iuran.',
    access: 'operate',
    input: z.object({
      programId: z.number().int(),
      month: monthSchema,
      amount: z.number({ error: 'Jumlah harus berupa angka Rupiah.' }).int({ error: 'Jumlah harus bilangan bulat Rupiah.' }).max(1e13, { error: 'Jumlah terlalu besar.' }),
      date: isoDate,
      reference: textLine().min(1, { error: 'Nomor SP2D harus diisi.' }).max(100, { error: 'Nomor SP2D paling panjang 100 huruf.' }),
    }),
    output: z.object({ payment: paymentSchema, warnings: z.array(z.string()) }),
  }),
  'finance.payments': method({
    summary: 'Pembayaran yang tercatat, terbaru dahulu.',
    access: 'read',
    input: z.object({ programId: z.number().int().optional(), year: yearSchema.optional(), ...page }),
    output: z.object({ rows: z.array(paymentSchema), total: count }),
  }),
  'finance.removePayment': method({
    summary: 'Hapus pembayaran yang salah catat (tetap tersimpan dengan alasannya).',
    access: 'operate',
    input: z.object({ id: z.number().int(), reason: textBlock().min(5, { error: 'Tulis alasannya, paling sedikit 5 huruf.' }).max(300) }),
    output: paymentSchema,
  }),
  'finance.importClaims': method({
    summary: 'Impor daftar klaim dari kantor cabang; klaim dicocokkan dengan pekerja dan program yang membiayainya pada tanggal kejadian.',
    access: 'operate',
    input: z.object({ jobId: jobIdSchema, fileId: fileIdSchema }),
    output: claimsResultSchema,
  }),
  'finance.claims': method({
    summary: 'Klaim yang tercatat, dengan pekerja dan program yang membiayainya pada tanggal kejadian.',
    access: 'read',
    input: z.object({ type: claimTypeSchema.optional(), year: yearSchema.optional(), ...page }),
    output: z.object({
      rows: z.array(
        z.object({
          id: z.number().int(),
          type: claimTypeSchema,
          nik: z.string().nullable(),
          kpj: z.string().nullable(),
          name: z.string().nullable(),
          eventDate: z.string().nullable(),
          paidDate: z.string().nullable(),
          amount: money,
          workerName: z.string().nullable(),
          villageName: z.string().nullable(),
          program: z.number().int().nullable(),
          programName: z.string().nullable(),
          batchId: z.number().int(),
        }),
      ),
      total: count,
    }),
  }),
  'finance.summary': method({
    summary: 'Realisasi per program (anggaran, tagihan, pengecualian, dibayar) dan manfaat klaim dibanding iuran, untuk satu tahun anggaran.',
    access: 'read',
    input: z.object({ year: yearSchema }),
    output: financeSummarySchema,
  }),
  'finance.export': method({
    summary: 'Realisasi iuran dan manfaat satu tahun sebagai PDF (kop surat), Excel atau JSON.',
    access: 'read',
    input: z.object({ year: yearSchema, format: z.enum(['pdf', 'xlsx', 'json']) }),
    output: fileRefSchema,
  }),
  'finance.settings': method({
    summary: 'Pengaturan tagihan dan pendaftaran, dan aturan iuran BPU dengan peraturannya.',
    access: 'read',
    input: z.object({}).strict(),
    output: z.object({ settings: financeSettingsSchema, rules: premiumRulesSchema }),
  }),
  'finance.setSettings': method({
    summary: 'Ubah pengaturan tagihan dan pendaftaran.',
    access: 'admin',
    input: financeSettingsSchema,
    output: z.object({ settings: financeSettingsSchema, rules: premiumRulesSchema }),
  }),
};
