import fs from 'node:fs';
import type { ProvinceImport } from '../../../../shared/contract/province';
import { formatDate, formatDateTime, formatMonth } from '../../../../shared/domain/format';
import { localIsoDate } from '../../../../shared/domain/months';
import type { CoreContext } from '../../platform/context';
import { PACKAGE_MAX_BYTES, parsePackage } from '../package/packageFile';
import { requireProvince } from './province';

/**
 * The province imports its regencies' packages. Each is checked before anything is stored: that it
 * is a package and unchanged (its checksum), that its regency belongs to this province, that its
 * date is not in the future, and that it was not imported before. A newer package of the same
 * regency and month replaces the older one for the figures; both stay in the history. Each package
 * is one transaction: one refused package leaves the others as they are.
 */
export function importPackages(ctx: CoreContext, fileIds: readonly string[]): ProvinceImport {
  const province = requireProvince(ctx.store);
  const result: ProvinceImport = { imported: 0, replaced: 0, refused: [] };
  const now = ctx.now();
  for (const fileId of fileIds) {
    const file = ctx.files.resolve(fileId);
    const refuse = (reason: string) => result.refused.push({ file: file.name, reason: `${file.name}: ${reason}` });
    const size = fs.statSync(file.path).size;
    if (size > PACKAGE_MAX_BYTES) {
      refuse('berkas terlalu besar untuk sebuah paket kabupaten.');
      continue;
    }
    const parsed = parsePackage(fs.readFileSync(file.path));
    if (!parsed.ok) {
      refuse(parsed.reason);
      continue;
    }
    const { body, sha256 } = parsed;
    const regency = ctx.store.regions.byCode(body.regency.code);
    if (body.regency.provinceCode !== province.code || regency?.level !== 'regency' || regency.parent_code !== province.code) {
      refuse(`paket ${body.regency.name} (${body.regency.code}) bukan dari kabupaten/kota di Provinsi ${province.name}.`);
      continue;
    }
    if (body.asOf > localIsoDate(now) || Date.parse(body.exportedAt) > now.getTime() + 10 * 60_000) {
      refuse(`tanggal paket (${formatDate(body.asOf)}, dibuat ${formatDateTime(body.exportedAt)}) ada di masa depan; periksa tanggal komputer pengirim.`);
      continue;
    }
    const earlier = ctx.store.province.bySha(sha256);
    if (earlier) {
      refuse(`paket yang sama sudah diimpor pada ${formatDateTime(earlier.imported_at)}.`);
      continue;
    }
    const month = body.asOf.slice(0, 7);
    ctx.store.transaction(() => {
      const current = ctx.store.province.current(body.regency.code, month);
      const id = ctx.store.province.insert({
        regency_code: body.regency.code,
        regency_name: regency.name,
        month,
        as_of: body.asOf,
        exported_at: body.exportedAt,
        exported_by: `${body.exportedBy.office} (${body.exportedBy.actor})`,
        sha256,
        body: JSON.stringify(body),
        file_name: file.name,
        imported_at: now.toISOString(),
        imported_by: ctx.actor,
      });
      // The newer of the two counts; the other stays in the history.
      if (current && current.exported_at > body.exportedAt) ctx.store.province.replace(id, now.toISOString());
      else if (current) {
        ctx.store.province.replace(current.id, now.toISOString());
        result.replaced++;
      }
      result.imported++;
      ctx.audit('province.importPackage', { regency: body.regency.code, month: formatMonth(month), asOf: body.asOf, sha256, file: file.name, replaced: current?.id ?? null });
    });
  }
  return result;
}
