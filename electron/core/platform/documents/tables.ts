import { formatDate, formatMonth, formatNumber, formatPercent, formatPoints, formatRupiah } from '../../../../shared/domain/format';

/**
 * A table defined once and drawn twice: the PDF formats each cell as text for people
 * (shared/domain/format.ts), the workbook writes the raw number with an Excel number format. What a
 * column holds decides both, so the two documents cannot disagree. Every document's tables (the
 * report, the plan, a minute) are of this shape.
 */

export type CellKind = 'text' | 'count' | 'rupiah' | 'percent' | 'points' | 'month' | 'date';

export interface Column {
  header: string;
  kind: CellKind;
  /** Only in the workbook (detail the PDF puts in a line under the name instead). */
  sheetOnly?: boolean;
  /** The column that takes the page's spare width and wraps (a name). */
  grow?: boolean;
}

/** A text cell may carry a second, smaller line in the PDF (the workbook has that detail in its own columns). */
export type Cell = string | number | null | { text: string; detail: string };

export interface ReportTable {
  /** Worksheet name (at most 31 characters, none of \ / ? * [ ] :). */
  sheet: string;
  title: string;
  /** A sentence under the title: what the figures mean. */
  intro?: string;
  columns: Column[];
  rows: Cell[][];
  total?: Cell[];
  /** Rows are numbered (a "No" column) in both documents. */
  numbered?: boolean;
}

export const cellText = (cell: Cell | undefined): string => (cell === undefined || cell === null ? '' : typeof cell === 'object' ? cell.text : String(cell));

/** A cell as a person reads it: "24.000", "Rp 16.800", "19,22 %", "Oktober 2025", "–" for nothing. */
export function formatCell(cell: Cell, kind: CellKind): string {
  if (cell === null) return '–';
  if (typeof cell === 'object') return cell.text;
  if (typeof cell === 'string') {
    if (kind === 'month') return formatMonth(cell);
    if (kind === 'date') return formatDate(cell);
    return cell;
  }
  switch (kind) {
    case 'rupiah':
      return formatRupiah(cell);
    case 'percent':
      return formatPercent(cell);
    case 'points':
      return formatPoints(cell);
    default:
      return formatNumber(cell);
  }
}

export interface SummaryItem {
  label: string;
  value: number | string | null;
  kind: CellKind;
  note?: string;
}
