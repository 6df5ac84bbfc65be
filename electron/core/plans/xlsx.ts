import ExcelJS from 'exceljs';
import type { PlanResult } from '../../../shared/contract/plans';
import { formatDateTime } from '../../../shared/domain/format';
import { addTableSheet, fittedWidth, NUMBER_FORMATS, styleHeader } from '../reports/xlsx';
import { cellText, formatCell, maskNikRuns } from '../reports/tables';
import { printSetup } from '../spreadsheet/printSetup';
import { addSafeRow } from '../spreadsheet/safeCells';
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

  const items = planSummaryItems(plan);
  const extra: [string, string][] = [['Dibuat', formatDateTime(generatedAt)], ...plan.notes.map((n, i): [string, string] => [i === 0 ? 'Catatan' : '', n])];
  const widths = [
    fittedWidth('Uraian', [...items.map((i) => i.label), ...extra.map(([l]) => l)]),
    fittedWidth('Nilai', items.map((i) => (i.kind === 'text' ? '' : formatCell(i.value, i.kind))), 28),
    70,
  ];
  const sheet = workbook.addWorksheet('Ringkasan', { views: [{ state: 'frozen', ySplit: 1 }], ...printSetup({ columnWidths: widths }) });
  sheet.columns = widths.map((width) => ({ width }));
  const header = addSafeRow(sheet, ['Uraian', 'Nilai', 'Keterangan']);
  styleHeader(header);
  header.commit();
  for (const item of items) {
    const row =
      item.kind === 'text'
        ? addSafeRow(sheet, [item.label, null, maskNikRuns([cellText(item.value), item.note].filter(Boolean).join('; '))])
        : addSafeRow(sheet, [item.label, item.kind === 'percent' && typeof item.value === 'number' ? Number((item.value / 100).toPrecision(12)) : item.value, item.note ?? null]);
    const format = NUMBER_FORMATS[item.kind];
    if (format && item.value !== null && item.kind !== 'text') row.getCell(2).numFmt = format;
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  }
  for (const [label, text] of extra) {
    const row = addSafeRow(sheet, [label, null, maskNikRuns(text)]);
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  }
  sheet.commit();
  for (const table of planTables(plan)) addTableSheet(workbook, table);
  await workbook.commit();
}
