import * as XLSX from '@e965/xlsx';
import { formatFileSize, formatNumber } from '../../../../shared/domain/format';
import { fileUnreadable } from '../errors';
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from './cellValues';
import { passwordProtected } from './detect';
import { openZipEntry, readZipDirectory, ZipProblem, type ZipEntry } from './zip';

/**
 * The checks a legacy file (.xls, .ods) passes before SheetJS parses it (legacyReader.ts). SheetJS
 * reads a whole workbook at once and reads nearly anything without complaint (a text file becomes a
 * sheet of junk, a compound file whose stream starts past its end a workbook of no sheets), so what
 * it is given must first be what it says it is, of a size the reader thread can hold:
 *
 * - any file: not above `maxFileBytes` (the thread holds the file and the parsed workbook);
 * - .xls in a compound file (CFB, Excel 97–2003 and Excel 5/95): the container's header, sector chains
 *   and directory read by SheetJS's own CFB code (a looping or broken chain throws there, and is
 *   refused as damaged), a Workbook or Book stream present and exactly as long as its directory entry
 *   declares and no longer than the file (truncated, or a huge declared stream), starting with a BOF
 *   record, and no FILEPASS record (a password) or encrypted package;
 * - .ods from the zip's central directory (entries, encryption, zip bombs by ratio and size, a password
 *   in the manifest), then one streaming pass over content.xml's inflated bytes: no DTD or entities,
 *   and the rows and cells that hold a value, with LibreOffice's repeat counts multiplied out, within
 *   `maxRows` and `maxCells` (an 800-byte file can declare a million rows of a thousand cells each).
 *
 * This reads headers and records' type and length fields only: it is not a BIFF or XML parser.
 */
const MiB = 1024 * 1024;
export const LEGACY_LIMITS = {
  /** A 100.000-row list is 16 MB as .xls (two sheets) and 4 MB as .ods. */
  maxFileBytes: 64 * MiB,
  maxEntries: 10_000,
  ratioFloor: 1 * MiB,
  maxEntryRatio: 200,
  /** content.xml of a 100.000-row .ods is about 117 MB. */
  maxContent: 160 * MiB,
  maxOtherXmlPart: 32 * MiB,
  /**
   * Rows and cells holding a value, repeats multiplied out: what the legacy reader thread's heap
   * (readInThread.ts) holds parsed with room to spare (100.000 rows of 8 cells need under 256 MB).
   */
  maxRows: 250_000,
  maxCells: 3_000_000,
};

const RESEND = 'Minta pengirim mengirim ulang berkasnya, atau buka di Excel atau LibreOffice lalu simpan ulang.';

function refuse(displayName: string, why: string): Error {
  return fileUnreadable(`Berkas "${displayName}" ditolak: ${why}`);
}

/** Before the file is read into memory: its size. */
export function checkLegacySize(size: number, displayName: string, limits = LEGACY_LIMITS): void {
  if (size > limits.maxFileBytes) {
    throw refuse(
      displayName,
      `berukuran ${formatFileSize(size)}, melebihi batas ${formatFileSize(limits.maxFileBytes)} untuk berkas .xls atau .ods (yang harus dibaca utuh sekaligus). Simpan sebagai .xlsx, yang dibaca Cakap sedikit demi sedikit, atau pecah daftarnya.`,
    );
  }
}

