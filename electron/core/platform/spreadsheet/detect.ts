import fs from 'node:fs';
import path from 'node:path';
import { fileUnreadable } from '../errors';

export type SpreadsheetFormat = 'xlsx' | 'csv';

const SAVE_AS_XLSX = 'Buka berkas itu di Excel, pilih File > Save As > "Excel Workbook (*.xlsx)", lalu pilih berkas .xlsx yang baru.';

/**
 * Decides from the file's first bytes (not its name) whether we can read it, and otherwise says
 * in one sentence what it is and what the operator should do.
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
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const text = head.toString('latin1');
    if (text.includes('application/vnd.oasis.opendocument')) {
      throw fileUnreadable(`Berkas "${displayName}" berformat OpenDocument (.ods) yang tidak dapat dibaca Cakap. ${SAVE_AS_XLSX}`);
    }
    return 'xlsx';
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (isEncryptedOfficeFile(file)) {
      throw fileUnreadable(
        `Berkas "${displayName}" dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File > Info > Protect Workbook > Encrypt with Password, kosongkan), simpan, lalu impor lagi.`,
      );
    }
    throw fileUnreadable(`Berkas "${displayName}" berformat Excel lama (.xls) yang tidak dapat dibaca Cakap. ${SAVE_AS_XLSX}`);
  }
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw fileUnreadable(`Berkas "${displayName}" adalah PDF, bukan lembar kerja. Mintalah daftarnya dalam bentuk Excel (.xlsx) atau CSV.`);
  }
  if (looksLikeText(head)) return 'csv';
  throw fileUnreadable(`Berkas "${displayName}" tidak dikenali sebagai lembar kerja .xlsx atau .csv.`);
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

function looksLikeText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  let control = 0;
  for (const byte of head) {
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control <= head.length / 100;
}
