import fs from 'node:fs';
import type { FileRef, ParsedInput } from '../../../../shared/contract';
import type { CoreContext } from '../../platform/context';
import { readOffice } from '../office/office';
import { readSettings } from '../settings/settings';
import { renderPlanPdf } from './pdf';
import { computeScenario, describePlan, requirePlan } from './plans';
import { renderPlanXlsx } from './xlsx';
import { fileSlug } from '../../platform/files/names';

const slug = (text: string) => fileSlug(text, 'rencana');

/**
 * plans.export: a saved plan (by id) or the scenario on screen, computed from today's data and written
 * as PDF, Excel or JSON into Cakap's temporary folder. Every export is written to the audit log.
 */
export async function exportPlan(ctx: CoreContext, input: ParsedInput<'plans.export'>): Promise<FileRef> {
  const saved = input.id !== undefined ? describePlan(ctx.store, requirePlan(ctx.store, input.id)) : null;
  const scenario = saved ? saved.scenario : input.scenario!;
  const plan = computeScenario(ctx.store, scenario);
  const regency = (readSettings(ctx.store).regencyName ?? '').replace(/^(kabupaten|kota)\s+/i, '');
  const name = `rencana-ucj-${slug(regency)}-${plan.year}-${slug(plan.name)}.${input.format}`;
  const file = ctx.files.tempPath(name);
  const now = ctx.now();
  try {
    if (input.format === 'json') fs.writeFileSync(file, `${JSON.stringify({ id: saved?.id ?? null, chosen: saved?.chosen ?? false, ...plan }, null, 2)}\n`);
    else if (input.format === 'pdf') await renderPlanPdf(plan, readOffice(ctx.store), now, file);
    else await renderPlanXlsx(plan, now, file);
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  }
  ctx.audit('plans.export', { id: saved?.id ?? null, name: plan.name, year: plan.year, format: input.format, file: name });
  return ctx.files.register(file, name, true);
}
