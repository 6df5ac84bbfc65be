/**
 * A tokenizer for the two big parts of an .xlsx, on their bytes: a worksheet's rows
 * (`<row r><c r t s><v>…</v> | <is><t>…</t></is> | <f>…</f></c></row>`) and the shared-strings table
 * (`<si><t>…</t> | <r><t>…</t></r> | <rPh>…</rPh></si>`). It works on the inflated bytes directly and
 * makes a string only for the text a cell holds: saxes, a full XML tokenizer, spent as long on these
 * parts as exceljs's whole read (bench/run.ts prints both). The small parts (workbook, relationships,
 * styles) are read with saxes.
 *
 * What it handles of XML is what these parts can hold: elements with or without a namespace prefix,
 * attributes in any order with either quote, self-closing tags, the five entities and character
 * references, CDATA, comments and processing instructions. Declarations (`<!DOCTYPE`) never reach
 * it: the guard refuses them first. Bytes are split only at "<", so a character is never cut.
 */

import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from './cellValues';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const QUOTE = 0x22;
const APOS = 0x27;

export const enum Tag {
  Other,
  Row,
  C,
  V,
  T,
  Is,
  F,
  RPh,
  Si,
  SheetData,
}

/** The element's local name (after any prefix) as a small code; Other for every name we ignore. */
function tagOf(buf: Buffer, start: number, end: number): Tag {
  for (let i = start; i < end; i++) if (buf[i] === COLON) start = i + 1;
  const length = end - start;
  const a = buf[start];
  if (length === 1) {
    if (a === 0x63) return Tag.C; // c
    if (a === 0x76) return Tag.V; // v
    if (a === 0x74) return Tag.T; // t
    if (a === 0x66) return Tag.F; // f
    return Tag.Other;
  }
  if (length === 2) {
    if (a === 0x69 && buf[start + 1] === 0x73) return Tag.Is; // is
    if (a === 0x73 && buf[start + 1] === 0x69) return Tag.Si; // si
    return Tag.Other;
  }
  if (length === 3) {
    if (a === 0x72 && buf[start + 1] === 0x6f && buf[start + 2] === 0x77) return Tag.Row; // row
    if (a === 0x72 && buf[start + 1] === 0x50 && buf[start + 2] === 0x68) return Tag.RPh; // rPh
    return Tag.Other;
  }
  if (length === 9 && a === 0x73 && buf.toString('latin1', start, end) === 'sheetData') return Tag.SheetData;
  return Tag.Other;
}

function isNameEnd(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === SLASH || byte === GT;
}

/** Where the tag opened at `lt` ends (its ">"), outside quoted attribute values; -1 when not in this buffer. */
function tagEnd(buf: Buffer, lt: number, length: number): number {
  let quote = 0;
  for (let i = lt + 1; i < length; i++) {
    const byte = buf[i]!;
    if (quote !== 0) {
      if (byte === quote) quote = 0;
    } else if (byte === GT) return i;
    else if (byte === QUOTE || byte === APOS) quote = byte;
  }
  return -1;
}

/** The span of a one-letter attribute's value (r, t, s) inside a tag, or null. */
function attribute(buf: Buffer, from: number, to: number, letter: number): [number, number] | null {
  for (let i = from + 1; i < to; i++) {
    if (buf[i] !== letter || buf[i + 1] !== 0x3d) continue;
    const before = buf[i - 1];
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
    const quote = buf[i + 2];
    if (quote !== QUOTE && quote !== APOS) continue;
    const end = buf.indexOf(quote, i + 3);
    return end < 0 || end > to ? null : [i + 3, end];
  }
  return null;
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code > 0x10ffff ? '\ufffd' : String.fromCodePoint(code);
  });
}

/**
 * The events a part's handler receives. Text is decoded only while `capturing` is true.
 * `open` gets the tag's bytes [from, to) for reading attributes with `attribute`.
 */
interface Handler {
  capturing: boolean;
  open(tag: Tag, buf: Buffer, from: number, to: number, selfClosing: boolean): void;
  close(tag: Tag): void;
  text(value: string): void;
}

/** Feeds a part's bytes chunk by chunk; keeps an unfinished tag for the next chunk. */
class Tokenizer {
  private rest: Buffer | null = null;
  constructor(private readonly handler: Handler) {}

