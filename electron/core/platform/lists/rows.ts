import type { Cell } from '../spreadsheet/read';

/**
 * Rows of a table that are not data, whatever the table is about (worker lists, BPJS lists,
 * employer and project lists): the "(1) (2) (3)" row under the header, a totals row, and what
 * offices put after the data — a signature block like a letter's, notes, a legend, or a second
 * small table ("yang tidak memenuhi syarat") after an empty row.
 *
 * The rows after the data are recognised by `TableEnd`, which holds back rows that look like a
 * signature, a note or a legend until it knows whether the data goes on after them: a real row
 * after them means they were inside the list, and they are handed back to be checked like any
 * row (so a bad row is never hidden); the end of the sheet, or a second table, means they were the
 * list's ending, and they are skipped with one sentence that names their rows.
 */

/** "Jumlah", "Total", "Jml", "Sub total": the totals row at the bottom of a list. */
export const TOTAL_LABEL = /^(jumlah|total|jml|sub\s*total)\b/i;

function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** The "(1) (2) (3)" row many offices put under the header. */
export function isColumnNumberRow(cells: readonly Cell[]): boolean {
  const first = text(cells[0]) || text(cells[1]);
  // Most rows fail on the first filled cell: no array is built for them.
  if (first !== '(1)' && first !== '1' && first !== '1.' && first !== '(2)' && first !== '2') return false;
  const filled = cells.map(text).filter((t) => t !== '');
  if (filled.length < 2) return false;
  const offset = filled[0] === '(2)' || filled[0] === '2' ? 1 : 0;
  return filled.every((t, i) => t === `(${i + 1 + offset})` || t === String(i + 1 + offset) || t === `${i + 1 + offset}.`);
}

/** A totals row: a "Jumlah"/"Total" label somewhere in it. */
export function isTotalRow(cells: readonly Cell[]): boolean {
  return cells.some((c) => typeof c === 'string' && TOTAL_LABEL.test(c.trim()));
}

/**
 * Sheets that hold how to fill the list or the values of its drop-down lists, never data: Cakap's
 * templates have a "Petunjuk" and a "Pilihan" sheet, and many offices' forms a "Petunjuk pengisian".
 * They are passed over without a warning.
 */
export function isHelpSheet(name: string): boolean {
  return /^\s*(petunjuk(\s+pengisian)?|pilihan|cara\s+(mengisi|pengisian))\s*$/i.test(name);
}

export function isBlankRow(cells: readonly Cell[]): boolean {
  for (const cell of cells) if (text(cell) !== '') return false;
  return true;
}

