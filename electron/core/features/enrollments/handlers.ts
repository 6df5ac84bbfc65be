import { monthsBetween } from '../../../../shared/domain/months';
import { END_REASON_LABELS, type EndReason } from '../../../../shared/domain/programs';
import { invalidInput, notFound } from '../../platform/errors';
import type { Handlers } from '../../platform/handlers';
import { requireProgram } from '../programs/programs';
import { enrollWorkers } from './enroll';

export const enrollmentHandlers = {
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