  write(chunk: Buffer): void {
    const buf = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
    this.rest = null;
    const length = buf.length;
    const h = this.handler;
    let pos = 0;
    while (pos < length) {
      const lt = buf.indexOf(LT, pos);
      if (lt < 0) {
        // Text running past the chunk waits for its end, so no character or entity is cut.
        this.rest = buf.subarray(pos);
        return;
      }
      if (lt > pos && h.capturing) h.text(decodeEntities(buf.toString('utf8', pos, lt)));
      const next = buf[lt + 1];
      if (next === undefined) {
        this.rest = buf.subarray(lt);
        return;
      }
      if (next === BANG || next === QUESTION) {
        const skipped = this.special(buf, lt, length);
        if (skipped < 0) {
          this.rest = buf.subarray(lt);
          return;
        }
        pos = skipped;
        continue;
      }
      const gt = tagEnd(buf, lt, length);
      if (gt < 0) {
        this.rest = buf.subarray(lt);
        return;
      }
      if (next === SLASH) {
        let nameEnd = lt + 2;
        while (nameEnd < gt && !isNameEnd(buf[nameEnd])) nameEnd++;
        h.close(tagOf(buf, lt + 2, nameEnd));
      } else {
        let nameEnd = lt + 1;
        while (nameEnd < gt && !isNameEnd(buf[nameEnd])) nameEnd++;
        const tag = tagOf(buf, lt + 1, nameEnd);
        const selfClosing = buf[gt - 1] === SLASH;
        h.open(tag, buf, nameEnd, gt, selfClosing);
        if (selfClosing) h.close(tag);
      }
      pos = gt + 1;
    }
  }

  /** Comments, CDATA and processing instructions: returns where they end, or -1 when cut off. */
  private special(buf: Buffer, lt: number, length: number): number {
    if (buf[lt + 1] === QUESTION) {
      const end = buf.indexOf('?>', lt + 2, 'latin1');
      return end < 0 ? -1 : end + 2;
    }
    if (length - lt < 9) return -1;
    if (buf.toString('latin1', lt, lt + 4) === '<!--') {
      const end = buf.indexOf('-->', lt + 4, 'latin1');
      return end < 0 ? -1 : end + 3;
    }
    if (buf.toString('latin1', lt, lt + 9) === '<![CDATA[') {
      const end = buf.indexOf(']]>', lt + 9, 'latin1');
      if (end < 0) return -1;
      if (this.handler.capturing) this.handler.text(buf.toString('utf8', lt + 9, end));
      return end + 3;
    }
    // Any other declaration: the guard refuses DOCTYPE and ENTITY before the bytes get here.
    const end = buf.indexOf(GT, lt);
    return end < 0 ? -1 : end + 1;
  }

  end(): void {
    if (this.rest && this.rest.includes(LT)) throw new Error('XML terpotong');
  }
}

/** Decimal digits of a byte span as a number (shared-string indexes, style ids, row numbers). */
function integer(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return to > from ? n : Number.NaN;
}

const MAX_COLUMN_INDEX = EXCEL_MAX_COLUMNS - 1;

/**
 * Column letters of a cell reference to a 0-based index: "B12" -> 1. -1 when the reference is not
 * one Excel writes (lowercase, no row digits, "$", past XFD): the caller then uses the cell's position.
 */
