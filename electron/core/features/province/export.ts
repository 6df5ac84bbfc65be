import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { FileRef } from '../../../../shared/contract';
import type { ProvinceReport } from '../../../../shared/contract/province';
import { formatDateTime } from '../../../../shared/domain/format';
import { localIsoDate } from '../../../../shared/domain/months';
import type { CoreContext } from '../../platform/context';
import { addSummarySheet, addTableSheet } from '../../platform/documents/sheets';
import { readOffice } from '../office/office';
import { renderProvincePdf } from './pdf';
import { readProvinceReport } from './report';
import { provinceSummaryItems, provinceTables } from './tables';
import { fileSlug } from '../../platform/files/names';

export async function renderProvinceXlsx(report: ProvinceReport, generatedAt: Date, file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Cakap';
  workbook.title = `Capaian Universal Coverage Jamsostek Provinsi ${report.province.name}`;
  workbook.created = generatedAt;
  addSummarySheet(workbook, provinceSummaryItems(report), [['Dibuat', formatDateTime(generatedAt)]], null);
  for (const table of provinceTables(report)) addTableSheet(workbook, table);
  await workbook.commit();
}

/** province.export: the province report at a date as PDF (province letterhead), Excel or JSON, into Cakap's temporary folder. */
export async function exportProvinceReport(ctx: CoreContext, format: 'pdf' | 'xlsx' | 'json', asOfGiven: string | undefined): Promise<FileRef> {
  const report = readProvinceReport(ctx.store, asOfGiven ?? localIsoDate(ctx.now()));
  const name = `laporan-provinsi-${fileSlug(report.province.name, 'provinsi')}-${report.asOf}.${format}`;
  const file = ctx.files.tempPath(name);
  try {
    if (format === 'json') fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    else if (format === 'pdf') await renderProvincePdf(report, readOffice(ctx.store), ctx.now(), file);
    else await renderProvinceXlsx(report, ctx.now(), file);
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  }
  ctx.audit('province.export', { format, asOf: report.asOf, file: name });
  return ctx.files.register(file, name, true);
}
