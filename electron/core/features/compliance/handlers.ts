import crypto from 'node:crypto';
import { EMPLOYER_STATUS_LABELS, PROJECT_STATUS_LABELS } from '../../../../shared/domain/compliance';
import { localIsoDate } from '../../../../shared/domain/months';
import type { CoreContext } from '../../platform/context';
import type { Handlers } from '../../platform/handlers';
import { conflict, invalidInput, notFound } from '../../platform/errors';
import { complianceLettersJob, importComplianceJob } from './jobs';
import { refreshCompliance } from './refresh';
import { rulesView, saveRules } from './rules';
import { complianceState, isEmployerCase, isProjectCase, openLetterCases } from './state';
import { complianceSummary } from './summary';
import { employerRows, evidence, projectRows, reviewRow } from './views';

const today = (ctx: CoreContext) => localIsoDate(ctx.now());

const matches = (search: string | undefined, ...texts: (string | null)[]) => {
  if (!search?.trim()) return true;
  const needle = search.trim().toLowerCase();
  return texts.some((t) => t?.toLowerCase().includes(needle));
};

function importList(ctx: CoreContext, input: { jobId: string; fileId: string }, family: 'employers' | 'projects') {
  const file = ctx.files.resolve(input.fileId);
  return ctx.jobs.run(importComplianceJob, { file: file.path, displayName: file.name, actor: ctx.actor, now: ctx.now(), family }, { jobId: input.jobId });
}

/** The case of a subject: the open one, or a new one opened now with the subject's status. */
export function openCaseFor(ctx: CoreContext, subject: 'employer' | 'project', key: string, asOf: string): number {
  const open = ctx.store.compliance.openCase(subject, key);
  if (open) return open.id;
  const state = complianceState(ctx.store, asOf);
  const name = subject === 'employer' ? state.employers.find((e) => e.key === key) : state.projects.find((p) => p.key === key);
  if (!name) throw notFound('Pemberi kerja atau paket ini tidak ada di daftar yang berlaku.');
  const status = 'status' in name && subject === 'employer' ? EMPLOYER_STATUS_LABELS[(name as { status: keyof typeof EMPLOYER_STATUS_LABELS }).status] : PROJECT_STATUS_LABELS[(name as { status: keyof typeof PROJECT_STATUS_LABELS }).status];
  return ctx.store.compliance.insertCase({
    subject,
    subject_key: key,
    name: 'name' in name ? name.name : name.pkg.package,
    opened_at: ctx.now().toISOString(),
    opened_status: status,
  });
}

