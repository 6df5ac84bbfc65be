import { z } from 'zod';
import { emptyInput } from './common';
import { method } from './method';

export const DEFAULT_OFFICE_PORT = 8443;

export const sharingStatusSchema = z.object({
  /** Kantor bersama is on: the PC serves Cakap to the office network, to signed-in accounts only. */
  enabled: z.boolean(),
  /** The address it listens on: one of this PC's network addresses, never every address at once. */
  host: z.string().nullable(),
  port: z.number().int(),
  /** The address colleagues type, e.g. https://192.168.1.10:8443 */
  url: z.string().nullable(),
  /** This PC's addresses on the office network, to choose from. */
  addresses: z.array(z.object({ interface: z.string(), address: z.string() })),
  certificate: z
    .object({
      /** SHA-256 fingerprint to compare with what the browser shows before accepting its warning. */
      fingerprint: z.string(),
      validUntil: z.string(),
      hosts: z.array(z.string()),
    })
    .nullable(),
  activeAccounts: z.number().int(),
  /** What the server reports: running at url, or why it could not start. */
  running: z.object({ url: z.string().nullable(), error: z.string().nullable() }),
});
export type SharingStatus = z.infer<typeof sharingStatusSchema>;

export const sharingMethods = {
  'sharing.status': method({
    summary: 'Kantor bersama: apakah aktif, di alamat mana, dan sidik jari sertifikatnya.',
    access: 'admin',
    input: emptyInput,
    output: sharingStatusSchema,
  }),
  'sharing.enable': method({
    summary: 'Nyalakan kantor bersama di satu alamat komputer ini, dengan HTTPS dan akun bernama.',
    access: 'admin',
    input: z.object({
      host: z.string().trim().min(1, { error: 'Pilih alamat jaringan komputer ini.' }).max(45),
      port: z
        .number({ error: 'Nomor port harus angka.' })
        .int()
        .min(1024, { error: 'Nomor port harus 1024–65535.' })
        .max(65535, { error: 'Nomor port harus 1024–65535.' })
        .default(DEFAULT_OFFICE_PORT),
    }),
    output: sharingStatusSchema,
  }),
  'sharing.disable': method({
    summary: 'Matikan kantor bersama: hanya komputer ini yang memakai Cakap.',
    access: 'admin',
    input: emptyInput,
    output: sharingStatusSchema,
  }),
};
