import fs from 'node:fs';
import type { FileRef, ParsedInput } from '../../../../shared/contract';
import type { CoverageReport } from '../../../../shared/contract/report';
import { localIsoDate } from '../../../../shared/domain/months';
import type { CoreContext } from '../../platform/context';
import type { Store } from '../../platform/db/store';
import { forbidden, invalidInput } from '../../platform/errors';
import { readOffice } from '../office/office';
import { readSettings } from '../settings/settings';
import { renderReportPdf } from './pdf';
import { renderReportXlsx } from './xlsx';
import { regencyFileSlug } from '../../platform/files/names';

/** A printed annex stops here, with a sentence saying how many more the workbook holds. */
export const PDF_ANNEX_LIMIT = 5_000;

/** What the worker thread is asked to write (structured-clone safe). */
export interface ReportJob {
  asOf: string;
  now: Date;
  format: 'pdf' | 'xlsx' | 'json';
  file: string;
  annex: boolean;
  fullNik: boolean;
  purpose: string | null;
}

export interface ReportJobResult {
  asOf: string;
  annexRows: number;
  annexTotal: number;
}

/** Runs a report job: in a worker thread for the app (report.export), in-process with a fixed report in tests. */
export type RunReportJob = (job: ReportJob) => Promise<ReportJobResult>;

/**
 * Writes a computed report to job.file as PDF, Excel or JSON, with the office's letterhead and, when
 * asked, the annex of workers funded in the report month, read from the store.
 */
export async function writeReport(store: Store, report: CoverageReport, job: ReportJob): Promise<ReportJobResult> {
  const purpose = job.purpose ?? undefined;
  if (job.format === 'json') {
    fs.writeFileSync(job.file, `${JSON.stringify(report, null, 2)}\n`);
    return { asOf: report.asOf, annexRows: 0, annexTotal: 0 };
  }
  if (job.format === 'pdf') {
    const annex = job.annex
      ? { rows: store.reports.annexRows(report.month, PDF_ANNEX_LIMIT), total: store.reports.annexCount(report.month), fullNik: job.fullNik, purpose }
      : undefined;
    await renderReportPdf(report, { office: readOffice(store), annex }, job.file);
    return { asOf: report.asOf, annexRows: annex?.rows.length ?? 0, annexTotal: annex?.total ?? 0 };
  }
  const annex = job.annex ? { rows: store.reports.iterateAnnex(report.month), fullNik: job.fullNik, purpose } : undefined;
  const { annexRows } = await renderReportXlsx(report, { annex }, job.file);
  return { asOf: report.asOf, annexRows, annexTotal: annexRows };
}

/**
 * report.export: the report at the date asked for (today by default), computed and written by `run`
 * into Cakap's temporary folder. An annex lists the workers behind the figures, NIK masked unless
 * full NIKs were asked for with a purpose; every export is written to the audit log with its format,
 * date, and whether (and why) full NIKs left the office.
 */
export async function exportReport(ctx: CoreContext, input: ParsedInput<'report.export'>, run: RunReportJob): Promise<FileRef> {
  if (input.fullNik && ctx.caller?.role === 'reader') {
    ctx.audit('access.refused', { method: 'report.export', role: 'reader', fullNik: true });
    throw forbidden('Akun pembaca hanya melihat NIK yang disamarkan; lampiran dengan NIK lengkap dibuat oleh operator atau admin.');
  }
  if (input.fullNik && !input.annex) {
    throw invalidInput('NIK lengkap hanya dimuat di lampiran daftar pekerja; pilih juga lampiran bila NIK lengkap memang diperlukan.');
  }
  if (input.annex && input.format === 'json') {
    throw invalidInput('Lampiran daftar pekerja hanya tersedia untuk PDF dan Excel; ekspor JSON berisi angka-angka laporan saja.');
  }
  const asOf = input.asOf ?? localIsoDate(ctx.now());
  const name = `laporan-ucj-${regencyFileSlug(readSettings(ctx.store).regencyName)}-${asOf}.${input.format}`;
  const file = ctx.files.tempPath(name);
  const fullNik = input.fullNik !== undefined;
  const purpose = input.fullNik?.purpose ?? null;
  let result: ReportJobResult;
  try {
    result = await run({ asOf, now: ctx.now(), format: input.format, file, annex: input.annex, fullNik, purpose });
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  }
  ctx.audit('report.export', {
    format: input.format,
    asOf: result.asOf,
    annex: input.annex,
    annexRows: result.annexRows,
    annexTotal: result.annexTotal,
    fullNik,
    purpose,
    file: name,
  });
  return ctx.files.register(file, name, true);
}
