import { z } from 'zod';
import { DEFAULT_PREMIUM, FUNDING_SOURCES, parseFundingSource, type FundingSource } from '../domain/programs';
import { method } from './method';
import { fileIdSchema, fileRefSchema, okOutput, textLine, yearSchema } from './common';

/**
 * Gap-closing scenarios (the Rencana page, `cakap plan`). The scenario is what an officer types or a
 * script writes (the `plan` command's SCENARIO.json, field for field); the result is every figure the
 * arithmetic gives, in plain numbers: percentages in percent units, money in whole Rupiah.
 */

/** The sources a funded line may name: employers come in through employerShare, self-paid workers are no lever. */
export const PLAN_SOURCES = ['apbd_kabupaten', 'apbd_provinsi', 'dbh_sawit', 'apb_nagari', 'csr', 'other'] as const satisfies readonly FundingSource[];
export type PlanSource = (typeof PLAN_SOURCES)[number];

/** Above this a budget is a typing slip, not a regency's money (Rp 10 triliun). */
export const MAX_PLAN_BUDGET = 10_000_000_000_000;

const rupiah = (what: string) =>
  z
    .number({ error: `${what} harus berupa angka Rupiah.` })
    .int({ error: `${what} harus bilangan bulat Rupiah.` })
    .min(0, { error: `${what} tidak boleh negatif.` })
    .max(MAX_PLAN_BUDGET, { error: `${what} tidak masuk akal (lebih dari Rp 10 triliun).` });

export const planPremiumSchema = z
  .number({ error: 'Iuran per pekerja per bulan harus berupa angka Rupiah.' })
  .int({ error: 'Iuran per pekerja per bulan harus bilangan bulat Rupiah.' })
  .gt(0, { error: 'Iuran per pekerja per bulan harus lebih dari 0.' })
  .max(10_000_000, { error: 'Iuran per pekerja per bulan tidak masuk akal (lebih dari Rp 10.000.000).' });

export const planMonthsSchema = z
  .number({ error: 'Jumlah bulan harus berupa angka 1 sampai 12.' })
  .int({ error: 'Jumlah bulan harus bilangan bulat 1 sampai 12.' })
  .min(1, { error: 'Jumlah bulan harus antara 1 dan 12.' })
  .max(12, { error: 'Jumlah bulan harus antara 1 dan 12.' });

const shareSchema = (what: string) =>
  z
    .number({ error: `${what} harus berupa angka antara 0 dan 1 (misalnya 0,3 untuk 30 %).` })
    .min(0, { error: `${what} tidak boleh negatif.` })
    .max(1, { error: `${what} harus antara 0 dan 1 (tulis 0,3 untuk 30 %).` });

/** "apbd_kabupaten", "APBD Kab", "dbh sawit": the ids and aliases `program add --source` takes. */
export const planSourceSchema = z.string({ error: 'Sumber dana harus diisi.' }).transform((text, ctx): PlanSource => {
  const source = parseFundingSource(text);
  if (source === 'employer') {
    ctx.addIssue({ code: 'custom', message: 'Sumber "employer" bukan baris pembiayaan: pekerja penerima upah masuk lewat employerShare.' });
    return z.NEVER;
  }
  if (source === 'self') {
    ctx.addIssue({ code: 'custom', message: 'Sumber "self" (mandiri) tidak dibiayai siapa pun dan bukan baris rencana.' });
    return z.NEVER;
  }
  if (!source) {
    ctx.addIssue({ code: 'custom', message: `Sumber dana "${text}" tidak dikenal; pilih salah satu: ${PLAN_SOURCES.join(', ')}.` });
    return z.NEVER;
  }
  return source;
});

