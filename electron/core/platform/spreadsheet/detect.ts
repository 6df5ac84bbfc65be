import fs from 'node:fs';
import path from 'node:path';
import { LIST_FILE_FORMATS } from '../../../../shared/domain/listFiles';
import { fileUnreadable } from '../errors';
import { readZipDirectory, ZipProblem } from './zip';

/**
 * The formats Cakap reads: its own streaming reader for .xlsx (xlsxReader.ts) and .csv (read.ts), and
 * SheetJS for the legacy formats, Excel 97–2003 .xls (BIFF8, also BIFF2–5) and OpenDocument .ods
 * (legacyReader.ts, always in a reader thread, behind legacyGuard.ts).
 */
export type SpreadsheetFormat = 'xlsx' | 'xls' | 'ods' | 'csv';

export function isLegacyFormat(format: SpreadsheetFormat): format is 'xls' | 'ods' {
  return format === 'xls' || format === 'ods';
}

const RESAVE = 'Buka berkas itu di Excel atau LibreOffice, pilih File > Save As > "Excel Workbook (*.xlsx)", lalu pilih berkas .xlsx yang baru.';
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * Decides from the file's bytes (never its name: an .xls renamed .xlsx is read as the .xls it is)
 * which reader can read it, and otherwise says in one sentence what it is and what the operator
 * should do.
 */
export function detectSpreadsheetFormat(file: string, displayName = path.basename(file)): SpreadsheetFormat {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw fileUnreadable(`Berkas "${displayName}" tidak ditemukan atau tidak dapat dibuka.`);
  }
  if (!stat.isFile()) throw fileUnreadable(`"${displayName}" bukan berkas.`);
  if (stat.size === 0) throw fileUnreadable(`Berkas "${displayName}" kosong (0 byte).`);

  const head = readHead(file, 4096);
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return zipFormat(file, head, displayName);
  if (startsWith(head, CFB_MAGIC)) {
    if (isEncryptedOfficeFile(file)) throw passwordProtected(displayName);
    // An Office compound file: an .xls (its streams are checked in the reader thread, legacyGuard.ts).
    return 'xls';
  }
  if (isBareBiff(head)) return 'xls';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw fileUnreadable(`Berkas "${displayName}" adalah PDF, bukan lembar kerja. Mintalah daftarnya dalam bentuk Excel atau CSV (${LIST_FILE_FORMATS}).`);
  }
  if (looksLikeText(head)) {
    const markup = markupKind(head);
    if (markup === 'xml-2003') throw fileUnreadable(`Berkas "${displayName}" berformat "XML Spreadsheet 2003", yang tidak dibaca Cakap. ${RESAVE}`);
    if (markup === 'html') {
      throw fileUnreadable(`Berkas "${displayName}" sebenarnya halaman web (HTML) yang diberi nama lembar kerja, seperti unduhan sebagian aplikasi. ${RESAVE}`);
    }
    return 'csv';
  }
  throw fileUnreadable(`Berkas "${displayName}" tidak dikenali sebagai lembar kerja atau CSV (${LIST_FILE_FORMATS}).`);
}

/** A zip is an .xlsx (it has [Content_Types].xml) or an OpenDocument spreadsheet (its mimetype says so). */
function zipFormat(file: string, head: Buffer, displayName: string): SpreadsheetFormat {
  let names: Set<string>;
  try {
    names = new Set(readZipDirectory(file).map((e) => e.name));
  } catch (error) {
    // The .xlsx reader's guard words a damaged zip (truncated, no directory).
    if (error instanceof ZipProblem) return head.includes(ODS_MIME, 0, 'latin1') ? 'ods' : 'xlsx';
    throw error;
  }
  if (names.has('[Content_Types].xml')) return 'xlsx';
  if (head.includes(ODS_MIME, 0, 'latin1') || (names.has('content.xml') && names.has('META-INF/manifest.xml'))) return 'ods';
  if (head.includes('application/vnd.oasis.opendocument', 0, 'latin1')) {
    throw fileUnreadable(`Berkas "${displayName}" adalah dokumen OpenDocument (teks atau presentasi), bukan lembar kerja.`);
  }
  return 'xlsx';
}

/** A password-protected workbook, with how to take the password off in the program that made it. */
export function passwordProtected(displayName: string, format: 'excel' | 'ods' = 'excel'): Error {
  const how =
    format === 'ods'
      ? 'Buka di LibreOffice dengan kata sandinya, pilih File > Simpan Sebagai, hapus centang "Simpan dengan kata sandi", simpan, lalu impor lagi.'
      : 'Buka di Excel, hapus kata sandinya (File > Info > Protect Workbook > Encrypt with Password, kosongkan), simpan, lalu impor lagi.';
  return fileUnreadable(`Berkas "${displayName}" dilindungi kata sandi. ${how}`);
}

/**
 * A bare BIFF2–4 worksheet (Excel 2.x–4.0, before compound files): it starts with a BOF record
 * (0x0009, 0x0209 or 0x0409) of 4 to 16 bytes.
 */
function isBareBiff(head: Buffer): boolean {
  if (head.length < 8 || head[0] !== 0x09 || ![0x00, 0x02, 0x04].includes(head[1]!)) return false;
  const length = head.readUInt16LE(2);
  return length >= 4 && length <= 16;
}

export function readHead(file: string, bytes: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = fs.readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

function startsWith(buffer: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => buffer[i] === b);
}

/** Password-protected .xlsx files are OLE containers holding an "EncryptedPackage" stream. */
function isEncryptedOfficeFile(file: string): boolean {
  const marker = Buffer.from('EncryptedPackage', 'utf16le');
  const size = Math.min(fs.statSync(file).size, 16 * 1024 * 1024);
  return readHead(file, size).includes(marker);
}

/** Text that is markup, not a CSV: a web page saved as ".xls", or Excel 2003's XML spreadsheet. */
function markupKind(head: Buffer): 'html' | 'xml-2003' | null {
  const text = head.toString('utf8').replace(/^\ufeff/, '').trimStart().slice(0, 4096).toLowerCase();
  if (!text.startsWith('<')) return null;
  if (text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml-2003';
  return /<(!doctype html|html|table|head|body|meta)\b/.test(text) ? 'html' : null;
}

function looksLikeText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  let control = 0;
  for (const byte of head) {
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control <= head.length / 100;
}
