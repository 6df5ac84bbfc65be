import fs from 'node:fs';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * The little of the zip format an .xlsx needs: the central directory (read first, from the end of
 * the file, so every part can be found whatever order the writer put them in) and an entry's
 * bytes. About a hundred lines and node:zlib, instead of a zip library: the guard and the reader
 * need the directory's raw figures (declared sizes, flags, offsets) that libraries hide.
 */

const MAX_DIRECTORY_ENTRIES = 100_000;
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The zip itself cannot be read (no directory, broken headers); the caller words the message. */
export class ZipProblem extends Error {}

export function readAt(fd: number, position: number, length: number): Buffer {
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
    if (count > MAX_DIRECTORY_ENTRIES || cdSize > MAX_DIRECTORY_BYTES) throw new ZipProblem('central directory too large');
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

/** Where an entry's compressed bytes lie in the file: [start, end). */
export function entryDataRange(fd: number, entry: ZipEntry): { start: number; end: number } {
  const header = readAt(fd, entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) throw new ZipProblem('broken local header');
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  return { start, end: start + entry.compressedSize };
}

/** An entry's content, inflated, as a stream. */
export function openZipEntry(file: string, entry: ZipEntry): Readable {
  const fd = fs.openSync(file, 'r');
  let range: { start: number; end: number };
  try {
    range = entryDataRange(fd, entry);
  } finally {
    fs.closeSync(fd);
  }
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = fs.createReadStream(file, { start: range.start, end: range.end - 1, highWaterMark: 256 * 1024 });
  if (entry.method === 0) return raw;
  const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  raw.on('error', (error) => inflate.destroy(error));
  return raw.pipe(inflate);
}