export const planLineSchema = z
  .object({
    source: planSourceSchema,
    /** Total budget in Rupiah; the workers follow. */
    budget: rupiah('Anggaran').optional(),
    /** Or a number of workers; the budget follows. */
    workers: z
      .number({ error: 'Jumlah pekerja harus berupa angka.' })
      .int({ error: 'Jumlah pekerja harus bilangan bulat.' })
      .min(0, { error: 'Jumlah pekerja tidak boleh negatif.' })
      .max(5_000_000, { error: 'Jumlah pekerja tidak masuk akal (lebih dari 5 juta, lebih banyak daripada penduduk bekerja kabupaten/kota mana pun).' })
      .optional(),
    /** Each nagari's own amount: one figure for every nagari, or {nagari name or code: Rupiah}. */
    perNagari: z.union([rupiah('Anggaran per nagari'), z.record(z.string(), rupiah('Anggaran per nagari'))]).optional(),
    /** The line's own premium and months, when they differ from the scenario's. */
    premium: planPremiumSchema.optional(),
    months: planMonthsSchema.optional(),
  })
  .strict()
  .refine((l) => [l.budget, l.workers, l.perNagari].filter((v) => v !== undefined).length === 1, {
    error: 'Setiap baris program diisi dengan salah satu saja: budget (Rupiah), workers (jumlah pekerja) atau perNagari.',
  });
export type PlanLineInput = z.input<typeof planLineSchema>;
export type PlanLine = z.output<typeof planLineSchema>;

const isoDate = z
  .string({ error: 'Tanggal keadaan (asOf) harus diisi, TTTT-BB-HH.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Tanggal keadaan (asOf) harus berformat TTTT-BB-HH, misalnya 2026-11-30.' })
  .refine((d) => {
    const date = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === d;
  }, { error: 'Tanggal keadaan (asOf) bukan tanggal yang ada.' });

/** The scenario file of `cakap plan`, and what the Rencana page saves. */
export const planScenarioSchema = z
  .object({
    name: textLine({ error: 'Nama rencana (name) harus diisi.' })
      .min(3, { error: 'Nama rencana paling sedikit 3 huruf.' })
      .max(150, { error: 'Nama rencana paling panjang 150 huruf.' }),
    year: yearSchema,
    asOf: isoDate,
    /** Default: the target stored for the year. */
    targetPercent: z
      .number({ error: 'Target harus berupa angka persen, misalnya 30,5.' })
      .gt(0, { error: 'Target harus lebih dari 0 %.' })
      .max(100, { error: 'Target tidak boleh lebih dari 100 %.' })
      .optional(),
    premium: planPremiumSchema.default(DEFAULT_PREMIUM),
    months: planMonthsSchema.default(12),
    programs: z.array(planLineSchema).max(50, { error: 'Paling banyak 50 baris program.' }).default([]),
    employerShare: shareSchema('employerShare').default(0),
    constructionShare: shareSchema('constructionShare').default(0),
    /** Programs of this year whose beneficiaries continue next year. */
    renew: z.array(z.number({ error: 'renew berisi nomor program.' }).int({ error: 'renew berisi nomor program.' })).max(200).default([]),
  })
  .strict()
  .refine((s) => Number(s.asOf.slice(0, 4)) <= s.year, {
    error: 'Tanggal keadaan (asOf) tidak boleh sesudah tahun rencana.',
    path: ['asOf'],
  });
export type PlanScenarioInput = z.input<typeof planScenarioSchema>;
export type PlanScenario = z.output<typeof planScenarioSchema>;

const count = z.number().int();