export const complianceHandlers = {
  'compliance.importEmployers': (input, ctx) => importList(ctx, input, 'employers'),
  'compliance.importProjects': (input, ctx) => importList(ctx, input, 'projects'),
  'compliance.summary': (input, ctx) => complianceSummary(ctx.store, input.asOf ?? today(ctx)),
  'compliance.employers': (input, ctx) => {
    const asOf = input.asOf ?? today(ctx);
    const rows = employerRows(ctx.store, complianceState(ctx.store, asOf)).filter(
      (r) =>
        (input.districtCode === undefined || (input.districtCode === 'none' ? r.districtCode === null : r.districtCode === input.districtCode)) &&
        (input.scale === undefined || (r.scale ?? 'unknown') === input.scale) &&
        (input.status === undefined || r.flags.includes(input.status)) &&
        (!input.nonCompliantOnly || isEmployerCase(r.state)) &&
        matches(input.search, r.name, r.nib, r.npp),
    );
    return { asOf, total: rows.length, rows: rows.slice(input.offset, input.offset + input.limit).map(({ state: _state, ...row }) => row) };
  },
  'compliance.projects': (input, ctx) => {
    const asOf = input.asOf ?? today(ctx);
    const rows = projectRows(ctx.store, complianceState(ctx.store, asOf)).filter(
      (r) =>
        (input.districtCode === undefined || (input.districtCode === 'none' ? r.districtCode === null : r.districtCode === input.districtCode)) &&
        (input.opd === undefined || r.opd === input.opd) &&
        (input.status === undefined || r.status === input.status) &&
        (input.fundingKind === undefined || r.fundingKind === input.fundingKind) &&
        (!input.nonCompliantOnly || isProjectCase(r.state)) &&
        matches(input.search, r.package, r.contractor, r.contractNumber, r.opd),
    );
    return { asOf, total: rows.length, rows: rows.slice(input.offset, input.offset + input.limit).map(({ state: _state, ...row }) => row) };
  },
  'compliance.filters': (_input, ctx) => ({ opds: ctx.store.compliance.opds() }),
  'compliance.evidence': (input, ctx) => evidence(ctx.store, complianceState(ctx.store, input.asOf ?? today(ctx)), input.subject, input.key),
  'compliance.reviews': (input, ctx) => {
    const open = input.state === 'open';
    const domain = input.domain ?? null;
    return {
      rows: ctx.store.compliance.reviews(open, domain, input.limit, input.offset).map((r) => reviewRow(ctx.store, r)),
      total: ctx.store.compliance.reviewCount(open, domain),
    };
  },
  'compliance.decide': (input, ctx) => {
    const { store } = ctx;
    const review = store.compliance.review(input.id);
    if (!review) throw notFound(`Pasangan #${input.id} tidak ditemukan; daftar tinjauan mungkin sudah berubah setelah impor baru.`);
    if (review.decision === input.decision) throw conflict(`Pasangan #${input.id} sudah ${input.decision === 'confirmed' ? 'dikonfirmasi' : 'ditolak'}.`);
    store.transaction(() => {
      const row = reviewRow(store, review);
      store.compliance.decide(input.id, input.decision, ctx.actor, ctx.now().toISOString(), input.note ?? null);
      refreshCompliance(store, { now: ctx.now(), actor: ctx.actor });
      ctx.audit('compliance.decide', { id: input.id, decision: input.decision, domain: review.domain, left: row.left.name, right: row.right.name, previous: review.decision, note: input.note ?? null });
    });
    return reviewRow(store, store.compliance.review(input.id)!);
  },
  'compliance.followUp': (input, ctx) => {
    const { store } = ctx;
    const asOf = today(ctx);
    const onDate = input.onDate ?? asOf;
    if (onDate > asOf) throw invalidInput('Tanggal tindak lanjut tidak boleh di masa depan.');
    if ((input.action === 'closed' || input.action === 'note') && !input.note) throw invalidInput(input.action === 'closed' ? 'Tulis alasan menutup kasus, misalnya "usaha sudah tutup".' : 'Catatan tidak boleh kosong.');
    store.transaction(() => {
      const at = ctx.now().toISOString();
      if (input.action === 'reopened') {
        if (store.compliance.openCase(input.subject, input.key)) throw conflict('Kasus ini masih terbuka.');
        const caseId = openCaseFor(ctx, input.subject, input.key, asOf);
        store.compliance.insertAction({ case_id: caseId, action: 'reopened', on_date: onDate, recorded_at: at, actor: ctx.actor, letter_number: null, note: input.note ?? null });
      } else {
        const caseId = openCaseFor(ctx, input.subject, input.key, asOf);
        store.compliance.insertAction({ case_id: caseId, action: input.action, on_date: onDate, recorded_at: at, actor: ctx.actor, letter_number: null, note: input.note ?? null });
        if (input.action === 'closed') store.compliance.closeCase(caseId, at, input.note!, null);
      }
      ctx.audit('compliance.followUp', { subject: input.subject, key: input.key, name: store.compliance.latestCase(input.subject, input.key)?.name ?? null, action: input.action, onDate, note: input.note ?? null });
    });
    return evidence(store, complianceState(store, asOf), input.subject, input.key);
  },
  'compliance.letters': async (input, ctx) => {
    const date = input.date ?? today(ctx);
    const name = `surat-kepatuhan-${date}`;
    const pdfFile = ctx.files.tempPath(`${name}.pdf`);
    const xlsxFile = ctx.files.tempPath(`tindak-lanjut-${date}.xlsx`);
    const result = await ctx.jobs.run(
      complianceLettersJob,
      { asOf: input.asOf ?? today(ctx), date, subjects: input.subjects ?? null, filter: input.filter ?? null, pdfFile, xlsxFile, actor: ctx.actor, now: ctx.now() },
      { jobId: input.jobId ?? crypto.randomUUID(), onProgress: (p) => ctx.emit({ type: 'job.progress', jobId: p.jobId, fraction: p.fraction, rows: p.rows }) },
    );
    return { count: result.count, pdf: ctx.files.register(pdfFile, `${name}.pdf`, true), xlsx: ctx.files.register(xlsxFile, `tindak-lanjut-${date}.xlsx`, true) };
  },
  'compliance.letterCount': (input, ctx) => {
    const cases = openLetterCases(complianceState(ctx.store, input.asOf ?? today(ctx)), input.filter);
    return { employers: cases.employers.length, projects: cases.projects.length };
  },
  'compliance.rules': (_input, ctx) => rulesView(ctx.store),
  'compliance.setRules': (input, ctx) => {
    const view = saveRules(ctx, input.rules);
    ctx.store.transaction(() => refreshCompliance(ctx.store, { now: ctx.now(), actor: ctx.actor }));
    return view;
  },
} satisfies Partial<Handlers>;
