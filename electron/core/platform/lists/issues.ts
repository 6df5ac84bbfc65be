import { hasUnsafeText } from '../../../../shared/domain/text';
import { columnLetter } from '../../../../shared/domain/workerFields';
import type { Cell } from '../spreadsheet/read';
import { describeSkipped, type SkippedRows } from './rows';

/**
 * The problems found in a list, each as one Indonesian sentence that says where ("Sheet "OSS" baris 12
 * kolom C (NIB): …"; a CSV has no sheet), with the row's original cells kept for rejected rows so
 * the rejection file can send them back.
 */
export interface ListIssue {
  severity: 'error' | 'warning';
  sheet: string;
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

export interface StoredIssue {
  issue: ListIssue;
  /** The sentence without the sheet and row (the rejection file's Keterangan column). */
  detail: string;
  raw: string | null;
}

export class ListIssues {
  readonly stored: StoredIssue[] = [];

  constructor(private readonly isCsv: boolean) {}

  get issues(): ListIssue[] {
    return this.stored.map((s) => s.issue);
  }

  /** A problem of one row, in one column (or the whole row when column is null). raw: the row's cells when it is rejected. */
  row(severity: 'error' | 'warning', sheet: string, row: number, column: number | null, header: string | undefined, code: string, text: string, raw: readonly Cell[] | null): void {
    const columnPart = column === null ? '' : `kolom ${columnLetter(column)}${header ? ` (${header})` : ''}`;
    const where = `${this.isCsv ? '' : `Sheet "${sheet}" `}baris ${row}${columnPart ? ` ${columnPart}` : ''}`;
    this.stored.push({
      issue: { severity, sheet, row, column: column === null ? null : columnLetter(column), code, message: `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${text}` },
      detail: columnPart ? `${columnPart.charAt(0).toUpperCase()}${columnPart.slice(1)}: ${text}` : text,
      raw: raw ? JSON.stringify(raw.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : (c ?? null)))) : null,
    });
  }

  /** Rows after a table's data that were skipped (a signature block, notes, a second table: rows.ts), said once. */
  skippedRows(sheet: string, skipped: SkippedRows): void {
    const text = describeSkipped(skipped);
    const sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
    const code = skipped.kind === 'table' ? 'SECOND_TABLE_SKIPPED' : 'ENDING_SKIPPED';
    this.stored.push({ issue: { severity: 'warning', sheet, row: skipped.from, column: null, code, message: this.isCsv ? sentence : `Sheet "${sheet}": ${text}` }, detail: sentence, raw: null });
  }

  /** A problem of the file or a sheet as a whole (a sheet skipped, a recap replacing another). */
  general(severity: 'error' | 'warning', sheet: string, code: string, message: string, detail = message): void {
    this.stored.push({ issue: { severity, sheet, row: null, column: null, code, message }, detail, raw: null });
  }
}

/**
 * A row's warning for text that carried characters unsafe to print (control characters, direction
 * overrides, emoji: shared/domain/text.ts). readText takes them out; the warning tells the sender
 * which cell had them, since a name that changed on paper is worth a look.
 */
export const UNSAFE_TEXT = {
  code: 'TEXT_UNSAFE',
  text: 'Berisi karakter tersembunyi (karakter kendali atau pengatur arah teks) atau emoji yang tidak dapat dicetak; karakter itu dihapus.',
} as const;

/** The fields whose cells in this row carry such characters. */
export function fieldsWithUnsafeText<F extends string>(cells: readonly Cell[], columns: Partial<Record<F, number>>): F[] {
  const found: F[] = [];
  for (const field in columns) {
    const cell = cells[columns[field]!];
    if (typeof cell === 'string' && hasUnsafeText(cell)) found.push(field);
  }
  return found;
}