/** "Sungai Kunyit, 14 Januari 2027", "Padang Aro, 02-06-2025": the place and date above a signature. */
const PLACE_AND_DATE = /^[\p{L}][\p{L} .'’-]*,\s*(\d{1,2}\s+\p{L}+\.?\s+\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\p{L}+\s+\d{4})$/u;
/** The roles and phrases that open a signature: "Mengetahui,", "Yang membuat daftar,", "Wali Nagari …". */
const SIGNATURE_ROLE =
  /^(mengetahui|menyetujui|disetujui|diketahui|diperiksa|dibuat|yang\s+membuat|pembuat\s+daftar|wali\s*nagari|walinagari|wali\s+jorong|kepala\b|kades\b|camat\b|lurah\b|sekretaris\b|sekdes\b|ketua\b|bendahara\b|operator\b|petugas\b|pengelola\b|pendamping\b|a\.?\s?n\.?\s|an\.|ttd\b|t\.t\.d|dto\b|plt\.?\s|plh\.?\s|pj\.?\s|kasi\b|kabid\b|kadis\b)/i;
/** "Catatan:", "Keterangan", "Ket.", "NB:", "*) …", "Sumber:": a note under the table. */
const NOTE = /^(catatan|keterangan|ket\s*[.:]|nb\s*[.:]|n\.b\.|\*+\)?|sumber\s*:|note\s*:)/i;
/** "L = Laki-laki", "P : Perempuan", "BPU = Bukan Penerima Upah": a legend of the codes used. */
const LEGEND = /^[\p{L}\d/]{1,5}\s*[=:]\s*\p{L}/u;
/** The signer: "( H. ZULKIFLI )", a name in capitals with or without a degree, "NIP 19750312 …". */
const SIGNER_IN_BRACKETS = /^\(.*\)$/;
const NIP = /^(nip|nrp|nipp|niptt)\b\.?\s*[:.]?\s*[\d\s.-]*$/i;
const NAME_IN_CAPITALS = /^(?=.*\p{Lu}{2})[\p{Lu}][\p{Lu}\s.'’-]*(,\s*[\p{L}.\s]{1,12})?$/u;
const NAME_WITH_DEGREE = /^[\p{L}][\p{L}\s.'’-]*,\s*(S|M|Dr|Ir|A|D)\.?\s?[\p{L}.]{1,8}$/u;
const UNDERLINE = /^[_.\s-]{3,}$/;
/** A numbered line of a note: "1. Data per 31 Desember". */
const NOTE_LINE = /^\d{1,2}[.)]\s+\p{L}/u;

/** What a row after the data looks like, if not data. */
export type EndingKind = 'signature' | 'note';

/**
 * Whether a row can belong to a list's ending, and how sure that is: 'strong' rows start one
 * (a place and date, a role, a note, a legend), 'weak' ones only continue one (the signer's name,
 * a NIP, a numbered note line); null: the row looks like data. A row with digits in the list's key
 * column (NIK, for instance) is always data.
 */
export function endingRow(cells: readonly Cell[], keyColumn: number | undefined): { kind: EndingKind; strong: boolean } | null {
  const filled: string[] = [];
  for (const cell of cells) {
    if (typeof cell === 'number' || typeof cell === 'boolean' || cell instanceof Date) return null;
    const t = text(cell);
    if (t !== '') filled.push(t.replace(/\s+/g, ' '));
  }
  // A signature block has one cell per column of signers; a note or a legend one or two.
  if (filled.length === 0 || filled.length > 3) return null;
  const key = keyColumn === undefined ? '' : text(cells[keyColumn]);
  if (/\d{6}/.test(key) && !NIP.test(key)) return null;
  let strong = false;
  let signature = false;
  for (const t of filled) {
    if (PLACE_AND_DATE.test(t) || SIGNATURE_ROLE.test(t)) {
      strong = true;
      signature = true;
    } else if (NOTE.test(t) || LEGEND.test(t)) {
      strong = true;
    } else if (SIGNER_IN_BRACKETS.test(t) || NIP.test(t) || NAME_IN_CAPITALS.test(t) || NAME_WITH_DEGREE.test(t) || UNDERLINE.test(t)) {
      signature = true;
    } else if (!NOTE_LINE.test(t)) {
      return null;
    }
  }
  return { kind: signature ? 'signature' : 'note', strong };
}

/** No list ends in more rows than this; past it, held rows were data after all. */
const MAX_ENDING_ROWS = 200;

export interface TableRow {
  rowNumber: number;
  cells: Cell[];
}

/** Rows skipped as a list's ending: a signature block and/or notes, or a second table. */
export interface SkippedRows {
  kind: 'ending' | 'table';
  from: number;
  to: number;
  /** For an ending: whether it held a signature, notes, or both. */
  signature: boolean;
  notes: boolean;
  /** For a second table: its title, when it has one. */
  title: string | null;
}

/**
 * Follows a table's rows after its header and decides which are data. `push` returns the rows to
 * treat as data now (none while it holds back a possible ending; several when it lets them go);
 * `finish` at the end of the sheet returns what was skipped. After a second table has begun, every
 * further row of the sheet is skipped.
 */
export class TableEnd {
  private held: TableRow[] = [];
  private heldStrong = false;
  private heldSignature = false;
  private heldNotes = false;
  private blankBefore = false;
  private lastRow: number | null = null;
  private title: TableRow | null = null;
  private secondTable: SkippedRows | null = null;
  readonly skipped: SkippedRows[] = [];

  /**
   * `finish` returns the rows still to treat as data; `skipped` lists what was skipped.
   * @param keyColumn the column that identifies a data row (six digits in a row there mean data)
   * @param isHeader whether a row is a header of such a table (a second table begins with one)
   * @param isOwnHeader whether a row repeats this table's own header cells
   */
  constructor(
    private readonly keyColumn: number | undefined,
    private readonly isHeader: (cells: readonly Cell[]) => boolean,
    private readonly isOwnHeader?: (cells: readonly Cell[]) => boolean,
  ) {}

  push(row: TableRow): TableRow[] {
    if (this.secondTable) {
      this.secondTable.to = row.rowNumber;
      return [];
    }
    // A row missing between two rows (writers leave empty rows out) is an empty row too.
    if (this.lastRow !== null && row.rowNumber > this.lastRow + 1) this.blankBefore = true;
    this.lastRow = row.rowNumber;
    const blank = isBlankRow(row.cells);
    if (blank) {
      this.blankBefore = true;
      if (this.held.length > 0) this.held.push(row);
      return [];
    }
    const afterBlank = this.blankBefore;
    this.blankBefore = false;
    // The list's own header again after an empty row, with no title: a list pasted page by page.
    // The header row is not data; the list goes on.
    if (afterBlank && !this.title && this.isOwnHeader?.(row.cells)) return this.release();
    // A second table: after an empty row, its header (perhaps under a title row).
    if ((afterBlank || this.title) && this.isHeader(row.cells)) {
      const from = this.title?.rowNumber ?? row.rowNumber;
      const released = this.releaseEnding();
      this.secondTable = { kind: 'table', from, to: row.rowNumber, signature: false, notes: false, title: this.title ? titleOf(this.title.cells) : null };
      this.skipped.push(this.secondTable);
      this.title = null;
      return released;
    }
    const pendingTitle = this.title;
    this.title = null;
    const ending = endingRow(row.cells, this.keyColumn);
    if (ending && (ending.strong || this.held.length > 0) && this.held.length < MAX_ENDING_ROWS) {
      if (pendingTitle) this.held.push(pendingTitle);
      this.held.push(row);
      this.heldStrong ||= ending.strong;
      this.heldSignature ||= ending.kind === 'signature';
      this.heldNotes ||= ending.kind === 'note';
      return [];
    }
    const out: TableRow[] = [...this.release(), ...(pendingTitle ? [pendingTitle] : [])];
    // One lone text after an empty row may be the title of a second table: wait for the next row.
    if (afterBlank && isLoneText(row.cells, this.keyColumn)) {
      this.title = row;
      return out;
    }
    out.push(row);
    return out;
  }

  /** The end of the sheet: what is still held was the list's ending; returns rows still to treat as data. */
  finish(): TableRow[] {
    const rows = this.releaseEnding();
    if (this.title) rows.push(this.title);
    this.title = null;
    return rows;
  }

  /** The held rows become an ending that is skipped; returns nothing to treat as data. */
  private releaseEnding(): TableRow[] {
    const rows = this.held.filter((r) => !isBlankRow(r.cells));
    if (rows.length > 0 && this.heldStrong) {
      this.skipped.push({ kind: 'ending', from: rows[0]!.rowNumber, to: rows.at(-1)!.rowNumber, signature: this.heldSignature, notes: this.heldNotes, title: null });
      this.reset();
      return [];
    }
    return this.release();
  }

  /** The held rows were inside the list after all: they are data to be checked. */
  private release(): TableRow[] {
    const rows = this.held;
    this.reset();
    return rows;
  }

  private reset(): void {
    this.held = [];
    this.heldStrong = false;
    this.heldSignature = false;
    this.heldNotes = false;
  }
}

function isLoneText(cells: readonly Cell[], keyColumn: number | undefined): boolean {
  let filled = 0;
  for (const cell of cells) {
    if (text(cell) === '') continue;
    if (typeof cell !== 'string') return false;
    filled++;
  }
  return filled === 1 && (keyColumn === undefined || !/\d{6}/.test(text(cells[keyColumn])));
}

function titleOf(cells: readonly Cell[]): string | null {
  for (const cell of cells) if (text(cell) !== '') return text(cell);
  return null;
}

/** "blok tanda tangan di baris 29–34 dilewati", for a warning the operator reads once. */
export function describeSkipped(skipped: SkippedRows): string {
  const rows = skipped.from === skipped.to ? `baris ${skipped.from}` : `baris ${skipped.from}–${skipped.to}`;
  if (skipped.kind === 'table') {
    return `tabel lain${skipped.title ? ` ("${skipped.title.length > 80 ? `${skipped.title.slice(0, 77)}...` : skipped.title}")` : ''} di ${rows} dilewati; yang diambil hanya tabel pertama.`;
  }
  const what = skipped.signature && skipped.notes ? 'blok tanda tangan dan catatan' : skipped.signature ? 'blok tanda tangan' : 'catatan dan keterangan';
  return `${what} di ${rows} dilewati (bukan data).`;
}

/** Whether a row's cells are the header's cells again (case and spacing aside). */
export function sameCells(header: readonly string[]): (cells: readonly Cell[]) => boolean {
  const want = header.map((h) => h.trim().replace(/\s+/g, ' ').toLowerCase());
  return (cells) => {
    let matched = 0;
    for (let i = 0; i < Math.max(want.length, cells.length); i++) {
      const got = text(cells[i]).replace(/\s+/g, ' ').toLowerCase();
      if (got !== (want[i] ?? '')) return false;
      if (got !== '') matched++;
    }
    return matched >= 2;
  };
}

/**
 * The rows of a table held in memory (the rows after its header), split into the data and what
 * TableEnd skips: for importers that read a whole list before taking its rows.
 */
export function tableRows(
  rows: readonly TableRow[],
  keyColumn: number | undefined,
  isHeader: (cells: readonly Cell[]) => boolean,
  isOwnHeader?: (cells: readonly Cell[]) => boolean,
): { rows: TableRow[]; skipped: SkippedRows[] } {
  const end = new TableEnd(keyColumn, isHeader, isOwnHeader);
  const data: TableRow[] = [];
  for (const row of rows) data.push(...end.push(row));
  data.push(...end.finish());
  return { rows: data, skipped: end.skipped };
}
