import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { SaxesParser } from 'saxes';
import { isDateFormat, realDate, serialCell } from './cellValues';
import { CellType, SheetStructureError, sharedStringsTokenizer, sheetTokenizer, type RawCell } from './cellXml';
import { CakapError, fileUnreadable } from '../errors';
import type { Cell, ReadOptions } from './readOptions';
import { badStructure } from './structure';
import { checkXlsxDirectory, damagedPart, PartGuard } from './xlsxGuard';
import { entryDataRange, readAt, ZipProblem, type ZipEntry } from './zip';

/**
 * The .xlsx reader: every row of every worksheet, in the workbook's sheet order and with the
 * sheets' own names, read in one pass over each part the import needs.
 *
 * - The zip's central directory is read first, so the workbook part (sheet names, 1900 or 1904
 *   date system), the shared strings (kept as a plain array) and the styles (which cells are dates)
 *   are found and read before any sheet, whatever order the writer put the parts in.
 * - Each part is inflated once; the same inflated bytes go through the guard's checks
 *   (xlsxGuard.ts) and then to a tokenizer: cellXml.ts for the sheets and the shared strings,
 *   saxes for the small parts. Parts the import does not need (themes, images, printer settings)
 *   are never inflated.
 * - The file's SHA-256 (how a list imported twice is recognised) is computed from the same reads,
 *   in file order, while the sheets stream past; asked for with `onHash`.
 * - Only what a list needs is built: per cell its value (shared or inline text, number, boolean,
 *   date, a formula's cached result), no styles, fonts or formula objects.
 *
 * exceljs remains Cakap's workbook writer and the reference this reader is tested against
 * (test/integration/xlsxReader.test.ts); where exceljs is knowingly wrong (rich text in an inline
 * string, text escaped twice, a formula's cached boolean or date) this reader gives the cell as Excel
 * shows it.
 */

const BLOCK = 1024 * 1024;
const INFLATED_CHUNK = 256 * 1024;

interface SheetRef {
  name: string;
  entry: ZipEntry;
}

interface Workbook {
  sheets: SheetRef[];
  date1904: boolean;
  sharedStrings: (string | null)[];
  dateStyles: boolean[];
}

/** Errors from the caller's callbacks pass through untouched; anything else is the file's fault. */
class CallbackError extends Error {
  constructor(readonly inner: unknown) {
    super('callback');
  }
}

export async function readXlsx(file: string, displayName: string, options: ReadOptions): Promise<void> {
  const entries = checkXlsxDirectory(file, displayName);
  const fd = fs.openSync(file, 'r');
  let current = '';
  try {
    const fileSize = fs.fstatSync(fd).size;
    const parts = new Map(entries.map((e) => [normalisePartName(e.name), e]));
    const workbook = await readWorkbook(fd, parts, displayName);
    if (workbook.sheets.length === 0) throw fileUnreadable(`Berkas "${displayName}" tidak berisi lembar kerja (sheet) apa pun.`);
    const hasher = options.onHash ? new FileHasher(fd, fileSize) : null;
    let index = 0;
    for (const sheet of workbook.sheets) {
      current = sheet.name;
      call(() => options.onSheet(sheet.name, index));
      index++;
      await readSheet(fd, sheet.entry, workbook, displayName, options, hasher, fileSize);
    }
    if (hasher) {
      hasher.advance(fileSize);
      const digest = hasher.digest();
      call(() => options.onHash!(digest));
    }
    options.onBytes?.(fileSize, fileSize);
  } catch (error) {
    if (error instanceof CallbackError) throw error.inner;
    if (error instanceof CakapError) throw error;
    if (error instanceof SheetStructureError) throw badStructure(displayName, current, error.detail);
    throw fileUnreadable(
      `Berkas "${displayName}" rusak atau bukan lembar kerja Excel yang sah (${describe(error)}). Coba buka di Excel lalu simpan ulang sebagai .xlsx.`,
    );
  } finally {
    fs.closeSync(fd);
  }
}

function call<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw new CallbackError(error);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : String(error);
}

/** Zip names as the relationships resolve them: forward slashes, no leading slash, any case. */
function normalisePartName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/** A relationship target, relative to the part that names it (or absolute from the package root). */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return normalisePartName(target);
  return normalisePartName(path.posix.normalize(path.posix.join(path.posix.dirname(fromPart), target)));
}

