import crypto from 'node:crypto';
import { localIsoDate } from '../../../../shared/domain/months';
import type { CoreContext } from '../../platform/context';
import type { Handlers } from '../../platform/handlers';
import { notFound } from '../../platform/errors';
import { fileSlug } from '../../platform/files/names';
import { financeExportJob, importBillJob, importClaimsJob, minutesJob, registrationJob } from './jobs';
import { paymentDto, recordPayment, removePayment } from './payments';
import { financeSettingsView, saveFinanceSettings } from './settings';
import { financeSummary } from './summary';
import { billDto, billRowDto } from './views';

const today = (ctx: CoreContext) => localIsoDate(ctx.now());

const slug = (text: string) => fileSlug(text, 'program');

const progress = (ctx: CoreContext) => (p: { jobId: string; fraction: number; rows: number }) => ctx.emit({ type: 'job.progress', jobId: p.jobId, fraction: p.fraction, rows: p.rows });

export const financeHandlers = {
  'finance.registration': async (input, ctx) => {
    const program = ctx.store.programs.byId(input.programId);
    if (!program) throw notFound(`Program #${input.programId} tidak ada; berkas pendaftaran tidak dibuat.`);
    const template = input.templateFileId === undefined ? null : ctx.files.resolve(input.templateFileId);
    const sentOn = input.sentOn ?? today(ctx);
    const name = `pendaftaran-${slug(program.name)}-${sentOn}.xlsx`;
    const file = ctx.files.tempPath(name);
    const outcome = await ctx.jobs.run(
      registrationJob,
      { programId: program.id, template: template ? { path: template.path, name: template.name } : null, all: input.all, sentOn, file, fileName: name, actor: ctx.actor, now: ctx.now() },
      { jobId: crypto.randomUUID() },
    );
    return { program: program.id, programName: program.name, file: ctx.files.register(file, name, true), ...outcome };
  },
  'finance.registrations': (input, ctx) => {
    const page = ctx.store.finance.registrations(input.programId ?? null, ctx.store.bpjs.latestMembersBatch(), input.limit, input.offset);
    return {
      rows: page.rows.map((r) => ({ program: r.program_id, programName: r.program_name, file: r.file_name, sentOn: r.sent_on, actor: r.actor, rows: r.rows, stillUnregistered: r.still })),
      total: page.total,
    };
  },
  'finance.importBill': (input, ctx) => {
    const file = ctx.files.resolve(input.fileId);
    return ctx.jobs.run(
      importBillJob,
      { file: file.path, displayName: file.name, programId: input.programId, month: input.month, actor: ctx.actor, now: ctx.now(), issueLimit: 500 },
      { jobId: input.jobId, onProgress: progress(ctx) },
    );
  },
  'finance.bills': (input, ctx) => {
    const page = ctx.store.finance.bills(input.programId ?? null, input.limit, input.offset);
    return { rows: page.rows.map((r) => billDto(r)), total: page.total };
  },
  'finance.bill': (input, ctx) => {
    const row = ctx.store.finance.bill(input.batchId);
    if (!row) throw notFound(`Tagihan impor #${input.batchId} tidak ditemukan (mungkin sudah dibatalkan).`);
    return billDto(row);
  },
  'finance.billRows': (input, ctx) => {
    if (!ctx.store.finance.bill(input.batchId)) throw notFound(`Tagihan impor #${input.batchId} tidak ditemukan (mungkin sudah dibatalkan).`);
    const page = ctx.store.finance.billRows(input.batchId, input.view, input.search, input.limit, input.offset);
    return { rows: page.rows.map(billRowDto), total: page.total };
  },
  'finance.minutes': async (input, ctx) => {
    const bill = ctx.store.finance.bill(input.batchId);
    if (!bill) throw notFound(`Tagihan impor #${input.batchId} tidak ditemukan (mungkin sudah dibatalkan).`);
    const date = input.date ?? today(ctx);
    const name = `berita-acara-rekonsiliasi-${slug(bill.program_name)}-${bill.month}.pdf`;
    const file = ctx.files.tempPath(name);
    const written = await ctx.jobs.run(minutesJob, { batchId: input.batchId, date, file, now: ctx.now() }, { jobId: crypto.randomUUID() });
    ctx.audit('finance.minutes', { batchId: input.batchId, programId: bill.program_id, month: bill.month, date, rows: written.rows });
    return ctx.files.register(file, name, true);
  },
  'finance.recordPayment': (input, ctx) => recordPayment(ctx, input),
  'finance.payments': (input, ctx) => {
    const page = ctx.store.finance.payments(input.programId ?? null, input.year ?? null, input.limit, input.offset);
    return { rows: page.rows.map(paymentDto), total: page.total };
  },
  'finance.removePayment': (input, ctx) => removePayment(ctx, input.id, input.reason),
  'finance.importClaims': (input, ctx) => {
    const file = ctx.files.resolve(input.fileId);
    return ctx.jobs.run(importClaimsJob, { file: file.path, displayName: file.name, actor: ctx.actor, now: ctx.now(), issueLimit: 500 }, { jobId: input.jobId, onProgress: progress(ctx) });
  },
  'finance.claims': (input, ctx) => {
    const page = ctx.store.finance.claims(input.type ?? null, input.year ?? null, input.limit, input.offset);
    return {
      rows: page.rows.map((c) => ({
        id: c.id,
        type: c.type as 'JKK',
        nik: c.nik,
        kpj: c.kpj,
        name: c.name,
        eventDate: c.event_date,
        paidDate: c.paid_date,
        amount: c.amount,
        workerName: c.worker_name,
        villageName: c.village_name,
        program: c.program_id,
        programName: c.program_name,
        batchId: c.batch_id,
      })),
      total: page.total,
    };
  },
  'finance.summary': (input, ctx) => financeSummary(ctx.store, input.year),
  'finance.export': async (input, ctx) => {
    const name = `realisasi-iuran-dan-manfaat-${input.year}.${input.format}`;
    const file = ctx.files.tempPath(name);
    await ctx.jobs.run(financeExportJob, { year: input.year, format: input.format, file, now: ctx.now() }, { jobId: crypto.randomUUID() });
    ctx.audit('finance.export', { year: input.year, format: input.format, file: name });
    return ctx.files.register(file, name, true);
  },
  'finance.settings': (_input, ctx) => financeSettingsView(ctx.store),
  'finance.setSettings': (input, ctx) => saveFinanceSettings(ctx, input),
} satisfies Partial<Handlers>;
