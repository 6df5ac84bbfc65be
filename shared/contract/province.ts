import { z } from 'zod';
import { emptyInput, fileIdSchema, fileRefSchema } from './common';
import { method } from './method';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Tanggal harus berformat TTTT-BB-HH.' });
const count = z.number().int();
const money = z.number();
const percent = z.number().nullable();

/** One regency in the province view, from its newest package for the month (or an earlier one). */
export const provinceRegencySchema = z.object({
  code: z.string(),
  name: z.string(),
  workforce: count.nullable(),
  active: count.nullable(),
  coveragePercent: percent,
  targetPercent: percent,
  gapWorkers: count.nullable(),
  gapRupiah: money.nullable(),
  /** Active workers and budget per funding source, as the regency reported them. */
  sources: z.array(z.object({ source: z.string(), label: z.string(), activeWorkers: count, budget: money })),
  compliance: z
    .object({ uncoveredWageWorkers: count, unregisteredProjects: count, contributionsDue: money, additionalWorkers: count })
    .nullable(),
  /** The regency's chosen plan: its year, projected coverage and cost. */
  planned: z.object({ name: z.string(), year: count, projectedCoverage: z.number(), targetPercent: z.number(), totalCost: money }).nullable(),
  /** The package behind the row: for this month, an earlier month's (received false), or none. */
  received: z.boolean(),
  packageMonth: z.string().nullable(),
  packageAsOf: z.string().nullable(),
  exportedAt: z.string().nullable(),
});
export type ProvinceRegency = z.infer<typeof provinceRegencySchema>;

export const provinceReportSchema = z.object({
  province: z.object({ code: z.string(), name: z.string() }),
  asOf: z.string(),
  month: z.string(),
  regencies: z.array(provinceRegencySchema),
  /** Sums over the regencies with figures; percentages weighted by working population, never an average of percentages. */
  total: z.object({
    regencies: count,
    reporting: count,
    workforce: count,
    active: count,
    coveragePercent: percent,
    targetPercent: percent,
    gapWorkers: count,
    gapRupiah: money,
    sources: z.array(z.object({ source: z.string(), label: z.string(), activeWorkers: count, budget: money })),
    compliance: z.object({ uncoveredWageWorkers: count, unregisteredProjects: count, contributionsDue: money, additionalWorkers: count }),
  }),
  /** The months packages were received for: the province's coverage from the regencies that reported that month. */
  trend: z.array(z.object({ month: z.string(), regencies: count, workforce: count, active: count, coveragePercent: percent })),
  /** Regencies of the province without a package for the month. */
  missing: z.array(z.object({ code: z.string(), name: z.string(), lastMonth: z.string().nullable() })),
});
export type ProvinceReport = z.infer<typeof provinceReportSchema>;

export const provinceImportSchema = z.object({
  imported: count,
  replaced: count,
  refused: z.array(z.object({ file: z.string(), reason: z.string() })),
});
export type ProvinceImport = z.infer<typeof provinceImportSchema>;

export const provinceMethods = {
  'province.setup': method({
    summary: 'Jadikan basis data ini milik provinsi: memuat kabupaten/kotanya, untuk menerima paket mereka.',
    access: 'admin',
    input: z.object({ code: z.string().regex(/^\d{2}$/, { error: 'Kode provinsi harus dua angka, misalnya 13 untuk Sumatera Barat.' }) }),
    output: z.object({ code: z.string(), name: z.string() }),
  }),
  'province.status': method({
    summary: 'Apakah basis data ini milik provinsi, dan kabupaten/kotanya.',
    access: 'read',
    input: emptyInput,
    output: z.object({
      province: z.object({ code: z.string(), name: z.string() }).nullable(),
      regencies: z.array(z.object({ code: z.string(), name: z.string() })),
    }),
  }),
  'province.importPackages': method({
    summary: 'Impor paket kabupaten (.cakap): checksum, kabupaten di provinsi ini, dan tanggalnya diperiksa; paket yang lebih baru untuk bulan yang sama menggantikan yang lama.',
    access: 'operate',
    input: z.object({ fileIds: z.array(fileIdSchema).min(1, { error: 'Pilih paket yang akan diimpor.' }).max(200) }),
    output: provinceImportSchema,
  }),
  'province.report': method({
    summary: 'Capaian setiap kabupaten/kota terhadap targetnya, dan jumlah provinsi.',
    access: 'read',
    input: z.object({ asOf: isoDate.optional() }),
    output: provinceReportSchema,
  }),
  'province.export': method({
    summary: 'Laporan provinsi sebagai PDF (kop provinsi), Excel atau JSON.',
    access: 'read',
    input: z.object({ format: z.enum(['pdf', 'xlsx', 'json']), asOf: isoDate.optional() }),
    output: fileRefSchema,
  }),
  'province.packages': method({
    summary: 'Riwayat paket yang diterima, termasuk yang sudah digantikan.',
    access: 'read',
    input: emptyInput,
    output: z.array(
      z.object({
        id: count,
        regencyCode: z.string(),
        regencyName: z.string(),
        month: z.string(),
        asOf: z.string(),
        exportedAt: z.string(),
        exportedBy: z.string(),
        fileName: z.string(),
        sha256: z.string(),
        importedAt: z.string(),
        importedBy: z.string(),
        current: z.boolean(),
      }),
    ),
  }),
};
