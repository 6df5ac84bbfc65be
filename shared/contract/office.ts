import { z } from 'zod';
import { isValidNip, normalizeNip } from '../domain/nip';
import { emptyInput, fileIdSchema, textBlock, textLine } from './common';
import { method } from './method';

/**
 * The office behind the leadership report: its letterhead (kop surat) and who signs. Kept in the
 * settings table; the government line and office name fall back to defaults until someone sets them.
 */

export const LOGO_MAX_BYTES = 1024 * 1024;

const line = (max: number, what: string) => textLine().max(max, { error: `${what} paling panjang ${max} huruf.` });

/** One to three lines (a long title or an address may be written on several). */
const lines = (max: number, what: string) =>
  textBlock()
    .max(max, { error: `${what} paling panjang ${max} huruf.` })
    .refine((text) => text.split('\n').length <= 3, { error: `${what} paling banyak 3 baris.` });

export const signerSchema = z.object({
  /** Where the report is signed, e.g. "Padang Aro"; empty: only the date is printed. */
  place: line(60, 'Tempat penandatanganan'),
  /** E.g. "Kepala Dinas Tenaga Kerja Kabupaten Solok Selatan". */
  title: lines(150, 'Jabatan penanda tangan'),
  name: line(100, 'Nama penanda tangan'),
  /** Pangkat/golongan, optional, e.g. "Pembina Utama Muda (IV/c)". */
  rank: line(80, 'Pangkat/golongan'),
  /** 18 digits, or empty. */
  nip: z.string(),
});

const nipInput = z
  .string()
  .transform(normalizeNip)
  .refine((nip) => nip === '' || isValidNip(nip), { error: 'NIP harus 18 angka, misalnya 19750312 200003 1 004.' });

export const officeSchema = z.object({
  governmentLine: z.string(),
  officeName: z.string(),
  address: z.string(),
  /** Telephone, e-mail, website: one line under the address. */
  contact: z.string(),
  signer: signerSchema,
  logo: z
    .object({
      mimeType: z.enum(['image/png', 'image/jpeg']),
      size: z.number().int(),
      width: z.number().int(),
      height: z.number().int(),
      /** data: URL, for the preview and the PDF. */
      dataUrl: z.string(),
    })
    .nullable(),
  /** What an empty government line or office name falls back to. */
  defaults: z.object({ governmentLine: z.string(), officeName: z.string() }),
});
export type Office = z.infer<typeof officeSchema>;

export const officeMethods = {
  'office.get': method({
    summary: 'Kop surat (pemerintah, kantor, alamat, kontak, logo) dan penanda tangan laporan.',
    access: 'read',
    input: emptyInput,
    output: officeSchema,
  }),
  'office.set': method({
    summary: 'Simpan kop surat dan penanda tangan. Baris pemerintah atau nama kantor kosong = kembali ke bawaan.',
    access: 'admin',
    input: z.object({
      governmentLine: line(100, 'Baris pemerintah'),
      officeName: line(100, 'Nama kantor'),
      address: lines(200, 'Alamat'),
      contact: line(200, 'Telepon/e-mail'),
      signer: signerSchema.extend({ nip: nipInput }),
    }),
    output: officeSchema,
  }),
  'office.setLogo': method({
    summary: 'Pasang logo kop surat dari berkas PNG atau JPEG (paling besar 1 MB).',
    access: 'admin',
    input: z.object({ fileId: fileIdSchema }),
    output: officeSchema,
  }),
  'office.removeLogo': method({
    summary: 'Hapus logo kop surat.',
    access: 'admin',
    input: emptyInput,
    output: officeSchema,
  }),
};
