import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { formatFileSize, formatNumber } from '../../../shared/domain/format';
import { CakapError, fileUnreadable } from '../errors';

/**
 * Checks an .xlsx before exceljs opens it, so that a hostile or broken file gets one clear sentence
 * in seconds instead of exhausting memory, disk or time.
 *
 * 1. The zip's central directory (read here, ~150 lines, no dependency: we need only the directory
 *    and a raw inflate, which node:zlib has): entry count, encryption, compression method, the
 *    declared size of each XML part against a cap (sheets, sharedStrings, the rest), the total
 *    declared size, and the compression ratio per entry and overall (zip bombs).
 * 2. One streaming pass over the XML parts (inflate + byte scan, no XML parsing): the real inflated
 *    size may not exceed the declared one or the caps (a directory that lies), no DTD or entity
 *    declarations (billion laughs; Excel never writes them), no column past Excel's 16,384, and no
 *    cell text longer than Excel's 32,767 characters.
 */
export interface XlsxLimits {
  maxEntries: number;
  maxTotalUncompressed: number;
  /** One worksheet's XML: a 1,000,000-row list is roughly 0.5–1 GB. */
  maxSheetPart: number;
  /** The shared-strings table, which exceljs holds in memory. */
  maxSharedStrings: number;
  /** Any other XML part (workbook, relationships, styles, content types). */
  maxOtherXmlPart: number;
  /** Ratios apply to entries (and files) that inflate to more than ratioFloor bytes. */
  ratioFloor: number;
  maxEntryRatio: number;
  maxOverallRatio: number;
}

const MiB = 1024 * 1024;
export const XLSX_LIMITS: XlsxLimits = {
  maxEntries: 10_000,
  maxTotalUncompressed: 4096 * MiB,
  maxSheetPart: 2048 * MiB,
  maxSharedStrings: 256 * MiB,
  maxOtherXmlPart: 32 * MiB,
  ratioFloor: 1 * MiB,
  maxEntryRatio: 200,
  maxOverallRatio: 100,
};

/** Excel's own limits: 16,384 columns (XFD), 32,767 characters in a cell. */
export const EXCEL_MAX_COLUMNS = 16_384;
export const EXCEL_MAX_CELL_CHARS = 32_767;
/** The longest a cell's text can be in the XML: every character escaped as "&quot;" (6 bytes). */
const MAX_TEXT_RUN_BYTES = EXCEL_MAX_CELL_CHARS * 6 + 64;

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

class ZipProblem extends Error {}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

/** The entries listed in a zip's central directory; throws ZipProblem when there is none to read. */
export function readZipDirectory(file: string): ZipEntry[] {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = readAt(fd, size - tailLength, tailLength);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0 || eocd + 22 > tail.length) throw new ZipProblem('no end of central directory');
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (tail.readUInt16LE(eocd + 4) !== 0 || tail.readUInt16LE(eocd + 6) !== 0) throw new ZipProblem('multi-disk zip');
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const locator = eocd - 20;
      if (locator < 0 || tail.readUInt32LE(locator) !== 0x07064b50) throw new ZipProblem('zip64 locator missing');
      const zip64 = readAt(fd, Number(tail.readBigUInt64LE(locator + 8)), 56);
      if (zip64.length < 56 || zip64.readUInt32LE(0) !== 0x06064b50) throw new ZipProblem('zip64 directory missing');
      count = Number(zip64.readBigUInt64LE(32));
      cdSize = Number(zip64.readBigUInt64LE(40));
      cdOffset = Number(zip64.readBigUInt64LE(48));
    }
    if (cdOffset + cdSize > size) throw new ZipProblem('central directory beyond end of file');
    if (count > XLSX_LIMITS.maxEntries * 10 || cdSize > 64 * MiB) throw new ZipProblem('central directory too large');
    const cd = readAt(fd, cdOffset, cdSize);
    const entries: ZipEntry[] = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > cd.length || cd.readUInt32LE(at) !== 0x02014b50) throw new ZipProblem('broken central directory');
      const nameLength = cd.readUInt16LE(at + 28);
      const extraLength = cd.readUInt16LE(at + 30);
      const commentLength = cd.readUInt16LE(at + 32);
      const entry: ZipEntry = {
        name: cd.toString('utf8', at + 46, at + 46 + nameLength),
        method: cd.readUInt16LE(at + 10),
        encrypted: (cd.readUInt16LE(at + 8) & 1) === 1,
        compressedSize: cd.readUInt32LE(at + 20),
        uncompressedSize: cd.readUInt32LE(at + 24),
        localHeaderOffset: cd.readUInt32LE(at + 42),
      };
      applyZip64Extra(entry, cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
      if (entry.localHeaderOffset + 30 > cdOffset) throw new ZipProblem('entry beyond the data area');
      entries.push(entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    fs.closeSync(fd);
  }
}

