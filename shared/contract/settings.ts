import { z } from 'zod';
import { method } from './method';
import { emptyInput, regencyCodeSchema, textLine } from './common';

export const settingsSchema = z.object({
  /** A regency's office database, or a province's (which holds only its regencies' packages). */
  mode: z.enum(['regency', 'province']),
  regencyCode: z.string().nullable(),
  regencyName: z.string().nullable(),
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  /** "Nagari", "Desa/Kelurahan" or what the office chose. */
  villageLabel: z.string(),
  /** The label the province would suggest, for the "back to default" button. */
  villageLabelDefault: z.string(),
  /** Whether the regency may still be changed (nothing recorded yet). */
  regencyChangeable: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsMethods = {
  'settings.get': method({
    summary: 'Pengaturan kantor: kabupaten terpilih dan sebutan desa.',
    access: 'read',
    input: emptyInput,
    output: settingsSchema,
  }),
  'settings.setRegency': method({
    summary: 'Pilih kabupaten/kota dan muat kecamatan serta desanya.',
    access: 'admin',
    input: z.object({ code: regencyCodeSchema }),
    output: settingsSchema,
  }),
  'settings.setVillageLabel': method({
    summary: 'Ubah sebutan desa (misalnya Nagari atau Desa/Kelurahan); kosong = ikuti provinsi.',
    access: 'admin',
    input: z.object({
      label: textLine()
        .max(30, { error: 'Sebutan desa paling panjang 30 huruf.' })
        .nullable(),
    }),
    output: settingsSchema,
  }),
};