/** The rels part beside a part: xl/workbook.xml -> xl/_rels/workbook.xml.rels. */
function relsOf(part: string): string {
  return normalisePartName(path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`));
}

async function readWorkbook(fd: number, parts: Map<string, ZipEntry>, displayName: string): Promise<Workbook> {
  const root = await readRelationships(fd, parts.get('_rels/.rels'), '', displayName);
  const workbookPart = root.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookEntry = parts.get(workbookPart);
  if (!workbookEntry) throw fileUnreadable(`Berkas "${displayName}" bukan lembar kerja Excel yang sah: bagian buku kerjanya (workbook) tidak ada.`);

  const declared: { name: string; rId: string }[] = [];
  let date1904 = false;
  await parseXmlPart(fd, workbookEntry, displayName, (parser) => {
    parser.on('opentag', (tag) => {
      if (tag.name === 'sheet') {
        const rId = Object.entries(tag.attributes).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
        declared.push({ name: String(tag.attributes.name ?? `Sheet${declared.length + 1}`), rId: String(rId ?? '') });
      } else if (tag.name === 'workbookPr') {
        const value = String(tag.attributes.date1904 ?? '').toLowerCase();
        date1904 = value === '1' || value === 'true';
      }
    });
  });

  const rels = await readRelationships(fd, parts.get(relsOf(workbookPart)), workbookPart, displayName);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetRef[] = [];
  for (const sheet of declared) {
    const rel = byId.get(sheet.rId);
    // Chart sheets and dialog sheets have no rows; a sheet whose part is missing has none either.
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    const entry = parts.get(rel.target);
    if (entry) sheets.push({ name: sheet.name, entry });
  }
  const shared = rels.find((r) => r.type.endsWith('/sharedStrings'));
  const styles = rels.find((r) => r.type.endsWith('/styles'));
  const sharedEntry = shared ? parts.get(shared.target) : undefined;
  const stylesEntry = styles ? parts.get(styles.target) : undefined;
  return {
    sheets,
    date1904,
    sharedStrings: sharedEntry ? await readSharedStrings(fd, sharedEntry, displayName) : [],
    dateStyles: stylesEntry ? await readDateStyles(fd, stylesEntry, displayName) : [],
  };
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

async function readRelationships(fd: number, entry: ZipEntry | undefined, fromPart: string, displayName: string): Promise<Relationship[]> {
  if (!entry) return [];
  const rels: Relationship[] = [];
  await parseXmlPart(fd, entry, displayName, (parser) => {
    parser.on('opentag', (tag) => {
      if (tag.name !== 'Relationship' || String(tag.attributes.TargetMode ?? '') === 'External') return;
      rels.push({
        id: String(tag.attributes.Id ?? ''),
        type: String(tag.attributes.Type ?? ''),
        target: resolveTarget(fromPart, String(tag.attributes.Target ?? '')),
      });
    });
  });
  return rels;
}

/** Every string of the shared-strings table, in a plain array. */
async function readSharedStrings(fd: number, entry: ZipEntry, displayName: string): Promise<(string | null)[]> {
  const strings: (string | null)[] = [];
  // An empty string reads as an empty cell, as exceljs (and Excel's own lookups) treat it.
  const tokenizer = sharedStringsTokenizer((text) => strings.push(text === '' ? null : text));
  for await (const chunk of inflatedPart(fd, entry, displayName, null)) tokenizer.write(chunk);
  tokenizer.end();
  return strings;
}

/** Built-in number formats that show dates or times (ECMA-376 18.8.30, the CJK ones included). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** For each cell style (xf) of the workbook: whether its number format shows a date. */
async function readDateStyles(fd: number, entry: ZipEntry, displayName: string): Promise<boolean[]> {
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  await parseXmlPart(fd, entry, displayName, (parser) => {
    parser.on('opentag', (tag) => {
      if (tag.name === 'numFmt') formats.set(Number(tag.attributes.numFmtId), String(tag.attributes.formatCode ?? ''));
      else if (tag.name === 'cellXfs') inCellXfs = true;
      else if (tag.name === 'xf' && inCellXfs) xfFormats.push(Number(tag.attributes.numFmtId ?? 0));
    });
    parser.on('closetag', (tag) => {
      if (tag.name === 'cellXfs') inCellXfs = false;
    });
  });
  return xfFormats.map((id) => {
    const custom = formats.get(id);
    return custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATE_FORMATS.has(id);
  });
}

const SAX_OPTIONS = { xmlns: false, position: false } as const;

/** Parses a whole (small) part with the handlers `setup` installs. */
async function parseXmlPart(fd: number, entry: ZipEntry, displayName: string, setup: (parser: SaxesParser<typeof SAX_OPTIONS>) => void): Promise<void> {
  const parser = new SaxesParser(SAX_OPTIONS);
  setup(parser);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of inflatedPart(fd, entry, displayName, null)) parser.write(decoder.decode(chunk, { stream: true }));
  parser.write(decoder.decode());
  parser.close();
}

/**
 * Hashes the file's bytes in file order as the reader passes over them: bytes the reader reads in
 * order are hashed as they are read; bytes it skips are read and hashed when it moves past them.
 */
class FileHasher {
  private readonly hash = crypto.createHash('sha256');
  position = 0;
  constructor(
    private readonly fd: number,
    private readonly size: number,
  ) {}

  /** Hashes everything up to `offset` not yet hashed. */
  advance(offset: number): void {
    const end = Math.min(offset, this.size);
    while (this.position < end) {
      const block = readAt(this.fd, this.position, Math.min(BLOCK, end - this.position));
      if (block.length === 0) break;
      this.hash.update(block);
      this.position += block.length;
    }
  }

  /** Takes a block the reader has just read at `offset`, if it is the next one in file order. */
  take(offset: number, block: Buffer): void {
    if (offset !== this.position) return;
    this.hash.update(block);
    this.position += block.length;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** An entry's compressed bytes, read in blocks; each block is offered to the hasher. */
function* compressedBlocks(fd: number, start: number, end: number, hasher: FileHasher | null, onBytes: ((at: number) => void) | null): Generator<Buffer> {
  if (hasher && hasher.position < start) hasher.advance(start);
  for (let at = start; at < end; ) {
    const block = readAt(fd, at, Math.min(BLOCK, end - at));
    if (block.length === 0) throw new ZipProblem('entry beyond the end of the file');
    hasher?.take(at, block);
    at += block.length;
    onBytes?.(at);
    yield block;
  }
}

/** A part's bytes, inflated once and checked by the guard before anyone parses them. */
async function* inflatedPart(
  fd: number,
  entry: ZipEntry,
  displayName: string,
  hasher: FileHasher | null,
  onBytes: ((at: number) => void) | null = null,
): AsyncGenerator<Buffer> {
  const guard = new PartGuard(entry, displayName);
  let range: { start: number; end: number };
  try {
    range = entryDataRange(fd, entry);
  } catch (error) {
    if (error instanceof ZipProblem) throw damagedPart(displayName, entry.name);
    throw error;
  }
  if (entry.method === 0) {
    for (const block of compressedBlocks(fd, range.start, range.end, hasher, onBytes)) {
      guard.check(block);
      yield block;
    }
    return;
  }
  const source = Readable.from(compressedBlocks(fd, range.start, range.end, hasher, onBytes));
  const inflate = zlib.createInflateRaw({ chunkSize: INFLATED_CHUNK });
  source.on('error', (error) => inflate.destroy(error));
  source.pipe(inflate);
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      guard.check(chunk);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof CakapError) throw error;
    throw damagedPart(displayName, entry.name);
  } finally {
    source.destroy();
    inflate.destroy();
  }
}

/** An ISO 8601 date cell (t="d"), which a few writers use instead of a serial number. */
function isoDate(text: string): Date | null {
  return realDate(new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !/T/.test(text) ? text : `${text}Z`));
}

async function readSheet(
  fd: number,
  entry: ZipEntry,
  workbook: Workbook,
  displayName: string,
  options: ReadOptions,
  hasher: FileHasher | null,
  fileSize: number,
): Promise<void> {
  const { sharedStrings, dateStyles, date1904 } = workbook;
  const ready: { rowNumber: number; cells: Cell[] }[] = [];
  let cells: Cell[] = [];
  let lastFilled = -1;
  const tokenizer = sheetTokenizer(
    (raw) => {
      const cell = cellValue(raw, sharedStrings, dateStyles, date1904);
      if (cell === null) return;
      const column = raw.column;
      while (cells.length < column) cells.push(null);
      cells[column] = cell;
      if (column > lastFilled) lastFilled = column;
    },
    (rowNumber) => {
      if (cells.length > lastFilled + 1) cells.length = lastFilled + 1;
      ready.push({ rowNumber, cells });
    },
    () => {
      cells = [];
      lastFilled = -1;
    },
  );

  const onBytes = options.onBytes ? (at: number) => options.onBytes!(at, fileSize) : null;
  const deliver = async () => {
    for (let i = 0; i < ready.length; i++) {
      const row = ready[i]!;
      const wait = call(() => options.onRow(row.rowNumber, row.cells));
      if (wait) await wait.catch((error: unknown) => Promise.reject(new CallbackError(error)));
    }
    ready.length = 0;
  };
  for await (const chunk of inflatedPart(fd, entry, displayName, hasher, onBytes)) {
    tokenizer.write(chunk);
    if (ready.length > 0) await deliver();
  }
  tokenizer.end();
  await deliver();
}

function cellValue(raw: RawCell, sharedStrings: readonly (string | null)[], dateStyles: readonly boolean[], date1904: boolean): Cell {
  const value = raw.text;
  switch (raw.type) {
    case CellType.Shared:
      if (raw.shared >= 0) return sharedStrings[raw.shared] ?? null;
      return value === null ? null : (sharedStrings[Number(value)] ?? null);
    case CellType.Inline:
      return value;
    case CellType.FormulaString:
      return value;
    case CellType.Boolean:
      return value === null ? null : value.trim() !== '0' && value.trim().toLowerCase() !== 'false';
    case CellType.Error:
      return null;
    case CellType.IsoDate:
      return value === null ? null : isoDate(value.trim());
    default: {
      if (value === null || value === '') return null;
      const number = Number(value);
      if (!Number.isFinite(number)) return raw.formula ? null : value;
      return serialCell(number, dateStyles[raw.style] === true, date1904);
    }
  }
}
