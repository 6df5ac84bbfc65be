import { z } from 'zod';
import { isMonth } from '../domain/months';
import { cleanText } from '../domain/text';

/** Schemas used by several features. Messages are what the user reads. */

export const yearSchema = z
  .number({ error: 'Tahun harus berupa angka.' })
  .int({ error: 'Tahun harus bilangan bulat.' })
  .min(2000, { error: 'Tahun harus antara 2000 dan 2100.' })
  .max(2100, { error: 'Tahun harus antara 2000 dan 2100.' });

export const regionCodeSchema = z
  .string({ error: 'Kode wilayah harus diisi.' })
  .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, {
    error: 'Kode wilayah harus berformat Kemendagri, misalnya 13.11 atau 13.11.01.',
  });

export const regencyCodeSchema = z
  .string({ error: 'Kode kabupaten harus diisi.' })
  .regex(/^\d{2}\.\d{2}$/, { error: 'Kode kabupaten harus berformat 13.11 (dua angka, titik, dua angka).' });

export const fileIdSchema = z.string().min(1, { error: 'Berkas belum dipilih.' });

/** A file the user chose: opened through the Electron dialog or uploaded to the bridge. */
export const fileRefSchema = z.object({
  fileId: z.string(),
  name: z.string(),
  size: z.number().int().nonnegative(),
});
export type FileRef = z.infer<typeof fileRefSchema>;

export const emptyInput = z.object({}).strict();
export const okOutput = z.object({ ok: z.literal(true) });

export const monthSchema = z.string().refine(isMonth, { error: 'Bulan harus berformat TTTT-BB, misalnya 2025-01.' });

/** Names a long job (an import, an export) so its progress and cancel can find it. */
export const jobIdSchema = z.string().min(8).max(64);

/**
 * Free text a person types or pastes: control characters, bidirectional overrides and isolates, stray
 * direction marks, invisible joiners and emoji are taken out (shared/domain/text.ts), then it is
 * trimmed; chain .min/.max as on any string. `textLine` for one line (a name, a title, a place: line
 * breaks become spaces), `textBlock` for text that may have lines (a note, a reason).
 */
export const textLine = (params?: { error: string }) => z.string(params).overwrite((text) => cleanText(text)).trim();
export const textBlock = (params?: { error: string }) => z.string(params).overwrite((text) => cleanText(text, { multiline: true })).trim();