/** The file's bytes, read: its structure. */
export function checkLegacyFile(file: string, displayName: string, format: 'xls' | 'ods', data: Buffer, limits = LEGACY_LIMITS): Promise<void> | void {
  if (format === 'ods') return checkOds(file, displayName, limits);
  if (data.subarray(0, 8).equals(CFB_MAGIC)) checkCompoundFile(data, displayName);
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const BOF = 0x0809;
const FILEPASS = 0x002f;
const BOUNDSHEET = 0x0085;

/** The part of SheetJS's CFB container the checks read. */
interface CfbEntry {
  name: string;
  size: number;
  content: Uint8Array | number[] | null | undefined;
}
interface CfbContainer {
  FileIndex: CfbEntry[];
}
const CFB = XLSX.CFB as { read(data: Buffer, options: { type: 'buffer' }): CfbContainer; find(container: CfbContainer, path: string): CfbEntry | null };

function checkCompoundFile(data: Buffer, displayName: string): void {
  let container: CfbContainer;
  try {
    container = CFB.read(data, { type: 'buffer' });
  } catch {
    // A sector chain that loops or points past the end, a directory that cannot be walked, a cut file.
    throw fileUnreadable(
      `Berkas "${displayName}" terpotong atau rusak: susunan berkas Excel 97–2003 (.xls)-nya tidak dapat ditelusuri (rantai sektornya terputus atau berputar). ${RESEND}`,
    );
  }
  const names = new Set(container.FileIndex.map((e) => e.name));
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) throw passwordProtected(displayName);
  const stream = CFB.find(container, 'Workbook') ?? CFB.find(container, 'Book');
  if (!stream) {
    throw fileUnreadable(`Berkas "${displayName}" adalah dokumen Office lama (misalnya Word .doc atau PowerPoint .ppt), bukan buku kerja Excel.`);
  }
  const content = stream.content ? Buffer.from(stream.content) : Buffer.alloc(0);
  const declared = Math.max(stream.size, declaredSize(data, stream.name));
  if (declared > data.length) {
    throw refuse(
      displayName,
      `isi buku kerjanya menyatakan ${formatFileSize(declared)}, lebih besar daripada berkasnya sendiri (${formatFileSize(data.length)}); berkas ini tidak dibuat oleh Excel dengan wajar.`,
    );
  }
  if (content.length !== stream.size) {
    // The bytes are there but the chain of sectors does not reach them: it loops or breaks off.
    const why =
      data.length < stream.size + 512
        ? `terpotong: isi buku kerjanya menyatakan ${formatFileSize(stream.size)}, tetapi berkasnya hanya ${formatFileSize(data.length)}`
        : `rusak: rantai sektor isi buku kerjanya terputus atau berputar (terbaca ${formatFileSize(content.length)} dari ${formatFileSize(stream.size)})`;
    throw fileUnreadable(`Berkas "${displayName}" ${why}. ${RESEND}`);
  }
  if (content.length < 8 || content.readUInt16LE(0) !== BOF) {
    throw fileUnreadable(`Berkas "${displayName}" rusak: isi buku kerjanya tidak diawali catatan pembuka Excel (BOF). ${RESEND}`);
  }
  // FILEPASS comes right after the workbook's BOF, before the sheets are listed.
  for (let at = 0, records = 0; at + 4 <= content.length && records < 256; records++) {
    const type = content.readUInt16LE(at);
    if (type === FILEPASS) throw passwordProtected(displayName);
    if (type === BOUNDSHEET) break;
    at += 4 + content.readUInt16LE(at + 2);
  }
}

/**
 * The size a stream's directory entry declares, read from the raw entry (128 bytes, at a multiple of
 * 128 in the file: name in UTF-16, its length at 0x40, the size at 0x78): SheetJS's CFB code reads a
 * size past 2 GB as 0, which would hide a stream declaring more than the file holds.
 */
function declaredSize(data: Buffer, name: string): number {
  const wanted = Buffer.from(`${name}\0`, 'utf16le');
  let largest = 0;
  for (let at = data.indexOf(wanted); at >= 0; at = data.indexOf(wanted, at + 2)) {
    if (at % 128 !== 0 || at + 128 > data.length || data.readUInt16LE(at + 0x40) !== wanted.length) continue;
    largest = Math.max(largest, data.readUInt32LE(at + 0x78));
  }
  return largest;
}

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

