import type { Program } from '../../../../shared/contract/programs';
import type { ParsedInput } from '../../../../shared/contract';
import { localIsoDate, monthOf, monthsBetween, maxMonth } from '../../../../shared/domain/months';
import { FUNDING_SOURCE_LABELS, type Benefit, type FundingSource } from '../../../../shared/domain/programs';
import type { CoreContext } from '../../platform/context';
import type { ProgramData, ProgramRow, ProgramStats } from '../../platform/db/queries/programs';
import type { Store } from '../../platform/db/store';
import { conflict, notFound } from '../../platform/errors';

/** A program with its budget arithmetic: committed = Σ months × premium; what the rest still pays for. */
export function describeProgram(store: Store, row: ProgramRow, today: Date, known?: ProgramStats): Program {
  // The coverage report passes the figures it already counted in its one pass over the enrolments.
  const stats = known ?? store.programs.stats(row.id);
  const committed = stats.months * row.premium;
  const remaining = row.budget - committed;
  const monthsLeft = monthsBetween(maxMonth(row.period_from, monthOf(localIsoDate(today))), row.period_to);
  const moreWorkersFundable = remaining > 0 && monthsLeft > 0 ? Math.floor(remaining / (row.premium * monthsLeft)) : 0;
  const quotaLeft = row.quota === null ? Number.POSITIVE_INFINITY : Math.max(0, row.quota - stats.beneficiaries);
  return {
    id: row.id,
    name: row.name,
    source: row.source as FundingSource,
    sourceLabel: FUNDING_SOURCE_LABELS[row.source as FundingSource],
    sourceDetail: row.source_detail,
    year: row.year,
    budget: row.budget,
    premium: row.premium,
    benefits: row.benefits.split(',') as Benefit[],
    from: row.period_from,
    to: row.period_to,
    quota: row.quota,
    agency: row.agency,
    minAge: row.min_age,
    maxAge: row.max_age,
    domicileRequired: row.domicile_required === 1,
    occupations: row.occupations ? (JSON.parse(row.occupations) as string[]) : null,
    excludeOtherSchemes: row.exclude_other_schemes === 1,
    status: row.status,
    beneficiaries: stats.beneficiaries,
    committed,
    remaining,
    moreWorkersFundable: Math.min(moreWorkersFundable, quotaLeft),
    usedPercent: row.budget > 0 ? (committed / row.budget) * 100 : 0,
  };
}

export function requireProgram(store: Store, id: number): ProgramRow {
  const row = store.programs.byId(id);
  if (!row) throw notFound(`Program #${id} tidak ditemukan.`);
  return row;
}

function toData(input: ParsedInput<'programs.create'>): ProgramData {
  return {
    name: input.name,
    source: input.source,
    source_detail: input.sourceDetail,
    year: input.year,
    budget: input.budget,
    premium: input.premium,
    benefits: [...new Set(input.benefits)].join(','),
    period_from: input.from,
    period_to: input.to,
    quota: input.quota,
    agency: input.agency,
    min_age: input.minAge,
    max_age: input.maxAge,
    domicile_required: input.domicileRequired ? 1 : 0,
    occupations: input.occupations && input.occupations.length > 0 ? JSON.stringify(input.occupations) : null,
    exclude_other_schemes: input.excludeOtherSchemes ? 1 : 0,
  };
}

export function createProgram(ctx: CoreContext, input: ParsedInput<'programs.create'>): Program {
  const id = ctx.store.transaction(() => {
    const newId = ctx.store.programs.insert(toData(input), ctx.now().toISOString());
    ctx.audit('programs.create', { id: newId, name: input.name, budget: input.budget });
    return newId;
  });
  return describeProgram(ctx.store, requireProgram(ctx.store, id), ctx.now());
}

export function updateProgram(ctx: CoreContext, id: number, input: ParsedInput<'programs.create'>): Program {
  const before = requireProgram(ctx.store, id);
  const current = describeProgram(ctx.store, before, ctx.now());
  const data = toData(input);
  if (current.beneficiaries > 0) {
    const committed = ctx.store.programs.stats(id).months * data.premium;
    if (committed > data.budget) {
      throw conflict(`Anggaran baru tidak cukup: penerima yang sudah terdaftar memerlukan Rp ${committed.toLocaleString('id-ID')}.`);
    }
    if (data.quota !== null && current.beneficiaries > data.quota) {
      throw conflict(`Kuota baru (${data.quota}) lebih kecil dari jumlah penerima yang sudah terdaftar (${current.beneficiaries}).`);
    }
  }
  ctx.store.transaction(() => {
    ctx.store.programs.update(id, data, ctx.now().toISOString());
    ctx.audit('programs.update', {
      id,
      before: { budget: before.budget, premium: before.premium, quota: before.quota, excludeOtherSchemes: before.exclude_other_schemes === 1 },
      after: { budget: data.budget, premium: data.premium, quota: data.quota, excludeOtherSchemes: data.exclude_other_schemes === 1 },
    });
  });
  return describeProgram(ctx.store, requireProgram(ctx.store, id), ctx.now());
}
