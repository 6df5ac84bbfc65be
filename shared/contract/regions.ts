import { z } from 'zod';
import { method } from './method';
import { emptyInput } from './common';

export const provinceSchema = z.object({ code: z.string(), name: z.string() });
export const regencySchema = z.object({ code: z.string(), name: z.string(), provinceCode: z.string() });
export const villageSchema = z.object({ code: z.string(), name: z.string() });
export const districtSchema = z.object({
  code: z.string(),
  name: z.string(),
  villages: z.array(villageSchema),
});

export const regionMethods = {
  'regions.provinces': method({
    summary: 'Semua provinsi (kode Kemendagri).',
    access: 'read',
    input: emptyInput,
    output: z.array(provinceSchema),
  }),
  'regions.regencies': method({
    summary: 'Kabupaten/kota di satu provinsi.',
    access: 'read',
    input: z.object({ provinceCode: z.string().regex(/^\d{2}$/, { error: 'Kode provinsi harus dua angka.' }) }),
    output: z.array(regencySchema),
  }),
  'regions.tree': method({
    summary: 'Kecamatan dan desa/nagari kabupaten terpilih.',
    access: 'read',
    input: emptyInput,
    output: z.object({ districts: z.array(districtSchema) }),
  }),
};
