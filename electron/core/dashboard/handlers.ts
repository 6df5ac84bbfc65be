import { workersForPercent } from '../../../shared/domain/coverage';
import type { Handlers } from '../handlers';
import { readSettings } from '../settings/settings';
import { workforceForYear } from '../workforce/handlers';

export const dashboardHandlers = {
  'dashboard.get': (input, ctx) => {
    const settings = readSettings(ctx.store);
    const yearsWithData = ctx.store.workforce.years();
    const year = input.year ?? yearsWithData.at(-1) ?? ctx.now().getFullYear();
    const target = ctx.store.targets.get(year);
    const villageCounts = ctx.store.regions.villageCounts();
    const workforce = settings.regencyCode ? workforceForYear(ctx, year) : { rows: [], total: null, totalBasis: 'none' as const };
    const targetWorkers = target && workforce.total !== null ? workersForPercent(target.percent, workforce.total) : null;
    return {
      regencyName: settings.regencyName,
      villageLabel: settings.villageLabel,
      year,
      yearsWithData,
      totalWorkforce: workforce.total,
      totalBasis: workforce.totalBasis,
      targetPercent: target?.percent ?? null,
      targetWorkers,
      districts: workforce.rows
        .filter((r) => r.level === 'district')
        .map((r) => ({ code: r.areaCode, name: r.areaName, villageCount: villageCounts.get(r.areaCode) ?? 0, workforce: r.count })),
    };
  },
} satisfies Partial<Handlers>;
