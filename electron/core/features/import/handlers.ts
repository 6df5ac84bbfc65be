import type { CoreContext } from '../../platform/context';
import type { Handlers } from '../../platform/handlers';
import { importWorkersJob } from './jobs';
import type { ParsedInput } from '../../../../shared/contract';
import { writeRejectionFile } from './rejectionFile';
import { undoImport } from './undo';
import { enrollWorkers } from '../enrollments/enroll';
import { requireProgram } from '../programs/programs';
import { CakapError, conflict, invalidInput } from '../../platform/errors';
import { regionResolverOf } from './regionResolver';

async function startImport(ctx: CoreContext, input: ParsedInput<'import.preview'>, mode: 'preview' | 'commit') {
  const file = ctx.files.resolve(input.fileId);
  const village = input.village === undefined ? undefined : chosenVillage(ctx, input.village);
  for (const override of Object.values(input.overrides ?? {})) if (override.village) override.village = chosenVillage(ctx, override.village);
  if (input.programId !== undefined) {
    const program = requireProgram(ctx.store, input.programId);
    if (program.status === 'closed') throw conflict(`Program "${program.name}" sudah ditutup; tidak ada yang diimpor.`);
  }
  const result = await ctx.jobs.run(
    importWorkersJob,
    {
      file: file.path,
      displayName: file.name,
      mode,
      sheet: input.sheet,
      village,
      overrides: input.overrides,
      actor: ctx.actor,
      now: ctx.now(),
      issueLimit: input.issueLimit,
    },
    {
      jobId: input.jobId,
      onProgress: (p) => ctx.emit({ type: 'job.progress', jobId: p.jobId, fraction: p.fraction, rows: p.rows }),
    },
  );
  const taken = result.accepted + result.updated + result.unchanged;
  // OpenSID's program export offers its program: the Cakap program of the same name, when there is one.
  const offer = result.offeredProgram;
  const same = offer ? ctx.store.programs.all().find((p) => p.status === 'active' && p.name.trim().toLowerCase() === offer.name.trim().toLowerCase()) : undefined;
  const offeredProgram = offer ? { ...offer, programId: same?.id ?? null } : null;
  if (input.programId === undefined || mode !== 'commit' || result.batchId === null || taken === 0) return { ...result, offeredProgram, enrollment: null };
  // The import stands on its own; the enrolment is a second step whose refusal is reported, not hidden.
  // Its workers are the batch's (new, updated and unchanged), read from the database one by one.
  try {
    const summary = enrollWorkers(ctx, { programId: input.programId, batchId: result.batchId, dryRun: false, problemLimit: 10_000 });
    return { ...result, offeredProgram, enrollment: { summary, error: null } };
  } catch (error) {
    if (error instanceof CakapError) return { ...result, offeredProgram, enrollment: { summary: null, error: error.message } };
    throw error;
  }
}

/** The nagari an operator names for a whole list (name or code): exactly one of the regency's, or one Indonesian sentence. */
function chosenVillage(ctx: CoreContext, text: string): string {
  const found = regionResolverOf(ctx.store).findVillage(text);
  if (!found.ok) throw invalidInput(found.text);
  return found.code;
}

export const importHandlers = {
  'import.preview': (input, ctx) => startImport(ctx, input, 'preview'),
  'import.commit': (input, ctx) => startImport(ctx, input, 'commit'),
  'import.batches': (input, ctx) => ({
    rows: ctx.store.imports.list(input.limit, input.offset, input.kinds).map((b) => ({
      id: b.id,
      kind: b.kind,
      fileName: b.file_name,
      createdAt: b.created_at,
      actor: b.actor,
      accepted: b.accepted,
      updated: b.updated,
      unchanged: b.unchanged,
      rejected: b.rejected,
      warnings: b.warnings,
      passedOver: b.passed_over,
      undoneAt: b.undone_at,
      undoneBy: b.undone_by,
    })),
    total: ctx.store.imports.count(input.kinds),
  }),
  'import.issues': (input, ctx) => ({
    rows: ctx.store.imports.issues(input.batchId, input.limit, input.offset).map((i) => ({
      severity: i.severity,
      sheet: i.sheet,
      row: i.row,
      column: i.col,
      code: i.code,
      message: i.message,
    })),
  }),
  'import.undo': (input, ctx) => undoImport(ctx, input.batchId),
  'import.rejectionFile': (input, ctx) => writeRejectionFile(ctx, input.batchId),
} satisfies Partial<Handlers>;
