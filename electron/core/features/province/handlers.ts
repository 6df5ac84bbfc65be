import { localIsoDate } from '../../../../shared/domain/months';
import type { Handlers } from '../../platform/handlers';
import { exportProvinceReport } from './export';
import { importPackages } from './importPackages';
import { readProvince, setupProvince } from './province';
import { readProvinceReport } from './report';

export const provinceHandlers = {
  'province.setup': (input, ctx) => setupProvince(ctx, input.code),
  'province.status': (_input, ctx) => {
    const province = readProvince(ctx.store);
    return { province, regencies: province ? ctx.store.regions.byLevel('regency').map((r) => ({ code: r.code, name: r.name })) : [] };
  },
  'province.importPackages': (input, ctx) => importPackages(ctx, input.fileIds),
  'province.report': (input, ctx) => readProvinceReport(ctx.store, input.asOf ?? localIsoDate(ctx.now())),
  'province.export': (input, ctx) => exportProvinceReport(ctx, input.format, input.asOf),
  'province.packages': (_input, ctx) =>
    ctx.store.province.history().map((row) => ({
      id: row.id,
      regencyCode: row.regency_code,
      regencyName: row.regency_name,
      month: row.month,
      asOf: row.as_of,
      exportedAt: row.exported_at,
      exportedBy: row.exported_by,
      fileName: row.file_name,
      sha256: row.sha256,
      importedAt: row.imported_at,
      importedBy: row.imported_by,
      current: row.replaced_at === null,
    })),
} satisfies Partial<Handlers>;
