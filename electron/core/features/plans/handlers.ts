import type { Handlers } from '../../platform/handlers';
import { requireRegency, readSettings } from '../settings/settings';
import { exportPlan } from './export';
import { readNagariSheet } from './nagariSheet';
import { cheapestScenario, choosePlan, computeScenario, deletePlan, describePlan, requirePlan, savePlan } from './plans';

export const planHandlers = {
  'plans.compute': (input, ctx) => computeScenario(ctx.store, input.scenario),
  'plans.list': (_input, ctx) =>
    ctx.store.plans.all().map((row) => {
      const { scenario: _scenario, result, ...plan } = describePlan(ctx.store, row);
      return {
        ...plan,
        projectedCoverage: result?.projectedCoverage ?? null,
        targetPercent: result?.targetPercent ?? null,
        totalCost: result?.totalCost ?? null,
        remainingGapWorkers: result?.remainingGapWorkers ?? null,
      };
    }),
  'plans.get': (input, ctx) => describePlan(ctx.store, requirePlan(ctx.store, input.id)),
  'plans.save': (input, ctx) => savePlan(ctx, input.scenario, input.id),
  'plans.delete': (input, ctx) => {
    deletePlan(ctx, input.id);
    return { ok: true as const };
  },
  'plans.choose': (input, ctx) => choosePlan(ctx, input.id, input.chosen),
  'plans.cheapest': (input, ctx) => cheapestScenario(ctx.store, input),
  'plans.export': (input, ctx) => exportPlan(ctx, input),
  'plans.readNagariSheet': async (input, ctx) => {
    const file = ctx.files.resolve(input.fileId);
    requireRegency(ctx.store);
    return readNagariSheet(file.path, file.name, {
      villages: ctx.store.regions.byLevel('village'),
      districts: ctx.store.regions.byLevel('district'),
      villageLabel: readSettings(ctx.store).villageLabel,
    });
  },
} satisfies Partial<Handlers>;
