import type { ParsedInput } from '../../../../shared/contract';
import { planScenarioSchema, type PlanResult, type PlanScenario, type SavedPlan } from '../../../../shared/contract/plans';
import type { CoreContext } from '../../platform/context';
import type { PlanRow } from '../../platform/db/queries/plans';
import type { Store } from '../../platform/db/store';
import { CakapError, conflict, notFound } from '../../platform/errors';
import { computePlan } from './arithmetic';
import { cheapestMix } from './cheapest';
import { planInputs } from './inputs';
import { resolveScenario } from './resolve';

/** A scenario's figures from today's data: checked, then computed. Throws an Indonesian sentence on bad input. */
export function computeScenario(store: Store, scenario: PlanScenario): PlanResult {
  const inputs = planInputs(store, scenario.asOf, scenario.year);
  const { resolved, notes } = resolveScenario(inputs, scenario);
  const result = computePlan(inputs, resolved);
  result.notes.push(...notes);
  return result;
}

export function requirePlan(store: Store, id: number): PlanRow {
  const row = store.plans.byId(id);
  if (!row) throw notFound(`Rencana #${id} tidak ditemukan.`);
  return row;
}

/** A saved plan with its figures; a plan today's data can no longer compute says why instead. */
export function describePlan(store: Store, row: PlanRow): SavedPlan {
  const scenario = planScenarioSchema.parse(JSON.parse(row.scenario));
  let result: PlanResult | null = null;
  let problem: string | null = null;
  try {
    result = computeScenario(store, scenario);
  } catch (error) {
    if (!(error instanceof CakapError)) throw error;
    problem = error.message;
  }
  return {
    id: row.id,
    name: row.name,
    year: row.year,
    asOf: row.as_of,
    chosen: row.chosen === 1,
    actor: row.actor,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    scenario,
    result,
    problem,
  };
}

/** Saves a scenario (new, or over plan `id`) only if it computes; audited with its headline figures. */
export function savePlan(ctx: CoreContext, scenario: PlanScenario, id?: number): SavedPlan {
  const result = computeScenario(ctx.store, scenario);
  if (id !== undefined) requirePlan(ctx.store, id);
  const sameName = ctx.store.plans.byName(scenario.name);
  if (sameName && sameName.id !== id) throw conflict(`Nama rencana "${scenario.name}" sudah dipakai rencana #${sameName.id}; pilih nama lain.`);
  const now = ctx.now().toISOString();
  const json = JSON.stringify(scenario);
  const savedId = ctx.store.transaction(() => {
    const newId = id ?? ctx.store.plans.insert(scenario.name, scenario.year, scenario.asOf, json, ctx.actor, now);
    if (id !== undefined) ctx.store.plans.update(id, scenario.name, scenario.year, scenario.asOf, json, ctx.actor, now);
    ctx.audit('plans.save', {
      id: newId,
      name: scenario.name,
      year: scenario.year,
      created: id === undefined,
      projectedCoverage: result.projectedCoverage,
      totalCost: result.totalCost,
    });
    return newId;
  });
  return describePlan(ctx.store, requirePlan(ctx.store, savedId));
}

export function deletePlan(ctx: CoreContext, id: number): void {
  const row = requirePlan(ctx.store, id);
  ctx.store.transaction(() => {
    ctx.store.plans.remove(id);
    ctx.audit('plans.delete', { id, name: row.name, year: row.year });
  });
}

export function choosePlan(ctx: CoreContext, id: number, chosen: boolean): SavedPlan {
  const row = requirePlan(ctx.store, id);
  ctx.store.transaction(() => {
    ctx.store.plans.choose(id, chosen, ctx.now().toISOString());
    ctx.audit('plans.choose', { id, name: row.name, year: row.year, chosen });
  });
  return describePlan(ctx.store, requirePlan(ctx.store, id));
}

/**
 * The cheapest mix for the scenario's target, year and renewals: its funded lines and shares are
 * replaced by the proposal, which is computed like any scenario.
 */
export function cheapestScenario(store: Store, input: ParsedInput<'plans.cheapest'>) {
  const base: PlanScenario = { ...input.scenario, programs: [], employerShare: 0, constructionShare: 0 };
  const before = computeScenario(store, base);
  const compliance = before.compliance;
  const mix = cheapestMix({
    needed: before.targetWorkers - (before.baseline - before.leavers),
    months: base.months,
    premium: base.premium,
    employer: { of: compliance?.uncoveredWageWorkers ?? 0, maxShare: compliance ? input.employerShareMax : 0 },
    construction: { of: compliance?.unregisteredProjectWorkers ?? 0, maxShare: compliance ? input.constructionShareMax : 0 },
    limits: input.limits.map((l) => ({ source: l.source, maxBudget: l.maxBudget, premium: l.premium ?? base.premium })),
  });
  const scenario: PlanScenario = {
    ...base,
    programs: mix.lines.map((l) => ({ source: l.source, budget: l.budget, ...(l.premium !== base.premium ? { premium: l.premium } : {}) })),
    employerShare: mix.employerShare,
    constructionShare: mix.constructionShare,
  };
  const explanation = [...mix.explanation];
  if (!compliance && (input.employerShareMax > 0 || input.constructionShareMax > 0)) {
    explanation.splice(1, 0, 'Belum ada data kepatuhan pemberi kerja dan proyek konstruksi: tuas tanpa biaya itu belum dapat dihitung.');
  }
  return { scenario, result: computeScenario(store, scenario), reachable: mix.reachable, explanation };
}
