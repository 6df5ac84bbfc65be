import crypto from 'node:crypto';
import fs from 'node:fs';
import type { PackageWritten } from '../../../../shared/contract/package';
import { localIsoDate } from '../../../../shared/domain/months';
import { maskNiksDeep } from '../../../../shared/domain/nik';
import type { CoreContext } from '../../platform/context';
import { conflict } from '../../platform/errors';
import { regencyFileSlug } from '../../platform/files/names';
import { readOffice } from '../office/office';
import { coverageJob } from '../report/jobs';
import { readSettings, requireRegency } from '../settings/settings';
import { serializePackage, type PackageBody } from './packageFile';


/** package.write: the regency's figures at a date, as a package for the province (packageFile.ts). */
export async function writePackage(ctx: CoreContext, asOfGiven: string | undefined): Promise<PackageWritten> {
  if (readSettings(ctx.store).mode === 'province') throw conflict('Paket dibuat oleh kabupaten/kota; basis data ini milik provinsi.');
  const regency = requireRegency(ctx.store);
  const settings = readSettings(ctx.store);
  const asOf = asOfGiven ?? localIsoDate(ctx.now());
  const report = await ctx.jobs.run(coverageJob, { asOf, now: ctx.now() }, { jobId: crypto.randomUUID() });
  const office = readOffice(ctx.store);
  const body: PackageBody = {
    regency: { code: regency.code, name: regency.name, provinceCode: settings.provinceCode ?? regency.code.slice(0, 2), provinceName: settings.provinceName ?? '' },
    letterhead: { governmentLine: office.governmentLine, officeName: office.officeName, address: office.address, contact: office.contact, logoDataUrl: office.logo?.dataUrl ?? null },
    exportedAt: ctx.now().toISOString(),
    exportedBy: { office: office.officeName, actor: ctx.actor },
    asOf,
    // Aggregates only; should a 16-digit number ever reach a text of the report, it leaves masked.
    report: maskNiksDeep(report),
  };
  const { text, sha256 } = serializePackage(body);
  const name = `paket-${regencyFileSlug(regency.name)}-${asOf}.cakap`;
  const file = ctx.files.tempPath(name);
  fs.writeFileSync(file, text);
  ctx.audit('package.write', { asOf, file: name, sha256 });
  return { file: ctx.files.register(file, name, true), regency: { code: regency.code, name: regency.name }, asOf, sha256 };
}
