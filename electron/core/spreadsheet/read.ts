import { parse } from 'csv-parse';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline, Transform } from 'node:stream';
import { fileUnreadable } from '../errors';
import { detectSpreadsheetFormat, readHead, type SpreadsheetFormat } from './detect';
import { checkXlsxPackage, openZipEntry, readZipDirectory } from './xlsxGuard';

/** A cell as the importers see it: text, a number, a date (real Excel dates only), or nothing. */
export type Cell = string | number | boolean | Date | null;

export interface ReadOptions {
  /** Name shown in messages; defaults to the file's own name. */
  displayName?: string;
  /** Called with bytes read so far, for progress bars. */
  onBytes?: (bytesRead: number, totalBytes: number) => void;
  /** A new sheet begins (CSV: one sheet named after the file). */
  onSheet(name: string, index: number): void;
  /**
   * One row: its number as Excel shows it (CSV: the line number) and its cells, 0-based by column
   * (cells[0] is column A). Called synchronously from the parser's loop; return a promise only to
   * make the reader wait (backpressure), and throw to stop reading.
   */
  onRow(rowNumber: number, cells: Cell[]): void | Promise<void>;
}

/**
 * Streams every sheet and row of an .xlsx (exceljs's streaming reader) or a .csv (comma,
 * semicolon or tab; UTF-8 with or without BOM, or Windows-1252 as old Excel saves it).
 * Memory stays flat whatever the file size.
 */
export async function readSpreadsheet(file: string, options: ReadOptions): Promise<void> {
  const displayName = options.displayName ?? path.basename(file);
  const format: SpreadsheetFormat = detectSpreadsheetFormat(file, displayName);
  if (format === 'xlsx') await readXlsx(file, displayName, options);
  else await readCsv(file, displayName, options);
}

function trackedStream(file: string, options: Pick<ReadOptions, 'onBytes'>): fs.ReadStream {
  const total = fs.statSync(file).size;
  const stream = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  if (options.onBytes) {
    const onBytes = options.onBytes;
    stream.on('data', () => onBytes(stream.bytesRead, total));
  }
  return stream;
}

/** Errors from our own callbacks pass through; anything else is the file's fault. */
class CallbackError extends Error {
  constructor(readonly inner: unknown) {
    super('callback');
  }
}

async function readXlsx(file: string, displayName: string, options: ReadOptions): Promise<void> {
  await checkXlsxPackage(file, displayName); // hostile or broken zips are refused before exceljs sees them
  // Loaded here, not at the top: threads that never parse an .xlsx do not pay for loading exceljs.
  const { default: ExcelJS } = await import('exceljs');
  // Before the reader's stream is opened: with a progress listener it starts flowing at once.
  const names = await sheetNamesByPart(file).catch(() => new Map<string, string>());
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(trackedStream(file, options), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let index = 0;
  try {
    for await (const worksheet of reader) {
      const { id, name: exceljsName } = worksheet as unknown as { id?: string; name?: string };
      const name = (id !== undefined ? names.get(String(id)) : undefined) ?? exceljsName ?? `Sheet${index + 1}`;
      call(() => options.onSheet(name, index));
      index++;
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        const cells: Cell[] = new Array(Math.max(values.length - 1, 0));
        for (let c = 1; c < values.length; c++) {
          const value = values[c];
          cells[c - 1] = typeof value === 'string' || typeof value === 'number' ? value : toCell(value);
        }
        const wait = call(() => options.onRow(row.number, cells));
        if (wait) await wait.catch((error: unknown) => Promise.reject(new CallbackError(error)));
      }
    }
  } catch (error) {
    if (error instanceof CallbackError) throw error.inner;
    throw fileUnreadable(
      `Berkas "${displayName}" rusak atau bukan lembar kerja Excel yang sah (${describe(error)}). Coba buka di Excel lalu simpan ulang sebagai .xlsx.`,
    );
  }
  if (index === 0) throw fileUnreadable(`Berkas "${displayName}" tidak berisi lembar kerja (sheet) apa pun.`);
}

