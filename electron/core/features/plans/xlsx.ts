import ExcelJS from 'exceljs';
import type { PlanResult } from '../../../../shared/contract/plans';
import { formatDateTime } from '../../../../shared/domain/format';
import { addSummarySheet, addTableSheet } from '../../platform/documents/sheets';
import { planSummaryItems, planTables } from './tables';

/**
 * A plan as an Excel workbook: a Ringkasan sheet, then the PDF's tables one sheet each (the arithmetic,
 * the lines, the sources, the kecamatan and both annexes) with raw numbers in Indonesian formats.
 * Every row goes through addSafeRow and every sheet prints on A4 fitted to the page width.
 */
export async function renderPlanXlsx(plan: PlanResult, generatedAt: Date, file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Cakap';
  workbook.title = `Rencana Perluasan Cakupan ${plan.regencyName} ${plan.year}: ${plan.name}`;
  workbook.created = generatedAt;
  const extra: [string, string][] = [['Dibuat', formatDateTime(generatedAt)], ...plan.notes.map((n, i): [string, string] => [i === 0 ? 'Catatan' : '', n])];
  addSummarySheet(workbook, planSummaryItems(plan), extra, null);
  for (const table of planTables(plan)) addTableSheet(workbook, table);
  await workbook.commit();
}