function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        const value = field + 8 <= at + 4 + length ? Number(extra.readBigUInt64LE(field)) : null;
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next() ?? entry.uncompressedSize;
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next() ?? entry.compressedSize;
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next() ?? entry.localHeaderOffset;
    }
    at += 4 + length;
  }
}

/** An entry's content, inflated, as a stream. */
export function openZipEntry(file: string, entry: ZipEntry): Readable {
  const fd = fs.openSync(file, 'r');
  let header: Buffer;
  try {
    header = readAt(fd, entry.localHeaderOffset, 30);
  } finally {
    fs.closeSync(fd);
  }
  if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) throw new ZipProblem('broken local header');
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = fs.createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: 256 * 1024 });
  if (entry.method === 0) return raw;
  const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  raw.on('error', (error) => inflate.destroy(error));
  return raw.pipe(inflate);
}

type PartKind = 'sheet' | 'sharedStrings' | 'xml' | 'other';

function partKind(name: string): PartKind {
  if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) return 'sheet';
  if (/^xl\/sharedStrings\.xml$/i.test(name)) return 'sharedStrings';
  if (/\.(xml|rels)$/i.test(name)) return 'xml';
  return 'other';
}

function partLabel(name: string): string {
  const kind = partKind(name);
  if (kind === 'sheet') return `lembar kerja "${path.posix.basename(name, '.xml')}"`;
  if (kind === 'sharedStrings') return 'tabel teks bersama (sharedStrings)';
  return `bagian "${name}"`;
}

function capOf(name: string, limits: XlsxLimits): number {
  const kind = partKind(name);
  if (kind === 'sheet') return limits.maxSheetPart;
  if (kind === 'sharedStrings') return limits.maxSharedStrings;
  if (kind === 'xml') return limits.maxOtherXmlPart;
  return Number.POSITIVE_INFINITY;
}

/** Column letters to number: A = 1, XFD = 16,384. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

export async function checkXlsxPackage(file: string, displayName: string, limits: XlsxLimits = XLSX_LIMITS): Promise<void> {
  const refuse = (why: string) => fileUnreadable(`Berkas "${displayName}" ditolak: ${why}`);
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(file);
  } catch (error) {
    if (!(error instanceof ZipProblem)) throw error;
    throw fileUnreadable(
      `Berkas "${displayName}" terpotong atau rusak: daftar isi .xlsx-nya tidak terbaca. Minta pengirim mengirim ulang berkasnya, atau buka di Excel lalu simpan ulang sebagai .xlsx.`,
    );
  }

  if (entries.length > limits.maxEntries) {
    throw refuse(`berisi ${formatNumber(entries.length)} bagian, jauh lebih banyak daripada lembar kerja Excel biasa.`);
  }
  if (entries.some((e) => e.encrypted)) {
    throw refuse('isinya dienkripsi dengan kata sandi zip. Simpan ulang dari Excel tanpa kata sandi, lalu impor lagi.');
  }
  const odd = entries.find((e) => partKind(e.name) !== 'other' && e.method !== 0 && e.method !== 8);
  if (odd) throw refuse(`${partLabel(odd.name)} dimampatkan dengan cara yang tidak dipakai Excel. Buka di Excel lalu simpan ulang sebagai .xlsx.`);

  for (const entry of entries) {
    const cap = capOf(entry.name, limits);
    if (entry.uncompressedSize > cap) {
      throw refuse(`${partLabel(entry.name)} berukuran ${formatFileSize(entry.uncompressedSize)} saat dibuka, melebihi batas ${formatFileSize(cap)}.`);
    }
  }
  const bomb = (inflated: number, compressed: number) =>
    refuse(
      `isinya mengembang dari ${formatFileSize(compressed)} menjadi ${formatFileSize(inflated)} saat dibuka (${formatNumber(Math.round(inflated / Math.max(compressed, 1)))} kali lipat): ciri "bom zip", bukan lembar kerja Excel biasa.`,
    );
  for (const entry of entries) {
    if (entry.uncompressedSize > limits.ratioFloor && entry.uncompressedSize > entry.compressedSize * limits.maxEntryRatio) {
      throw bomb(entry.uncompressedSize, entry.compressedSize);
    }
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  const packed = entries.reduce((sum, e) => sum + e.compressedSize, 0);
  if (total > limits.maxTotalUncompressed) {
    throw refuse(`seluruh isinya berukuran ${formatFileSize(total)} saat dibuka, melebihi batas ${formatFileSize(limits.maxTotalUncompressed)}.`);
  }
  if (total > limits.ratioFloor && total > packed * limits.maxOverallRatio) throw bomb(total, packed);

  // Every entry is inflated once (exceljs inflates them all, even those it ignores); only XML is scanned.
  for (const entry of entries) {
    await scanPart(file, entry, Math.min(entry.uncompressedSize, capOf(entry.name, limits)), refuse, displayName);
  }
}

const MARKUP_DECLARATION = Buffer.from('<!');
const DECLARATIONS = /<!(DOCTYPE|ENTITY)/;
const LT = 0x3c;
/** A cell reference or a range end with 3+ column letters (XFD is the last column), or a <col max>. */
const WIDE = /(?:\sr="|\sref="[A-Z]+\d+:)([A-Z]{3,})\d|<col\s[^>]*\bmax="(\d{5,})"/g;
const TAIL = 64;