async function checkOds(file: string, displayName: string, limits: typeof LEGACY_LIMITS): Promise<void> {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(file);
  } catch (error) {
    if (!(error instanceof ZipProblem)) throw error;
    throw fileUnreadable(`Berkas "${displayName}" terpotong atau rusak: daftar isi .ods-nya tidak terbaca. ${RESEND}`);
  }
  if (entries.length > limits.maxEntries) throw refuse(displayName, `berisi ${formatNumber(entries.length)} bagian, jauh lebih banyak daripada lembar kerja biasa.`);
  if (entries.some((e) => e.encrypted)) throw passwordProtected(displayName, 'ods');
  for (const entry of entries) {
    if (entry.uncompressedSize > limits.ratioFloor && entry.uncompressedSize > entry.compressedSize * limits.maxEntryRatio) {
      throw refuse(
        displayName,
        `isinya mengembang dari ${formatFileSize(entry.compressedSize)} menjadi ${formatFileSize(entry.uncompressedSize)} saat dibuka (${formatNumber(Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1)))} kali lipat): ciri "bom zip", bukan lembar kerja biasa.`,
      );
    }
    const cap = entry.name === 'content.xml' ? limits.maxContent : /\.xml$/i.test(entry.name) ? limits.maxOtherXmlPart : Number.POSITIVE_INFINITY;
    if (entry.uncompressedSize > cap) {
      throw refuse(displayName, `bagian "${entry.name}" berukuran ${formatFileSize(entry.uncompressedSize)} saat dibuka, melebihi batas ${formatFileSize(cap)}.`);
    }
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  const mimetype = byName.get('mimetype');
  if (mimetype && (await entryText(file, mimetype, 1024, displayName)).trim() !== ODS_MIME) {
    throw fileUnreadable(`Berkas "${displayName}" adalah dokumen OpenDocument (teks atau presentasi), bukan lembar kerja.`);
  }
  const manifest = byName.get('META-INF/manifest.xml');
  if (manifest && /encryption-data/.test(await entryText(file, manifest, limits.maxOtherXmlPart, displayName))) throw passwordProtected(displayName, 'ods');
  const content = byName.get('content.xml');
  if (!content) throw fileUnreadable(`Berkas "${displayName}" rusak: isi lembar kerjanya (content.xml) tidak ada. ${RESEND}`);
  for (const entry of entries) {
    if (entry !== content && /\.xml$/i.test(entry.name) && hasDeclarations(await entryText(file, entry, limits.maxOtherXmlPart, displayName))) throw declarations(displayName, entry.name);
  }
  await scanContent(file, content, displayName, limits);
}

/** An entry's inflated bytes as text, never more than `cap` of them (its real size, not the declared one). */
async function entryText(file: string, entry: ZipEntry, cap: number, displayName: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of inflated(file, entry, displayName)) {
    size += chunk.length;
    if (size > Math.min(cap, entry.uncompressedSize)) throw lying(displayName, entry.name);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function* inflated(file: string, entry: ZipEntry, displayName: string): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of openZipEntry(file, entry) as AsyncIterable<Buffer>) yield chunk;
  } catch (error) {
    if (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('Z_')) {
      throw fileUnreadable(`Berkas "${displayName}" rusak: bagian "${entry.name}" tidak dapat dibuka. ${RESEND}`);
    }
    if (error instanceof ZipProblem) throw fileUnreadable(`Berkas "${displayName}" rusak: bagian "${entry.name}" tidak dapat dibuka. ${RESEND}`);
    throw error;
  }
}

function lying(displayName: string, name: string): Error {
  return refuse(displayName, `bagian "${name}" ternyata lebih besar daripada yang tercantum di daftar isinya; berkas ini tidak dibuat dengan wajar.`);
}

const DECLARATION = /<!(DOCTYPE|ENTITY)/i;

function hasDeclarations(text: string): boolean {
  return DECLARATION.test(text);
}

