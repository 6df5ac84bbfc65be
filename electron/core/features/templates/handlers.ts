import type { ParsedInput } from '../../../../shared/contract';
import { COMMON_OCCUPATIONS } from '../../../../shared/domain/occupations';
import { ktpWorkingOccupationNames } from '../../../../shared/domain/ktpOccupations';
import { TEMPLATE_KIND_INFO } from '../../../../shared/domain/templates';
import type { CoreContext } from '../../platform/context';
import type { Handlers } from '../../platform/handlers';
import { describeProgram, requireProgram } from '../programs/programs';
import { readSettings, requireRegency } from '../settings/settings';
import type { TemplateLists, TemplateSpec } from './spec';
import { complianceTemplate } from './complianceTemplates';
import { nagariBudgetTemplate } from './nagariBudgetTemplate';
import { beneficiariesTemplate, workersTemplate } from './workerTemplates';
import { workforceTemplate } from './workforceTemplate';
import { writeTemplate } from './writeTemplate';

/**
 * The regency's kecamatan and villages, and the occupations for the drop-down lists: the ones
 * offices use, those already in the database, then the working occupations as the KTP prints them
 * (the importer reads every one of them as its KTP occupation).
 */
export function templateLists(ctx: CoreContext): TemplateLists {
  const regency = requireRegency(ctx.store);
  const villages = ctx.store.regions.byLevel('village');
  const known = ctx.store.workers.occupations().map((o) => o.occupation);
  const occupations = [...COMMON_OCCUPATIONS];
  const seen = new Set(occupations.map((o) => o.toLowerCase()));
  for (const occupation of [...known, ...ktpWorkingOccupationNames()]) {
    if (seen.has(occupation.toLowerCase())) continue;
    seen.add(occupation.toLowerCase());
    occupations.push(occupation);
  }
  return {
    regencyName: regency.name,
    villageLabel: readSettings(ctx.store).villageLabel,
    districts: ctx.store.regions.byLevel('district').map((d) => ({
      name: d.name,
      code: d.code,
      villages: villages.filter((v) => v.parent_code === d.code).map((v) => v.name),
    })),
    occupations,
  };
}

export function templateSpec(ctx: CoreContext, input: ParsedInput<'templates.write'>): TemplateSpec {
  const lists = templateLists(ctx);
  switch (input.kind) {
    case 'workers':
      return workersTemplate(lists);
    case 'beneficiaries': {
      const program = input.programId === undefined ? null : describeProgram(ctx.store, requireProgram(ctx.store, input.programId), ctx.now());
      return beneficiariesTemplate(lists, program);
    }
    case 'workforce':
      return workforceTemplate(lists, input.year ?? ctx.now().getFullYear() - 1);
    case 'nagari_budget':
      return nagariBudgetTemplate(lists, input.year ?? ctx.now().getFullYear() + 1);
    case 'oss':
    case 'wlkp':
    case 'bpjs_employers':
    case 'packages':
    case 'bpjs_projects':
      return complianceTemplate(lists, input.kind);
  }
}

export const templateHandlers = {
  'templates.write': async (input, ctx) => {
    const spec = templateSpec(ctx, input);
    const target = ctx.files.tempPath(spec.fileName);
    await writeTemplate(spec, templateLists(ctx), target, ctx.now());
    ctx.audit('templates.write', { kind: input.kind, label: TEMPLATE_KIND_INFO[input.kind].label, programId: input.programId ?? null, year: input.year ?? null });
    return ctx.files.register(target, spec.fileName, true);
  },
} satisfies Partial<Handlers>;
