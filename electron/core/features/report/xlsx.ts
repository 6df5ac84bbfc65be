import ExcelJS from 'exceljs';
import type { CoverageReport } from '../../../../shared/contract/report';
import { formatDateTime, formatMonth } from '../../../../shared/domain/format';
import { maskNik } from '../../../../shared/domain/nik';
import { maskNikRuns } from '../../../../shared/domain/nik';
import { printSetup } from '../../platform/documents/printSetup';
import { addSafeRow } from '../../platform/documents/safeCells';
import { addSummarySheet, addTableSheet, NUMBER_FORMATS, styleHeader } from '../../platform/documents/sheets';
import { reportTables, summaryItems, type AnnexRow } from './tables';

/**
 * The leadership report as an Excel workbook: the summary, then the PDF's tables one sheet each
 * (platform/documents/sheets.ts), and on request the annex of every worker. Written with the
 * streaming writer, so an annex of every worker keeps memory flat.
 */

export interface XlsxAnnex {
  /** Every row, in order; read once as the sheet is written. */
  rows: Iterable<AnnexRow>;
  fullNik: boolean;
  purpose?: string;
}

function addReportSummary(workbook: ExcelJS.stream.xlsx.WorkbookWriter, report: CoverageReport, annex: XlsxAnnex | undefined): void {
  const extra: [string, string][] = [
    ['Dibuat', formatDateTime(report.generatedAt)],
    ...(annex
      ? [
          [
            'Lampiran',
            annex.fullNik
              ? `Daftar pekerja dengan NIK LENGKAP; tujuan: ${annex.purpose ?? ''}. Data pribadi (UU 27/2022): jangan disebarkan.`
              : 'Daftar pekerja; NIK disamarkan (UU 27/2022).',
          ] as [string, string],
        ]
      : []),
  ];
  addSummarySheet(workbook, summaryItems(report), extra, { title: 'Temuan utama', lines: report.findings });
}

function addAnnexSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, report: CoverageReport, annex: XlsxAnnex): number {
  // Fixed widths: the rows stream past once, so they cannot be measured first.
  const widths = [8, 20, 32, 24, 44];
  const sheet = workbook.addWorksheet('Lampiran', { views: [{ state: 'frozen', ySplit: 1 }], ...printSetup({ columnWidths: widths }) });
  sheet.columns = widths.map((width) => ({ width }));
  const header = addSafeRow(sheet, ['No', 'NIK', 'Nama', report.villageLabel, `Program (${formatMonth(report.month)})`]);
  styleHeader(header);
  header.commit();
  let n = 0;
  for (const r of annex.rows) {
    n++;
    const row = addSafeRow(sheet, [n, annex.fullNik ? r.nik : maskNik(r.nik), maskNikRuns(r.name), r.villageName, maskNikRuns(r.program)]);
    row.getCell(1).numFmt = NUMBER_FORMATS.count!;
    row.commit();
  }
  sheet.commit();
  return n;
}

/** Writes the workbook; returns how many annex rows it holds. */
export async function renderReportXlsx(report: CoverageReport, options: { annex?: XlsxAnnex }, file: string): Promise<{ annexRows: number }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Cakap';
  workbook.title = `Laporan Capaian Universal Coverage Jamsostek ${report.regency.name}`;
  workbook.created = new Date(report.generatedAt);
  addReportSummary(workbook, report, options.annex);
  for (const table of reportTables(report)) addTableSheet(workbook, table);
  const annexRows = options.annex ? addAnnexSheet(workbook, report, options.annex) : 0;
  await workbook.commit();
  return { annexRows };
}
