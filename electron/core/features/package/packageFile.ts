import crypto from 'node:crypto';
import { z } from 'zod';
import { coverageReportSchema } from '../../../../shared/contract/report';

/**
 * The regency package (.cakap): what crosses the regency's boundary to its province. Only aggregate
 * figures (UU 27/2022, data minimisation): the leadership report's figures, the chosen plan and the
 * compliance totals inside it, the regency's code and letterhead, and who exported it when. The file
 * is text: a first line naming the format, a second with the SHA-256 of the rest, then the JSON, so
 * a changed byte anywhere shows.
 */
export const PACKAGE_MAGIC = 'CAKAP-PAKET-KABUPATEN 1';
/** A package is tens of kilobytes; anything this large is not one. */
export const PACKAGE_MAX_BYTES = 16 * 1024 * 1024;

export const packageBodySchema = z.object({
  regency: z.object({ code: z.string().regex(/^\d{2}\.\d{2}$/), name: z.string(), provinceCode: z.string(), provinceName: z.string() }),
  letterhead: z.object({ governmentLine: z.string(), officeName: z.string(), address: z.string(), contact: z.string(), logoDataUrl: z.string().nullable() }),
  exportedAt: z.string(),
  exportedBy: z.object({ office: z.string(), actor: z.string() }),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  report: coverageReportSchema,
});
export type PackageBody = z.infer<typeof packageBodySchema>;

export function serializePackage(body: PackageBody): { text: string; sha256: string } {
  const json = JSON.stringify(body);
  const sha256 = crypto.createHash('sha256').update(json, 'utf8').digest('hex');
  return { text: `${PACKAGE_MAGIC}\nsha256 ${sha256}\n${json}\n`, sha256 };
}

export type ParsedPackage = { ok: true; body: PackageBody; sha256: string } | { ok: false; reason: string };

/** Reads a package, checking what it is and its checksum; the reasons are sentences for the province's officer. */
export function parsePackage(bytes: Buffer): ParsedPackage {
  if (bytes.length > PACKAGE_MAX_BYTES) return { ok: false, reason: 'berkas terlalu besar untuk sebuah paket kabupaten.' };
  const text = bytes.toString('utf8');
  const [magic, hashLine, ...rest] = text.split('\n');
  if (magic !== PACKAGE_MAGIC) return { ok: false, reason: 'bukan paket kabupaten Cakap (.cakap).' };
  const stated = /^sha256 ([0-9a-f]{64})$/.exec(hashLine ?? '')?.[1];
  const json = rest.join('\n').replace(/\n$/, '');
  if (!stated || crypto.createHash('sha256').update(json, 'utf8').digest('hex') !== stated) {
    return { ok: false, reason: 'isinya berubah sejak dibuat (checksum tidak cocok); minta kabupaten mengirim paketnya lagi.' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'isi paket tidak dapat dibaca.' };
  }
  const body = packageBodySchema.safeParse(parsed);
  if (!body.success) return { ok: false, reason: 'isi paket tidak sesuai format paket Cakap (dibuat versi lain?).' };
  return { ok: true, body: body.data, sha256: stated };
}