export const planLineResultSchema = z.object({
  kind: z.enum(['program', 'employer', 'construction', 'renewal']),
  /** Position in the scenario's programs (program lines), or the renewed program's id. */
  index: count.nullable(),
  programId: count.nullable(),
  source: z.enum(FUNDING_SOURCES).nullable(),
  label: z.string(),
  /** What the line was given: a budget (Rupiah), a number of workers, amounts per nagari, a share. */
  given: z.enum(['budget', 'workers', 'perNagari', 'share', 'renew']),
  budget: z.number().nullable(),
  premium: count.nullable(),
  months: count.nullable(),
  share: z.number().nullable(),
  /** The figure the share is taken of (uncovered wage workers, unregistered project workers). */
  shareOf: count.nullable(),
  workers: count,
  /** What the regency side pays: workers × premium × months (0 for employers and construction). */
  cost: z.number(),
  /** Budget not spent because it does not pay a whole worker more. */
  unspent: z.number(),
  /** The arithmetic of this line in words and figures. */
  formula: z.string(),
  /** Where its workers land: "nagari", "compliance" (the compliance figures per kecamatan), "uncovered" (in proportion). */
  landing: z.enum(['nagari', 'compliance', 'uncovered', 'leavers']),
});
export type PlanLineResult = z.infer<typeof planLineResultSchema>;

export const planResultSchema = z.object({
  name: z.string(),
  year: count,
  asOf: z.string(),
  regencyName: z.string(),
  villageLabel: z.string(),
  workforce: count,
  workforceSource: z.string().nullable(),
  targetPercent: z.number(),
  targetSource: z.enum(['stored', 'scenario']),
  targetWorkers: count,
  premium: count,
  months: count,
  baseline: count,
  baselineBasis: z.enum(['bpjs_recap', 'worker_data']),
  recapMonth: z.string().nullable(),
  baselineNote: z.string(),
  /** Current beneficiaries whose enrolment ends before the plan year (renewed or not). */
  ending: count,
  renewed: count,
  /** Ending and not renewed: they leave the baseline. */
  leavers: count,
  lines: z.array(planLineResultSchema),
  /** Every line's workers except renewals (those stay in the baseline). */
  added: count,
  projectedActive: count,
  projectedCoverage: z.number(),
  targetReached: z.boolean(),
  remainingGapWorkers: count,
  remainingGapRupiah: z.number(),
  totalCost: z.number(),
  costBySource: z.array(z.object({ source: z.string(), label: z.string(), workers: count, cost: z.number() })),
  perKecamatan: z.array(
    z.object({
      code: z.string().nullable(),
      name: z.string(),
      workforce: count.nullable(),
      baseline: count,
      leavers: count,
      added: count,
      projected: count,
      coverage: z.number().nullable(),
      targetWorkers: count.nullable(),
      gap: count.nullable(),
      /** Workers added per source key (apbd_kabupaten …, employer, construction). */
      bySource: z.record(z.string(), count),
      /** Their cost per source key (renewals are not placed by kecamatan). */
      costBySource: z.record(z.string(), z.number()),
    }),
  ),
  perNagari: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      districtCode: z.string().nullable(),
      districtName: z.string(),
      leavers: count,
      renewed: count,
      lines: z.array(z.object({ source: z.enum(FUNDING_SOURCES), label: z.string(), budget: z.number(), workers: count, cost: z.number() })),
      workers: count,
      cost: z.number(),
    }),
  ),
  compliance: z
    .object({ asOf: z.string(), uncoveredWageWorkers: count, unregisteredProjectWorkers: count })
    .nullable(),
  /** The arithmetic, one step per line, as a budget officer checks it. */
  steps: z.array(z.object({ label: z.string(), formula: z.string(), value: z.string() })),
  notes: z.array(z.string()),
});
export type PlanResult = z.infer<typeof planResultSchema>;

/** The plan marked as chosen, as the leadership report carries it (its last section). */
export const chosenPlanSchema = z.object({
  id: count,
  name: z.string(),
  /** Why today's data cannot compute it, when it cannot. */
  problem: z.string().nullable(),
  result: planResultSchema.nullable(),
});
export type ChosenPlan = z.infer<typeof chosenPlanSchema>;

export const savedPlanSchema = z.object({
  id: count,
  name: z.string(),
  year: count,
  asOf: z.string(),
  chosen: z.boolean(),
  actor: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  scenario: planScenarioSchema,
  /** Computed now; null with the reason when today's data no longer allows it (e.g. the workforce was removed). */
  result: planResultSchema.nullable(),
  problem: z.string().nullable(),
});
export type SavedPlan = z.infer<typeof savedPlanSchema>;

