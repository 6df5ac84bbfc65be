import type ExcelJS from 'exceljs';

/**
 * Formula injection: a cell of an exported sheet whose text starts with = + - @ (or a tab, a carriage
 * return, or their full-width forms, which some Excel input methods turn into formulas) must stay
 * text. Every export writes its rows through addSafeRow, which
 * - never writes a formula: values become plain strings, numbers, booleans or dates, and an object
 *   (exceljs would read {formula: …} as one) is written as its JSON text;
 * - gives formula-like text the Text number format ("@"), so Excel keeps it as text even when someone
 *   later edits the cell and presses Enter.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export type SafeValue = string | number | boolean | Date | null;

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

export function safeCellValue(value: unknown): SafeValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  return JSON.stringify(value) ?? null;
}

/** Adds one row of values to a worksheet (streaming or not), each cell written as data, never as a formula. */
export function addSafeRow(sheet: ExcelJS.Worksheet, values: readonly unknown[]): ExcelJS.Row {
  const safe = values.map(safeCellValue);
  const row = sheet.addRow(safe);
  safe.forEach((value, index) => {
    if (typeof value === 'string' && isFormulaLike(value)) row.getCell(index + 1).numFmt = '@';
  });
  return row;
}