/**
 * Sheet names by worksheet part number ("1" for xl/worksheets/sheet1.xml), from the workbook and its
 * relationships. exceljs's streaming reader finds them only when a relationship's target is written
 * relative ("worksheets/sheet1.xml"); openpyxl and other writers write it absolute
 * ("/xl/worksheets/sheet1.xml"), and the sheets would all be called Sheet1, Sheet2… in every message.
 * The parts are small and checkXlsxPackage has already bounded their size.
 */
async function sheetNamesByPart(file: string): Promise<Map<string, string>> {
  const entries = readZipDirectory(file);
  const text = async (name: string) => {
    const entry = entries.find((e) => e.name === name);
    if (!entry) return '';
    const chunks: Buffer[] = [];
    for await (const chunk of openZipEntry(file, entry) as AsyncIterable<Buffer>) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  };
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const targets = new Map<string, string>();
  for (const [tag] of (await text('xl/_rels/workbook.xml.rels')).matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const part = /(?:^|\/)worksheets\/sheet(\d+)\.xml$/.exec(attribute(tag, 'Target') ?? '')?.[1];
    if (id && part) targets.set(id, part);
  }
  const names = new Map<string, string>();
  for (const [tag] of (await text('xl/workbook.xml')).matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const part = targets.get(attribute(tag, '(?:\\w+:)?id') ?? '');
    if (name !== undefined && part) names.set(part, decodeXml(name));
  }
  return names;
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (entity, code: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[code.toLowerCase()]) return named[code.toLowerCase()]!;
    const n = code.startsWith('#x') || code.startsWith('#X') ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(n) ? String.fromCodePoint(n) : entity;
  });
}

function call<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw new CallbackError(error);
  }
}

/** Flattens exceljs's cell value shapes (rich text, formulas, hyperlinks, errors) to a plain value. */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'object': {
      if (value instanceof Date) return value;
      const v = value as Record<string, unknown>;
      if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
      if ('formula' in v || 'sharedFormula' in v) return toCell(v.result);
      if ('text' in v) return toCell(v.text);
      if ('error' in v) return null;
      return null;
    }
    default:
      return null;
  }
}

async function readCsv(file: string, displayName: string, options: ReadOptions): Promise<void> {
  const sample = readHead(file, 64 * 1024);
  const encoding = isValidUtf8(sample) ? 'utf-8' : 'windows-1252';
  const delimiter = detectDelimiter(new TextDecoder(encoding).decode(sample));

  const decoder = new TextDecoder(encoding);
  const decode = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, decoder.decode(chunk, { stream: true }));
    },
    flush(callback) {
      callback(null, decoder.decode());
    },
  });
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
  });
  // pipeline() carries backpressure, so a huge CSV is never held in memory; a read error ends the loop below.
  pipeline(trackedStream(file, options), decode, parser, () => {});

  call(() => options.onSheet(path.parse(displayName).name, 0));
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const wait = call(() => options.onRow(record.info.lines, record.record.map((v) => (v === '' ? null : v))));
      if (wait) await wait.catch((error: unknown) => Promise.reject(new CallbackError(error)));
    }
  } catch (error) {
    if (error instanceof CallbackError) throw error.inner;
    throw fileUnreadable(`Berkas CSV "${displayName}" tidak dapat dibaca (${describe(error)}).`);
  }
}

/** The delimiter that splits the first lines most consistently, outside quotes. */
export function detectDelimiter(sample: string): string {
  const lines = sample.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 30);
  let best = ',';
  let bestScore = -1;
  for (const candidate of [';', ',', '\t', '|']) {
    const counts = lines.map((line) => countOutsideQuotes(line, candidate));
    const withIt = counts.filter((n) => n > 0);
    if (withIt.length === 0) continue;
    // Prefer the delimiter present on most lines, then the one with the most columns.
    const score = withIt.length * 1000 + Math.max(...withIt);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, char: string): number {
  let inQuotes = false;
  let count = 0;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === char && !inQuotes) count++;
  }
  return count;
}

function isValidUtf8(sample: Buffer): boolean {
  // A sample may end in the middle of a character; only the last 3 bytes may be incomplete.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, Math.max(0, sample.length - 3)));
    return true;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : String(error);
}