export const planLimitSchema = z.object({
  source: planSourceSchema,
  maxBudget: rupiah('Batas anggaran'),
  premium: planPremiumSchema.optional(),
});

export const planMethods = {
  'plans.compute': method({
    summary: 'Hitung satu skenario rencana (tanpa menyimpan): dasar, yang keluar, setiap baris, proyeksi dan sisa kekurangan.',
    access: 'read',
    input: z.object({ scenario: planScenarioSchema }),
    output: planResultSchema,
  }),
  'plans.list': method({
    summary: 'Skenario rencana yang tersimpan, dengan angka utamanya dihitung dari data hari ini.',
    access: 'read',
    input: z.object({}),
    output: z.array(savedPlanSchema.omit({ scenario: true, result: true }).extend({
      projectedCoverage: z.number().nullable(),
      targetPercent: z.number().nullable(),
      totalCost: z.number().nullable(),
      remainingGapWorkers: count.nullable(),
    })),
  }),
  'plans.get': method({
    summary: 'Satu skenario tersimpan dengan hasil hitungnya.',
    access: 'read',
    input: z.object({ id: count }),
    output: savedPlanSchema,
  }),
  'plans.save': method({
    summary: 'Simpan skenario (baru, atau menimpa yang bernomor id). Nama harus unik.',
    access: 'operate',
    input: z.object({ id: count.optional(), scenario: planScenarioSchema }),
    output: savedPlanSchema,
  }),
  'plans.delete': method({
    summary: 'Hapus skenario tersimpan.',
    access: 'operate',
    input: z.object({ id: count }),
    output: okOutput,
  }),
  'plans.choose': method({
    summary: 'Tandai skenario sebagai rencana terpilih (masuk laporan pimpinan), atau batalkan tandanya.',
    access: 'operate',
    input: z.object({ id: count, chosen: z.boolean().default(true) }),
    output: savedPlanSchema,
  }),
  'plans.cheapest': method({
    summary: 'Susunan termurah untuk mencapai target: pemberi kerja dan konstruksi dulu (tanpa biaya), lalu sumber dana dari yang termurah per pekerja-tahun, dalam batas masing-masing.',
    access: 'read',
    input: z.object({
      scenario: planScenarioSchema,
      limits: z.array(planLimitSchema).max(20),
      employerShareMax: shareSchema('Bagian pemberi kerja paling banyak').default(0),
      constructionShareMax: shareSchema('Bagian proyek konstruksi paling banyak').default(0),
    }),
    output: z.object({
      scenario: planScenarioSchema,
      result: planResultSchema,
      reachable: z.boolean(),
      /** What the mix did, step by step, and why the target cannot be reached when it cannot. */
      explanation: z.array(z.string()),
    }),
  }),
  'plans.export': method({
    summary: 'Rencana sebagai PDF (kop surat, angka, perhitungan, grafik, lampiran per nagari dan per sumber), Excel atau JSON.',
    access: 'read',
    input: z
      .object({ id: count.optional(), scenario: planScenarioSchema.optional(), format: z.enum(['pdf', 'xlsx', 'json']) })
      .refine((i) => (i.id === undefined) !== (i.scenario === undefined), { error: 'Pilih skenario tersimpan atau kirim skenarionya.' }),
    output: fileRefSchema,
  }),
  'plans.readNagariSheet': method({
    summary: 'Baca anggaran per nagari dari lembar kerja (.xlsx, .xls, .ods atau .csv): nama atau kode nagari dan jumlah Rupiah.',
    access: 'operate',
    input: z.object({ fileId: fileIdSchema }),
    output: z.object({
      entries: z.array(z.object({ code: z.string(), name: z.string(), districtName: z.string(), budget: z.number(), row: count })),
      rejected: z.array(z.object({ row: count, message: z.string() })),
      notes: z.array(z.string()),
    }),
  }),
};
