import { z } from 'zod';
import { method } from './method';
import { emptyInput, fileIdSchema, regionCodeSchema, textLine, yearSchema } from './common';

const workerCount = z
  .number({ error: 'Jumlah penduduk bekerja harus berupa angka.' })
  .int({ error: 'Jumlah penduduk bekerja harus bilangan bulat.' })
  .min(0, { error: 'Jumlah penduduk bekerja tidak boleh negatif.' })
  .max(100_000_000, { error: 'Jumlah penduduk bekerja terlalu besar.' });

export const workforceRowSchema = z.object({
  areaCode: z.string(),
  areaName: z.string(),
  level: z.enum(['regency', 'district']),
  count: z.number().int().nullable(),
  source: z.string().nullable(),
});
export type WorkforceRow = z.infer<typeof workforceRowSchema>;

export const workforceMethods = {
  'workforce.years': method({
    summary: 'Tahun-tahun yang sudah punya data penduduk bekerja.',
    access: 'read',
    input: emptyInput,
    output: z.array(yearSchema),
  }),
  'workforce.get': method({
    summary: 'Penduduk bekerja per kecamatan (dan total kabupaten) untuk satu tahun.',
    access: 'read',
    input: z.object({ year: yearSchema }),
    output: z.object({
      year: yearSchema,
      rows: z.array(workforceRowSchema),
      /** Sum of the kecamatan figures, or the kabupaten figure when no kecamatan has one. */
      total: z.number().int().nullable(),
      totalBasis: z.enum(['districts', 'regency', 'none']),
    }),
  }),
  'workforce.save': method({
    summary: 'Simpan penduduk bekerja satu tahun (semua baris sekaligus); kosong = hapus angka.',
    access: 'admin',
    input: z.object({
      year: yearSchema,
      source: textLine().max(200, { error: 'Sumber data paling panjang 200 huruf.' }).nullable().default(null),
      entries: z
        .array(z.object({ areaCode: regionCodeSchema, count: workerCount.nullable() }))
        .max(10_000, { error: 'Terlalu banyak baris.' }),
    }),
    output: z.object({ saved: z.number().int(), removed: z.number().int() }),
  }),
  'workforce.importFile': method({
    summary: 'Baca penduduk bekerja per kecamatan dari berkas .xlsx, .xls, .ods atau .csv.',
    access: 'admin',
    input: z.object({
      fileId: fileIdSchema,
      year: yearSchema,
      source: textLine().max(200).nullable().default(null),
    }),
    output: z.object({
      saved: z.number().int(),
      total: z.number().int(),
      /** Names in the file that were matched loosely, so the user can check them. */
      notes: z.array(z.string()),
    }),
  }),
};
