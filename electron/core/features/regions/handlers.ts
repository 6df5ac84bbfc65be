import type { Handlers } from '../../platform/handlers';
import { provinces, regencies } from './areaData';

export const regionHandlers = {
  'regions.provinces': async () => (await provinces()).map(({ code, name }) => ({ code, name })),
  'regions.regencies': async (input) =>
    (await regencies())
      .filter((r) => r.parentCode === input.provinceCode)
      .map((r) => ({ code: r.code, name: r.name, provinceCode: r.parentCode! })),
  'regions.tree': (_input, ctx) => {
    const villages = ctx.store.regions.byLevel('village');
    return {
      districts: ctx.store.regions.byLevel('district').map((d) => ({
        code: d.code,
        name: d.name,
        villages: villages.filter((v) => v.parent_code === d.code).map((v) => ({ code: v.code, name: v.name })),
      })),
    };
  },
} satisfies Partial<Handlers>;