/**
 * Inflates one entry, counting its real size; for XML also looks for DTD/entity declarations, and
 * in sheets and sharedStrings for a text run (the gap between two "<") longer than a cell can be,
 * and in sheets for columns past XFD. Native searches (indexOf, lastIndexOf, one regex per chunk)
 * keep this to a small share of what exceljs then spends reading the same file.
 */
async function scanPart(file: string, entry: ZipEntry, allowed: number, refuse: (why: string) => Error, displayName: string): Promise<void> {
  const kind = partKind(entry.name);
  const label = partLabel(entry.name);
  const cells = kind === 'sheet' || kind === 'sharedStrings';
  let seen = 0;
  /** Absolute offset of the last "<" seen. */
  let lastLt = 0;
  let tail = '';
  let stream: Readable | undefined;
  try {
    stream = openZipEntry(file, entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const base = seen;
      seen += chunk.length;
      if (seen > allowed) {
        throw refuse(`${label} ternyata lebih besar daripada yang tercantum di daftar isinya (lebih dari ${formatFileSize(allowed)}); berkas ini tidak dibuat oleh Excel dengan wajar.`);
      }
      if (kind === 'other') continue;
      const head = chunk.toString('latin1', 0, Math.min(chunk.length, TAIL));
      if ((chunk.includes(MARKUP_DECLARATION) && DECLARATIONS.test(chunk.toString('latin1'))) || DECLARATIONS.test(tail + head)) {
        throw refuse(`${label} berisi deklarasi DTD/entitas XML, yang tidak pernah ditulis Excel dan dapat dipakai untuk serangan "billion laughs".`);
      }
      if (cells) {
        // Jump ahead by the longest allowed run and look back for a "<": none means the run is too long.
        for (let p = lastLt - base; p + MAX_TEXT_RUN_BYTES < chunk.length; ) {
          const q = chunk.lastIndexOf(LT, p + MAX_TEXT_RUN_BYTES);
          if (q <= p) throw tooLong(refuse, label);
          p = q;
        }
        const last = chunk.lastIndexOf(LT);
        if (last >= 0) lastLt = base + last;
        if (seen - lastLt > MAX_TEXT_RUN_BYTES) throw tooLong(refuse, label);
      }
      if (kind === 'sheet') {
        const text = tail + chunk.toString('latin1');
        for (const match of text.matchAll(WIDE)) {
          const column = match[1] ? columnNumber(match[1]) : Number(match[2]);
          if (column > EXCEL_MAX_COLUMNS) throw tooWide(refuse, label, column);
        }
      }
      tail = chunk.toString('latin1', Math.max(0, chunk.length - TAIL));
    }
  } catch (error) {
    if (error instanceof CakapError) throw error;
    throw fileUnreadable(`Berkas "${displayName}" rusak: ${label} tidak dapat dibuka. Minta pengirim mengirim ulang berkasnya.`);
  } finally {
    stream?.destroy();
  }
}

function tooLong(refuse: (why: string) => Error, label: string): Error {
  return refuse(`${label} berisi sel dengan teks lebih dari ${formatNumber(EXCEL_MAX_CELL_CHARS)} karakter, batas satu sel di Excel.`);
}

function tooWide(refuse: (why: string) => Error, label: string, column: number): Error {
  return refuse(
    `${label} menyatakan kolom ke-${formatNumber(column)}, padahal Excel paling banyak ${formatNumber(EXCEL_MAX_COLUMNS)} kolom.`,
  );
}
