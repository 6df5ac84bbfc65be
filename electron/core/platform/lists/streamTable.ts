import type { Cell, ReadOptions } from '../spreadsheet/read';
import { isBlankRow, isColumnNumberRow, isHelpSheet, isTotalRow, sameCells, TableEnd, type SkippedRows, type TableRow } from './rows';
import { detectTable, type DetectedTable, type DetectOptions, type Vocabulary } from './table';
import { cellText } from './values';

/**
 * A list read row by row as the reader streams it, for lists too long to hold whole (a bill of a
 * hundred thousand rows): in each sheet the header is found among the first rows with a vocabulary
 * (table.ts), then every row after it goes through the table's end (rows.ts: a signature block, notes
 * or a second table after the data are left out and said once), and each data row is handed on.
 * "(1) (2) (3)" rows and totals rows are passed over. A template's Petunjuk and Pilihan sheets are
 * passed over quietly.
 */

/** Rows held before the header is looked for (a title block is never longer). */
const HEADER_ROWS = 30;

export interface StreamTableOptions<F extends string> {
  vocabulary: Vocabulary<F>;
  /** Fields the header must name, all of them. */
  required: readonly F[];
  /** Of these, the header must name at least one (NIK or KPJ). */
  anyOf?: readonly F[];
  /** The field whose column tells data from an ending (six digits there mean a data row). */
  keyField?: F;
  detect?: DetectOptions;
  /**
   * A sheet's table was found; `titles` are the texts above the header, `sample` the first rows under
   * it (to judge a column from its content). Return false to pass the sheet over.
   */
  onTable?(sheet: string, table: DetectedTable<F>, titles: string[], sample: readonly Cell[][]): boolean | void;
  /** One data row of a table. */
  onRow(sheet: string, row: TableRow, table: DetectedTable<F>): void;
  /** A sheet without such a table (help sheets are not reported). */
  onSheetWithout?(sheet: string): void;
  /** Rows after a table skipped as its ending or a second table. */
  onSkipped?(sheet: string, skipped: SkippedRows): void;
}

/** What a reader needs: the callback API of spreadsheet/read.ts and readInThread.ts. */
export interface RowSource {
  read(options: ReadOptions): Promise<void>;
}

interface SheetState<F extends string> {
  name: string;
  help: boolean;
  pending: TableRow[];
  /** undefined: not decided yet; null: no table in this sheet. */
  table: DetectedTable<F> | null | undefined;
  end: TableEnd | null;
  headerRow: number;
}

export async function streamTables<F extends string>(
  source: RowSource,
  options: StreamTableOptions<F>,
  read: Omit<ReadOptions, 'onSheet' | 'onRow'> = {},
): Promise<void> {
  let sheet: SheetState<F> | null = null;
  const { vocabulary, required, anyOf } = options;
  const isHeader = (cells: readonly Cell[]) => detect([cells as Cell[]]) !== null;

  function detect(rows: readonly Cell[][]): DetectedTable<F> | null {
    for (let i = 0; i < Math.min(rows.length, HEADER_ROWS); i++) {
      const table = detectTable([rows[i]!], vocabulary, required, options.detect);
      if (!table) continue;
      if (anyOf && !table.columns.some((c) => c.field !== 'ignore' && anyOf.includes(c.field))) continue;
      return { ...table, headerIndex: i };
    }
    return null;
  }

  const pass = (state: SheetState<F>, row: TableRow) => {
    for (const data of state.end!.push(row)) take(state, data);
  };
  const take = (state: SheetState<F>, row: TableRow) => {
    if (isColumnNumberRow(row.cells) || isTotalRow(row.cells)) return;
    options.onRow(state.name, row, state.table!);
  };

  function decide(state: SheetState<F>): void {
    const table = detect(state.pending.map((r) => r.cells));
    const rows = state.pending;
    state.pending = [];
    if (!table) {
      state.table = null;
      if (!state.help) options.onSheetWithout?.(state.name);
      return;
    }
    const titles = rows.slice(0, table.headerIndex).flatMap((r) => r.cells.map(cellText)).filter(Boolean);
    const sample = rows.slice(table.headerIndex + 1).map((r) => r.cells);
    if (options.onTable?.(state.name, table, titles, sample) === false) {
      state.table = null;
      return;
    }
    state.table = table;
    state.headerRow = rows[table.headerIndex]!.rowNumber;
    const key = options.keyField === undefined ? undefined : table.columns.find((c) => c.field === options.keyField)?.index;
    state.end = new TableEnd(key, isHeader, sameCells(table.columns.map((c) => c.header)));
    for (const row of rows.slice(table.headerIndex + 1)) pass(state, row);
  }

  function finishSheet(): void {
    const state = sheet;
    if (!state || state.help) return;
    if (state.table === undefined) decide(state);
    if (!state.end) return;
    for (const row of state.end.finish()) take(state, row);
    for (const skipped of state.end.skipped) options.onSkipped?.(state.name, skipped);
  }

  await source.read({
    ...read,
    onSheet(name) {
      finishSheet();
      sheet = { name, help: isHelpSheet(name), pending: [], table: undefined, end: null, headerRow: 0 };
    },
    onRow(rowNumber, cells) {
      const state = sheet!;
      if (state.help || state.table === null) return;
      if (state.table === undefined) {
        if (state.pending.length === 0 && isBlankRow(cells)) return;
        state.pending.push({ rowNumber, cells });
        if (state.pending.length >= HEADER_ROWS) decide(state);
        return;
      }
      pass(state, { rowNumber, cells });
    },
  });
  finishSheet();
}
