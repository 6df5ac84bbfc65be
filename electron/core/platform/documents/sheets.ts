import type ExcelJS from 'exceljs';
import { maskNikRuns } from '../../../../shared/domain/nik';
import { printSetup } from './printSetup';
import { addSafeRow } from './safeCells';
import { cellText, formatCell, type Cell, type CellKind, type Column, type ReportTable, type SummaryItem } from './tables';

/**
 * ReportTables as worksheets of a streamed workbook: raw numbers (so they can be summed and charted)
 * in Indonesian-looking formats, the header row frozen, columns fitted to their content, every row
 * written through addSafeRow (no cell can become a formula), and every sheet set up to print.
 */

export const NUMBER_FORMATS: Record<CellKind, string | undefined> = {
  text: undefined,
  count: '#,##0',
  rupiah: '"Rp "#,##0',
  percent: '0.00%',
  points: '0.00" poin"',
  // [$-421] is Indonesian: Excel writes "Oktober 2025" whatever its own language.
  month: '[$-421]mmmm yyyy',
  date: '[$-421]d mmmm yyyy',
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3EAF2' } };
const RULE: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF9E9E9E' } };

/** A value as the workbook stores it: percentages as fractions (19,22 % = 0.1922), months and dates as dates. */
export function sheetValue(cell: Cell, kind: CellKind): string | number | Date | null {
  if (cell === null) return null;
  if (typeof cell === 'object') return maskNikRuns(cell.text);
  // 19.22 / 100 is 0.19219999999999998 in binary; twelve significant digits give back 0.1922.
  if (typeof cell === 'number') return kind === 'percent' ? Number((cell / 100).toPrecision(12)) : cell;
  if (kind === 'month' && /^\d{4}-\d{2}$/.test(cell)) return new Date(Date.UTC(Number(cell.slice(0, 4)), Number(cell.slice(5, 7)) - 1, 1));
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) {
    return new Date(Date.UTC(Number(cell.slice(0, 4)), Number(cell.slice(5, 7)) - 1, Number(cell.slice(8, 10))));
  }
  return maskNikRuns(cell);
}

/** Column width in characters: the longest header word or value as people will read it, within bounds. */
export function fittedWidth(header: string, texts: readonly string[], max = 60): number {
  const longest = Math.max(...header.split(' ').map((w) => w.length), Math.min(header.length, 18), ...texts.map((t) => t.length));
  return Math.min(Math.max(longest + 2, 10), max);
}

export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: RULE };
  });
}

/** One table as one sheet, with the shared print setup (A4, fitted to the page width, header repeated). */
export function addTableSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: ReportTable): void {
  const columns: Column[] = [...(table.numbered ? [{ header: 'No', kind: 'count' } as Column] : []), ...table.columns];
  const rows = table.rows.map((row, r) => (table.numbered ? [r + 1, ...row] : row));
  const total = table.total && table.rows.length > 0 ? (table.numbered ? [null, ...table.total] : table.total) : null;
  const widths = columns.map((c, i) =>
    fittedWidth(c.header, [...rows, ...(total ? [total] : [])].map((row) => formatCell(row[i] ?? null, c.kind) || cellText(row[i] ?? null))),
  );
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }], ...printSetup({ columnWidths: widths }) });
  sheet.columns = widths.map((width) => ({ width }));
  const header = addSafeRow(sheet, columns.map((c) => c.header));
  styleHeader(header);
  header.commit();
  const write = (values: Cell[], bold: boolean) => {
    const row = addSafeRow(
      sheet,
      columns.map((c, i) => sheetValue(values[i] ?? null, c.kind)),
    );
    columns.forEach((c, i) => {
      const format = NUMBER_FORMATS[c.kind];
      if (format && values[i] !== null && values[i] !== undefined && typeof values[i] !== 'object') row.getCell(i + 1).numFmt = format;
    });
    if (bold) {
      row.font = { bold: true };
      row.eachCell((cell) => (cell.border = { top: RULE }));
    }
    row.commit();
  };
  for (const row of rows) write(row, false);
  if (total) write(total, true);
  sheet.commit();
}

/** Width of the summary's third column, in characters. */
const NOTE_WIDTH = 70;

/**
 * The summary's long texts wrap in its third column. The row gets the height of its lines: the
 * streaming writer cannot measure, and LibreOffice keeps a wrapped row one line high, so the lines
 * of a finding would print over the next ones.
 */
function wrapThird(row: ExcelJS.Row): void {
  const cell = row.getCell(3);
  cell.alignment = { wrapText: true, vertical: 'top' };
  row.getCell(1).alignment = { vertical: 'top' };
  const text = typeof cell.value === 'string' ? cell.value : '';
  const lines = Math.max(1, Math.ceil(text.length / (NOTE_WIDTH * 0.95)));
  if (lines > 1) row.height = 15 * lines;
}

/**
 * The "Ringkasan" sheet every workbook opens with: the headline figures with their notes, then
 * extra label/text lines, then the findings, numbered.
 */
export function addSummarySheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  items: readonly SummaryItem[],
  extra: readonly [string, string][],
  findings: { title: string; lines: readonly string[] } | null,
): void {
  const widths = [
    fittedWidth('Uraian', [...items.map((i) => i.label), ...extra.map(([l]) => l), findings?.title ?? '']),
    fittedWidth('Nilai', items.map((i) => (i.kind === 'text' ? '' : formatCell(i.value, i.kind))), 28),
    NOTE_WIDTH,
  ];
  const sheet = workbook.addWorksheet('Ringkasan', { views: [{ state: 'frozen', ySplit: 1 }], ...printSetup({ columnWidths: widths }) });
  sheet.columns = widths.map((width) => ({ width }));
  const header = addSafeRow(sheet, ['Uraian', 'Nilai', 'Keterangan']);
  styleHeader(header);
  header.commit();
  for (const item of items) {
    // Long text (the basis sentence) reads better in the wide third column.
    const row =
      item.kind === 'text'
        ? addSafeRow(sheet, [item.label, null, maskNikRuns([cellText(item.value), item.note].filter(Boolean).join('; '))])
        : addSafeRow(sheet, [item.label, sheetValue(item.value, item.kind), item.note ?? null]);
    const format = NUMBER_FORMATS[item.kind];
    if (format && item.value !== null && item.kind !== 'text') row.getCell(2).numFmt = format;
    wrapThird(row);
    row.commit();
  }
  for (const [label, text] of extra) {
    const row = addSafeRow(sheet, [label, null, maskNikRuns(text)]);
    wrapThird(row);
    row.commit();
  }
  if (findings) {
    addSafeRow(sheet, []).commit();
    const title = addSafeRow(sheet, [findings.title]);
    title.font = { bold: true };
    title.commit();
    findings.lines.forEach((finding, i) => {
      const row = addSafeRow(sheet, [`${i + 1}.`, null, maskNikRuns(finding)]);
      wrapThird(row);
      row.commit();
    });
  }
  sheet.commit();
}
