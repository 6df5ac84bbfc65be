import { conflict } from '../../platform/errors';
import type { Handlers } from '../../platform/handlers';
import { createProgram, describeProgram, requireProgram, updateProgram } from './programs';

export const programHandlers = {
  'programs.list': (input, ctx) =>
    ctx.store.programs
      .all()
      .filter((p) => (input.year === undefined || p.year === input.year) && (input.includeClosed || p.status === 'active'))
      .map((p) => describeProgram(ctx.store, p, ctx.now())),
  'programs.get': (input, ctx) => describeProgram(ctx.store, requireProgram(ctx.store, input.id), ctx.now()),
  'programs.create': (input, ctx) => createProgram(ctx, input),
  'programs.update': (input, ctx) => updateProgram(ctx, input.id, input.program),
  'programs.close': (input, ctx) => {
    const program = requireProgram(ctx.store, input.id);
    ctx.store.transaction(() => {
      ctx.store.programs.setStatus(program.id, input.reopen ? 'active' : 'closed', ctx.now().toISOString());
      ctx.audit(input.reopen ? 'programs.reopen' : 'programs.close', { id: program.id, name: program.name });
    });
    return describeProgram(ctx.store, requireProgram(ctx.store, input.id), ctx.now());
  },
  'programs.delete': (input, ctx) => {
    const program = requireProgram(ctx.store, input.id);
    const { beneficiaries } = ctx.store.programs.stats(program.id);
    if (beneficiaries > 0) {
      throw conflict(`Program "${program.name}" punya ${beneficiaries} penerima dan tidak dapat dihapus. Tutup program itu bila tidak dipakai lagi.`);
    }
    if (ctx.store.finance.usesProgram(program.id)) {
      throw conflict(`Program "${program.name}" sudah punya tagihan, pembayaran atau berkas pendaftaran dan tidak dapat dihapus. Tutup program itu bila tidak dipakai lagi.`);
    }
    ctx.store.transaction(() => {
      ctx.store.programs.remove(program.id);
      ctx.audit('programs.delete', { id: program.id, name: program.name });
    });
    return { ok: true as const };
  },
} satisfies Partial<Handlers>;