function columnOf(buf: Buffer, from: number, to: number): number {
  let n = 0;
  let i = from;
  for (; i < to && i - from < 4; i++) {
    const c = buf[i]!;
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  if (i === from || i === to || n - 1 > MAX_COLUMN_INDEX) return -1;
  for (let j = i; j < to; j++) if (buf[j]! < 48 || buf[j]! > 57) return -1;
  return n - 1;
}

/**
 * A worksheet whose rows or cells are laid out as no spreadsheet program writes them: a cell named
 * twice or before the one left of it. `detail` is the Indonesian words for what was found; the reader
 * adds the file and the sheet.
 */
export class SheetStructureError extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

function cellName(column: number, row: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** A cell's t attribute, as a code. */
export const enum CellType {
  Number,
  Shared,
  Inline,
  FormulaString,
  Boolean,
  Error,
  IsoDate,
}

function cellTypeOf(buf: Buffer, from: number, to: number): CellType {
  const length = to - from;
  const a = buf[from];
  if (length === 1) {
    if (a === 0x73) return CellType.Shared; // s
    if (a === 0x62) return CellType.Boolean; // b
    if (a === 0x65) return CellType.Error; // e
    if (a === 0x64) return CellType.IsoDate; // d
    return CellType.Number; // n
  }
  if (length === 3 && a === 0x73) return CellType.FormulaString; // str
  if (length === 9 && a === 0x69) return CellType.Inline; // inlineStr
  return CellType.Number;
}

/** What the sheet reader receives for each cell; it turns it into a value. */
export interface RawCell {
  column: number;
  type: CellType;
  style: number;
  /** Text of <v>, or of the inline string's runs; null when the cell has neither. */
  text: string | null;
  /** Shared-string index, read from the bytes of <v> without making a string. */
  shared: number;
  formula: boolean;
}

/**
 * A worksheet's rows: `onCell` for each cell with a value or an inline string, `onRow` when a row
 * closes (with its number as Excel shows it). Rows outside <sheetData> do not exist.
 */
export function sheetTokenizer(onCell: (cell: RawCell) => void, onRow: (rowNumber: number) => void, onRowStart: () => void): { write(chunk: Buffer): void; end(): void } {
  let inData = false;
  let rowNumber = 0;
  let inInline = false;
  let phonetic = 0;
  let parts: string[] = [];
  const cell: RawCell = { column: -1, type: CellType.Number, style: 0, text: null, shared: -1, formula: false };
  let inCell = false;
  let capturingV = false;
  let sharedRead = false;

  const handler: Handler = {
    capturing: false,
    open(tag, buf, from, to, selfClosing) {
      if (!inData) {
        if (tag === Tag.SheetData && !selfClosing) inData = true;
        return;
      }
      switch (tag) {
        case Tag.C: {
          // A missing or malformed reference means the next column, as Excel reads a cell without one.
          const r = attribute(buf, from, to, 0x72);
          const named = r ? columnOf(buf, r[0], r[1]) : -1;
          const column = named >= 0 ? named : cell.column + 1;
          if (column > MAX_COLUMN_INDEX) throw new SheetStructureError(`baris ${rowNumber} berisi lebih dari 16.384 kolom, batas Excel`);
          if (column <= cell.column) {
            throw new SheetStructureError(
              column === cell.column
                ? `sel ${cellName(column, rowNumber)} disebut dua kali`
                : `sel ${cellName(column, rowNumber)} tertulis sesudah sel ${cellName(cell.column, rowNumber)} (urutan sel terbalik)`,
            );
          }
          cell.column = column;
          const t = attribute(buf, from, to, 0x74);
          cell.type = t ? cellTypeOf(buf, t[0], t[1]) : CellType.Number;
          const s = attribute(buf, from, to, 0x73);
          cell.style = s ? integer(buf, s[0], s[1]) || 0 : 0;
          cell.text = null;
          cell.shared = -1;
          cell.formula = false;
          inCell = !selfClosing;
          break;
        }
        case Tag.V:
          if (!inCell || selfClosing) break;
          // A shared-string index is read from the bytes; anything else as text.
          if (cell.type === CellType.Shared) {
            const close = buf.indexOf(LT, to + 1);
            if (close > to) {
              cell.shared = integer(buf, to + 1, close);
              sharedRead = true;
              break;
            }
          }
          parts = [];
          capturingV = true;
          handler.capturing = true;
          break;
        case Tag.Is:
          if (!inCell) break;
          inInline = !selfClosing;
          parts = [];
          if (selfClosing) cell.text = '';
          break;
        case Tag.T:
          if (inInline && phonetic === 0 && !selfClosing) handler.capturing = true;
          break;
        case Tag.RPh:
          if (!selfClosing) phonetic++;
          break;
        case Tag.F:
          if (inCell) cell.formula = true;
          break;
        case Tag.Row: {
          // A missing or malformed row number ("x3", "0", past Excel's last row) means the next row, as for a missing one.
          const r = attribute(buf, from, to, 0x72);
          const named = r ? integer(buf, r[0], r[1]) : Number.NaN;
          rowNumber = named >= 1 && named <= EXCEL_MAX_ROWS ? named : rowNumber + 1;
          cell.column = -1;
          onRowStart();
          break;
        }
      }
    },
    close(tag) {
      if (!inData) return;
      switch (tag) {
        case Tag.V:
          if (capturingV) {
            cell.text = parts.length === 1 ? parts[0]! : parts.join('');
            capturingV = false;
            handler.capturing = false;
          } else if (sharedRead) {
            sharedRead = false;
          }
          break;
        case Tag.T:
          if (inInline) handler.capturing = false;
          break;
        case Tag.Is:
          if (!inInline) break;
          inInline = false;
          cell.text = parts.join('');
          break;
        case Tag.RPh:
          phonetic--;
          break;
        case Tag.C:
          if (cell.column >= 0) onCell(cell);
          inCell = false;
          break;
        case Tag.Row:
          onRow(rowNumber);
          break;
        case Tag.SheetData:
          inData = false;
          break;
      }
    },
    text(value) {
      parts.push(value);
    },
  };
  const tokenizer = new Tokenizer(handler);
  return { write: (chunk) => tokenizer.write(chunk), end: () => tokenizer.end() };
}

/** The shared-strings table: the text of each <si>'s runs, phonetic guides left out. */
export function sharedStringsTokenizer(onString: (text: string) => void): { write(chunk: Buffer): void; end(): void } {
  let parts: string[] = [];
  let phonetic = 0;
  let inItem = false;
  const handler: Handler = {
    capturing: false,
    open(tag, _buf, _from, _to, selfClosing) {
      if (tag === Tag.Si) {
        inItem = true;
        parts = [];
      } else if (tag === Tag.T && inItem && phonetic === 0 && !selfClosing) handler.capturing = true;
      else if (tag === Tag.RPh && !selfClosing) phonetic++;
    },
    close(tag) {
      if (tag === Tag.T) handler.capturing = false;
      else if (tag === Tag.RPh) phonetic--;
      else if (tag === Tag.Si && inItem) {
        inItem = false;
        onString(parts.length === 1 ? parts[0]! : parts.join(''));
      }
    },
    text(value) {
      parts.push(value);
    },
  };
  const tokenizer = new Tokenizer(handler);
  return { write: (chunk) => tokenizer.write(chunk), end: () => tokenizer.end() };
}