function declarations(displayName: string, name: string): Error {
  return refuse(displayName, `bagian "${name}" berisi deklarasi DTD/entitas XML, yang tidak pernah ditulis program lembar kerja dan dapat dipakai untuk serangan "billion laughs".`);
}

const TAG = /<(\/?)table:(table-row|table-cell|covered-table-cell)\b([^>]*)>/g;
const ROWS_REPEATED = /table:number-rows-repeated\s*=\s*["'](\d+)["']/;
const COLUMNS_REPEATED = /table:number-columns-repeated\s*=\s*["'](\d+)["']/;
/** No tag of a spreadsheet is this long: a "<" without its ">" for longer is refused, not carried on. */
const MAX_TAG = 1024 * 1024;

/**
 * One pass over content.xml as it is inflated: the rows and cells holding a value, LibreOffice's
 * repeat counts multiplied out (it writes them for runs of equal cells, and for the empty rest of a
 * sheet, which holds no value and costs nothing to read).
 */
async function scanContent(file: string, entry: ZipEntry, displayName: string, limits: typeof LEGACY_LIMITS): Promise<void> {
  const allowed = Math.min(entry.uncompressedSize, limits.maxContent);
  let seen = 0;
  let carry = '';
  let rowRepeat = 1;
  let column = 0;
  let valued = 0;
  let lastValued = 0;
  let rows = 0;
  let cells = 0;
  const tooMany = (what: string) =>
    refuse(
      displayName,
      `lembar kerjanya menyatakan ${what} (termasuk baris dan sel yang diulang), lebih dari yang dapat dibaca sekaligus dari berkas .ods (${formatNumber(limits.maxRows)} baris, ${formatNumber(limits.maxCells)} sel). Simpan sebagai .xlsx, atau pecah daftarnya.`,
    );
  for await (const chunk of inflated(file, entry, displayName)) {
    seen += chunk.length;
    if (seen > allowed) throw lying(displayName, entry.name);
    const text = carry + chunk.toString('latin1');
    if (DECLARATION.test(text)) throw declarations(displayName, entry.name);
    // Tags are read up to the last "<" of this chunk; from there on the text waits for the next one.
    const lastLt = text.lastIndexOf('<');
    const cut = lastLt < 0 ? text.length : lastLt;
    if (text.length - cut > MAX_TAG) throw refuse(displayName, `bagian "${entry.name}" berisi tanda XML sepanjang lebih dari ${formatFileSize(MAX_TAG)}; berkas ini tidak dibuat dengan wajar.`);
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m && m.index < cut; m = TAG.exec(text)) {
      const [, closing, name, attributes] = m as unknown as [string, string, string, string];
      const selfClosing = attributes.endsWith('/');
      if (name === 'table-row') {
        if (!closing) {
          rowRepeat = Number(ROWS_REPEATED.exec(attributes)?.[1] ?? 1) || 1;
          column = 0;
          valued = 0;
          lastValued = 0;
        }
        if (closing && valued > 0) {
          rows += rowRepeat;
          cells += valued * rowRepeat;
          if (lastValued > EXCEL_MAX_COLUMNS) throw refuse(displayName, `lembar kerjanya menyatakan kolom ke-${formatNumber(lastValued)}, padahal lembar kerja paling banyak ${formatNumber(EXCEL_MAX_COLUMNS)} kolom.`);
          if (rows > Math.min(limits.maxRows, EXCEL_MAX_ROWS)) throw tooMany(`${formatNumber(rows)} baris berisi`);
          if (cells > limits.maxCells) throw tooMany(`${formatNumber(cells)} sel berisi`);
        }
      } else if (!closing) {
        const repeat = Number(COLUMNS_REPEATED.exec(attributes)?.[1] ?? 1) || 1;
        column += repeat;
        if (!selfClosing || attributes.includes('office:value-type')) {
          valued += repeat;
          lastValued = column;
        }
      }
    }
    carry = text.slice(cut);
  }
}
