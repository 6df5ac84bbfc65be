import { monthsBetween } from '../../../shared/domain/months';
import { END_REASON_LABELS, type EndReason } from '../../../shared/domain/programs';
import { conflict, invalidInput, notFound } from '../errors';
import type { Handlers } from '../handlers';
import { enrollWorkers } from './enroll';
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
    ctx.store.transaction(() => {
      ctx.store.programs.remove(program.id);
      ctx.audit('programs.delete', { id: program.id, name: program.name });
    });
    return { ok: true as const };
  },
  'enrollments.add': (input, ctx) => enrollWorkers(ctx, input),
  'enrollments.list': (input, ctx) => {
    const program = requireProgram(ctx.store, input.programId);
    const { rows, total } = ctx.store.programs.listEnrollments(program.id, input.search, input.offset, input.limit);
    return {
      total,
      rows: rows.map((r) => ({
        id: r.id,
        workerId: r.worker_id,
        nik: r.nik,
        name: r.name,
        villageName: r.village_name,
        from: r.month_from,
        to: r.month_to,
        months: r.months,
        cost: r.months * program.premium,
        endedReason: r.ended_reason as EndReason | null,
        doubleFundingReason: r.double_funding_reason,
        puWarning: r.pu_warning === 1,
      })),
    };
  },
  'enrollments.end': (input, ctx) => {
    const enrollment = ctx.store.programs.enrollmentById(input.enrollmentId);
    if (!enrollment) throw notFound('Kepesertaan tidak ditemukan.');
    if (input.lastMonth < enrollment.month_from) {
      throw invalidInput('Bulan terakhir tidak boleh sebelum bulan pertama kepesertaan.');
    }
    if (input.lastMonth > enrollment.month_to) {
      throw invalidInput('Bulan terakhir tidak boleh sesudah akhir kepesertaan; untuk memperpanjang, ubah periode program.');
    }
    ctx.store.transaction(() => {
      ctx.store.programs.endEnrollment(enrollment.id, input.lastMonth, input.reason, ctx.now().toISOString());
      ctx.audit('enrollments.end', {
        id: enrollment.id,
        workerId: enrollment.worker_id,
        programId: enrollment.program_id,
        lastMonth: input.lastMonth,
        reason: END_REASON_LABELS[input.reason],
        monthsBefore: monthsBetween(enrollment.month_from, enrollment.month_to),
        monthsAfter: monthsBetween(enrollment.month_from, input.lastMonth),
      });
    });
    return { ok: true as const };
  },
} satisfies Partial<Handlers>;
