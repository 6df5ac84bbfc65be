import fs from 'node:fs';
import type { FileRef, ParsedInput } from '../../../shared/contract';
import type { CoverageReport } from '../../../shared/contract/report';
import type { CoreContext } from '../context';
import type { Store } from '../db/store';
import { invalidInput } from '../errors';
import { readOffice } from '../office/office';
import { renderReportPdf } from './pdf';
import { renderReportXlsx } from './xlsx';

/** The coverage engine's signature (electron/core/coverage/compute.ts); tests pass a fixed report. */
export type ComputeCoverage = (store: Store, asOf: string, now: Date) => CoverageReport;

/** A printed annex stops here, with a sentence saying how many more the workbook holds. */
export const PDF_ANNEX_LIMIT = 5_000;

const EXTENSIONS = { pdf: 'pdf', xlsx: 'xlsx', json: 'json' } as const;

/** "Kabupaten Solok Selatan" -> "kabupaten-solok-selatan". */
function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'kabupaten'
  );
}

/**
 * report.export: computes the report at the date asked for (today by default) and writes it as PDF,
 * Excel or JSON into Cakap's temporary folder. An annex lists the workers behind the figures, NIK
 * masked unless full NIKs were asked for with a purpose; every export is written to the audit log
 * with its format, date, and whether (and why) full NIKs left the office.
 */
export async function exportReport(ctx: CoreContext, input: ParsedInput<'report.export'>, compute: ComputeCoverage): Promise<FileRef> {
  if (input.fullNik && !input.annex) {
    throw invalidInput('NIK lengkap hanya dimuat di lampiran daftar pekerja; pilih juga lampiran bila NIK lengkap memang diperlukan.');
  }
  if (input.annex && input.format === 'json') {
    throw invalidInput('Lampiran daftar pekerja hanya tersedia untuk PDF dan Excel; ekspor JSON berisi angka-angka laporan saja.');
  }
  const asOf = input.asOf ?? ctx.now().toISOString().slice(0, 10);
  const report = compute(ctx.store, asOf, ctx.now());
  const name = `laporan-ucj-${slug(report.regency.name.replace(/^(kabupaten|kota)\s+/i, ''))}-${report.asOf}.${EXTENSIONS[input.format]}`;
  const file = ctx.files.tempPath(name);
  const fullNik = input.fullNik !== undefined;
  const purpose = input.fullNik?.purpose;
  let annexRows = 0;
  let annexTotal = 0;
  try {
    if (input.format === 'json') {
      fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    } else if (input.format === 'pdf') {
      const annex = input.annex
        ? { rows: ctx.store.reports.annexRows(report.month, PDF_ANNEX_LIMIT), total: ctx.store.reports.annexCount(report.month), fullNik, purpose }
        : undefined;
      annexRows = annex?.rows.length ?? 0;
      annexTotal = annex?.total ?? 0;
      await renderReportPdf(report, { office: readOffice(ctx.store), annex }, file);
    } else {
      const annex = input.annex ? { rows: ctx.store.reports.iterateAnnex(report.month), fullNik, purpose } : undefined;
      annexRows = (await renderReportXlsx(report, { annex }, file)).annexRows;
      annexTotal = annexRows;
    }
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  }
  ctx.audit('report.export', {
    format: input.format,
    asOf: report.asOf,
    annex: input.annex,
    annexRows,
    annexTotal,
    fullNik,
    purpose: purpose ?? null,
    file: name,
  });
  return ctx.files.register(file, name, true);
}
