import { parse } from 'csv-parse';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline, Transform } from 'node:stream';
import { fileUnreadable } from '../errors';
import { detectSpreadsheetFormat, isLegacyFormat, readHead, type SpreadsheetFormat } from './detect';
import type { ReadOptions } from './readOptions';
import { rowsInOrder } from './structure';
import { readXlsx } from './xlsxReader';

export type { Cell, ReadOptions } from './readOptions';

/**
 * Every sheet and row of a list file, in the calling thread: an .xlsx (xlsxReader.ts) or a .csv
 * (comma, semicolon or tab; UTF-8 with or without BOM, or Windows-1252 as old Excel saves it) streamed
 * with flat memory (an .xlsx's shared strings are held, as every reader of the format must); an .xls or
 * .ods parsed whole by SheetJS (legacyReader.ts), which the doors run only in a reader thread
 * (readInThread.ts). Whatever the format, rows come numbered from 1 up, in order (structure.ts).
 * List importers call spreadsheetReader (readInThread.ts), which picks the thread.
 */
export async function readSpreadsheet(file: string, options: ReadOptions): Promise<void> {
  const displayName = options.displayName ?? path.basename(file);
  const format: SpreadsheetFormat = detectSpreadsheetFormat(file, displayName);
  const checked = rowsInOrder(options, displayName);
  if (format === 'xlsx') await readXlsx(file, displayName, checked);
  else if (isLegacyFormat(format)) await (await import('./legacyReader')).readLegacy(file, displayName, format, checked);
  else await readCsv(file, displayName, checked);
}

function trackedStream(file: string, options: Pick<ReadOptions, 'onBytes'>, hash: crypto.Hash | null): fs.ReadStream {
  const total = fs.statSync(file).size;
  const stream = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  const onBytes = options.onBytes;
  if (onBytes || hash) {
    stream.on('data', (chunk) => {
      hash?.update(chunk as Buffer);
      onBytes?.(stream.bytesRead, total);
    });
  }
  return stream;
}

/** Errors from our own callbacks pass through; anything else is the file's fault. */
class CallbackError extends Error {
  constructor(readonly inner: unknown) {
    super('callback');
  }
}

function call<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw new CallbackError(error);
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
  const hash = options.onHash ? crypto.createHash('sha256') : null;
  pipeline(trackedStream(file, options, hash), decode, parser, () => {});

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
  if (hash) {
    const digest = hash.digest('hex');
    call(() => options.onHash!(digest));
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
