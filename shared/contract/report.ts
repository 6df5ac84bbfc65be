import { z } from 'zod';
import { FUNDING_SOURCES, SEGMENTS } from '../domain/programs';
import { method } from './method';
import { chosenPlanSchema } from './plans';
import { fileRefSchema, textBlock } from './common';
import { complianceSummarySchema } from './compliance';
import { financeSummarySchema } from './finance';

/**
 * Every figure of the leadership report, computed once by the coverage engine and read by the
 * Dasbor, the PDF, the Excel workbook and the JSON export alike. Percentages are in percent units
 * (19.22 means 19,22 %); money in whole Rupiah; months as "YYYY-MM"; dates as "YYYY-MM-DD".
 */

const count = z.number().int();
const percent = z.number().nullable();

export const districtCoverageSchema = z.object({
  code: z.string(),
  name: z.string(),
  workforce: count.nullable(),
  /** Active participants: from the BPJS recap when there is one, else from the worker data. */
  covered: count,
  percent,
  targetWorkers: count.nullable(),
  gapWorkers: count.nullable(),
  /** Workers paid for by a program this month (distinct NIKs). */
  programCovered: count,
  /** Workers listed in Cakap but not covered this month. */
  pipeline: count,
});

export const coverageReportSchema = z.object({
  generatedAt: z.string(),
  asOf: z.string(),
  month: z.string(),
  year: count,
  regency: z.object({ code: z.string(), name: z.string(), provinceName: z.string() }),
  villageLabel: z.string(),
  /** Where the headline comes from; the PDF says so in words. */
  basis: z.object({
    kind: z.enum(['bpjs_recap', 'worker_data']),
    recapMonth: z.string().nullable(),
    note: z.string(),
  }),
  workforce: z.object({
    total: count.nullable(),
    /** The year of the workforce figures used (the report year, or the latest before it). */
    year: count.nullable(),
    basis: z.enum(['districts', 'regency', 'none']),
    source: z.string().nullable(),
  }),
  target: z.object({ year: count, percent, workers: count.nullable() }),
  coverage: z.object({
    covered: count,
    percent,
    gapPoints: percent,
    gapWorkers: count.nullable(),
    /** The contribution used to price the gap (per worker per month) and how many months are left. */
    premium: count,
    remainingMonths: count,
    gapCost: z.number().nullable(),
    gapCostFullYear: z.number().nullable(),
  }),
  national: z.object({
    /** National UCJ, April 2025, and the RPJMN 2025 target: for the reader's frame of reference. */
    actualPercent: z.number(),
    actualAsOf: z.string(),
    targetPercent: z.number(),
    targetYear: count,
  }),
  byDistrict: z.array(districtCoverageSchema),
  byVillage: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      districtName: z.string(),
      workforce: count.nullable(),
      programCovered: count,
      pipeline: count,
      percent,
    }),
  ),
  /**
   * Workers the per-region tables cannot place, never dropped: per kecamatan those with no nagari (a
   * kecamatan column only, or the kecamatan from the NIK), and those with no region at all (counted
   * in the "Wilayah tidak diketahui" row; covered = by the worker data, null when the headline is a BPJS recap).
   */
  unplaced: z.object({
    noRegion: z.object({ covered: count.nullable(), programCovered: count, pipeline: count }),
    noVillage: z.array(z.object({ districtCode: z.string(), districtName: z.string(), programCovered: count, pipeline: count })),
  }),
  programs: z.array(
    z.object({
      id: count,
      name: z.string(),
      source: z.enum(FUNDING_SOURCES),
      sourceLabel: z.string(),
      sourceDetail: z.string().nullable(),
      year: count,
      from: z.string(),
      to: z.string(),
      premium: count,
      budget: z.number(),
      committed: z.number(),
      remaining: z.number(),
      usedPercent: z.number(),
      beneficiaries: count,
      /** Beneficiaries whose enrolment covers the report month. */
      activeBeneficiaries: count,
      moreWorkersFundable: count,
      status: z.enum(['active', 'closed']),
    }),
  ),
  bySource: z.array(
    z.object({
      source: z.enum(FUNDING_SOURCES),
      label: z.string(),
      programs: count,
      budget: z.number(),
      committed: z.number(),
      activeWorkers: count,
    }),
  ),
  byOccupation: z.array(z.object({ occupation: z.string(), programCovered: count, pipeline: count })),
  trend: z.array(
    z.object({
      month: z.string(),
      active: count,
      bySegment: z.partialRecord(z.enum([...SEGMENTS, 'ALL']), count),
      percent,
    }),
  ),
  pipeline: z.object({ workers: count, projectedCovered: count, projectedPercent: percent }),
  dataQuality: z.object({
    importedBatches: count,
    rejectedRows: count,
    warningRows: count,
    doubleFunded: count,
    puWarnings: count,
    /** Enrolled this month but not an active participant in the newest BPJS list (null: no list yet). */
    notRegistered: count.nullable(),
    bpjsListAsOf: z.string().nullable(),
  }),
  /** Employers and construction projects: the coverage that should cost the regency nothing (null until such a list is imported). */
  compliance: complianceSummarySchema.nullable(),
  /** The loop with the BPJS branch in the report's year: realisation per program, payments prevented, benefits (null until a bill, payment or claim list exists). */
  finance: financeSummarySchema.nullable().optional(),
  findings: z.array(z.string()),
  /** The plan marked as chosen on the Rencana page, or null: the report's last section. */
  chosenPlan: chosenPlanSchema.nullable().optional(),
});
export type CoverageReport = z.infer<typeof coverageReportSchema>;

export const reportMethods = {
  'report.coverage': method({
    summary: 'Semua angka laporan capaian UCJ pada satu tanggal (bawaan: hari ini).',
    access: 'read',
    input: z.object({ asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Tanggal harus berformat TTTT-BB-HH.' }).optional() }),
    output: coverageReportSchema,
  }),
  'report.export': method({
    summary: 'Laporan pimpinan sebagai PDF, Excel atau JSON. NIK pada lampiran disamarkan kecuali diminta lengkap dengan tujuan yang dicatat.',
    access: 'read',
    input: z.object({
      format: z.enum(['pdf', 'xlsx', 'json']),
      asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Tanggal harus berformat TTTT-BB-HH.' }).optional(),
      annex: z.boolean().default(false),
      fullNik: z
        .object({ purpose: textBlock().min(10, { error: 'Tujuan ekspor NIK lengkap paling sedikit 10 huruf.' }).max(300) })
        .optional(),
    }),
    output: fileRefSchema,
  }),
};
