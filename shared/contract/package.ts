import { z } from 'zod';
import { fileRefSchema } from './common';
import { method } from './method';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Tanggal harus berformat TTTT-BB-HH.' });

/** What the regency writes for its province: figures only (no NIK, no name of a person), checksummed. */
export const packageWrittenSchema = z.object({
  file: fileRefSchema,
  regency: z.object({ code: z.string(), name: z.string() }),
  asOf: z.string(),
  sha256: z.string(),
});
export type PackageWritten = z.infer<typeof packageWrittenSchema>;

export const packageMethods = {
  'package.write': method({
    summary: 'Paket kabupaten untuk provinsi (.cakap): angka laporan pimpinan, rencana terpilih dan kepatuhan, tanpa NIK atau nama, dengan checksum.',
    access: 'operate',
    input: z.object({ asOf: isoDate.optional() }),
    output: packageWrittenSchema,
  }),
};
