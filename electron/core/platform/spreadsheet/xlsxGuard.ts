import path from 'node:path';
import { formatFileSize, formatNumber } from '../../../../shared/domain/format';
import { fileUnreadable } from '../errors';
import { EXCEL_MAX_COLUMNS } from './cellValues';
import { ZipProblem, readZipDirectory, type ZipEntry } from './zip';

/**
 * The checks that keep a hostile or broken .xlsx from exhausting memory, disk or time, so that it
 * gets one clear sentence in seconds instead.
 *
 * 1. `checkXlsxDirectory`, from the zip's central directory alone: entry count, encryption,
 *    compression method, the declared size of each XML part against a cap (sheets, sharedStrings,
 *    the rest), the total declared size, and the compression ratio per entry and overall (zip bombs).
 * 2. `PartGuard`, fed the inflated bytes of each part the reader parses, as the reader inflates them
 *    (the same bytes, one pass, no XML parsing): the real size may not exceed the declared one or
 *    the caps (a directory that lies), no DTD or entity declarations (billion laughs; Excel never
 *    writes them), no column past Excel's 16,384, and no cell text longer than Excel's 32,767
 *    characters. Parts the reader never inflates (images, themes, printer settings) cannot harm it.
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

/** Excel's own limit of 32,767 characters in a cell (and of 16,384 columns: cellValues.ts). */
export const EXCEL_MAX_CELL_CHARS = 32_767;
/** The longest a cell's text can be in the XML: every character escaped as "&quot;" (6 bytes). */
const MAX_TEXT_RUN_BYTES = EXCEL_MAX_CELL_CHARS * 6 + 64;

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

/** Reads the zip's directory and refuses the file on what it declares; returns the entries. */
export function checkXlsxDirectory(file: string, displayName: string, limits: XlsxLimits = XLSX_LIMITS): ZipEntry[] {
  const refuse = refuser(displayName);
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(file);
  } catch (error) {
    if (!(error instanceof ZipProblem)) throw error;
    throw truncated(displayName);
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
  return entries;
}

function refuser(displayName: string): (why: string) => Error {
  return (why) => fileUnreadable(`Berkas "${displayName}" ditolak: ${why}`);
}

/** The zip's directory or a local header cannot be read: the file was cut off or damaged. */
export function truncated(displayName: string): Error {
  return fileUnreadable(
    `Berkas "${displayName}" terpotong atau rusak: daftar isi .xlsx-nya tidak terbaca. Minta pengirim mengirim ulang berkasnya, atau buka di Excel lalu simpan ulang sebagai .xlsx.`,
  );
}

/** A part whose bytes cannot be inflated. */
export function damagedPart(displayName: string, name: string): Error {
  return fileUnreadable(`Berkas "${displayName}" rusak: ${partLabel(name)} tidak dapat dibuka. Minta pengirim mengirim ulang berkasnya.`);
}

const MARKUP_DECLARATION = Buffer.from('<!');
const DECLARATIONS = /<!(DOCTYPE|ENTITY)/;
const LT = 0x3c;
/** A cell reference or a range end with 3+ column letters (XFD is the last column), or a <col max>. */
const WIDE = /(?:\sr="|\sref="[A-Z]+\d+:)([A-Z]{3,})\d|<col\s[^>]*\bmax="(\d{5,})"/g;
const TAIL = 64;

/**
 * The checks on one part's inflated bytes, fed chunk by chunk as the reader inflates them: the real
 * size, DTD/entity declarations in XML, and in sheets and sharedStrings a text run (the gap between
 * two "<") longer than a cell can be, and in sheets columns past XFD. Native searches (indexOf,
 * lastIndexOf, one regex per chunk) keep this to a small share of the parsing.
 */
export class PartGuard {
  private readonly kind: PartKind;
  private readonly label: string;
  private readonly allowed: number;
  private readonly refuse: (why: string) => Error;
  private seen = 0;
  /** Absolute offset of the last "<" seen. */
  private lastLt = 0;
  private tail = '';

  constructor(entry: ZipEntry, displayName: string, limits: XlsxLimits = XLSX_LIMITS) {
    this.kind = partKind(entry.name);
    this.label = partLabel(entry.name);
    this.allowed = Math.min(entry.uncompressedSize, capOf(entry.name, limits));
    this.refuse = refuser(displayName);
  }

  check(chunk: Buffer): void {
    const base = this.seen;
    this.seen += chunk.length;
    const { label, refuse } = this;
    if (this.seen > this.allowed) {
      throw refuse(`${label} ternyata lebih besar daripada yang tercantum di daftar isinya (lebih dari ${formatFileSize(this.allowed)}); berkas ini tidak dibuat oleh Excel dengan wajar.`);
    }
    if (this.kind === 'other') return;
    const head = chunk.toString('latin1', 0, Math.min(chunk.length, TAIL));
    if ((chunk.includes(MARKUP_DECLARATION) && DECLARATIONS.test(chunk.toString('latin1'))) || DECLARATIONS.test(this.tail + head)) {
      throw refuse(`${label} berisi deklarasi DTD/entitas XML, yang tidak pernah ditulis Excel dan dapat dipakai untuk serangan "billion laughs".`);
    }
    if (this.kind === 'sheet' || this.kind === 'sharedStrings') {
      // Jump ahead by the longest allowed run and look back for a "<": none means the run is too long.
      for (let p = this.lastLt - base; p + MAX_TEXT_RUN_BYTES < chunk.length; ) {
        const q = chunk.lastIndexOf(LT, p + MAX_TEXT_RUN_BYTES);
        if (q <= p) throw tooLong(refuse, label);
        p = q;
      }
      const last = chunk.lastIndexOf(LT);
      if (last >= 0) this.lastLt = base + last;
      if (this.seen - this.lastLt > MAX_TEXT_RUN_BYTES) throw tooLong(refuse, label);
    }
    if (this.kind === 'sheet') {
      const text = this.tail + chunk.toString('latin1');
      for (const match of text.matchAll(WIDE)) {
        const column = match[1] ? columnNumber(match[1]) : Number(match[2]);
        if (column > EXCEL_MAX_COLUMNS) throw tooWide(refuse, label, column);
      }
    }
    this.tail = chunk.toString('latin1', Math.max(0, chunk.length - TAIL));
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
