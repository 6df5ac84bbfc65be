import * as XLSX from '@e965/xlsx';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Legacy spreadsheets (.xls, .ods) made the ways an office's files are made: by LibreOffice (headless,
 * driven through its UNO bridge so one start converts a whole corpus and can set a password), and by
 * SheetJS, the library Cakap reads them with, whose writers differ from LibreOffice's (shared strings,
 * number records, BIFF5 as Excel 5/95 wrote it). Plus the damage a compound file can carry.
 */

export type LegacyCell = string | number | Date | null | undefined;
export interface LegacySheet {
  name: string;
  rows: LegacyCell[][];
}

/** Writes sheets with SheetJS: dates as date cells ("dd/mm/yyyy"), texts that look like numbers stay text. */
export function writeWithSheetJs(file: string, sheets: LegacySheet[], bookType: 'biff8' | 'biff5' | 'ods' | 'xlsx'): string {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const rows = sheet.rows.map((row) => row.map((v) => (v === undefined ? null : v)));
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { cellDates: true, dateNF: 'dd/mm/yyyy' }), sheet.name);
  }
  fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType }) as Buffer);
  return file;
}

/** The same workbook saved again by SheetJS as Excel 97-2003 or OpenDocument, beside the original. */
export function resaveWithSheetJs(file: string, bookType: 'biff8' | 'ods'): string {
  const out = file.replace(/\.xlsx$/i, bookType === 'ods' ? '.ods' : '.xls');
  fs.writeFileSync(out, XLSX.write(XLSX.read(fs.readFileSync(file)), { type: 'buffer', bookType }) as Buffer);
  return out;
}

/** A conversion LibreOffice makes: the file it opens, the file it saves, and how. */
export interface Conversion {
  source: string;
  out: string;
  format: 'xls' | 'ods' | 'xlsx';
  /** Saved with this password (File > Save As > Save with password). */
  password?: string;
}

const FILTERS = { xls: 'MS Excel 97', ods: 'calc8', xlsx: 'Calc MS Excel 2007 XML' };

const UNO_SCRIPT = `
import json, os, subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue
def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p
spec = json.load(open(sys.argv[1]))
pipe = spec['pipe']
office = subprocess.Popen(['soffice', '-env:UserInstallation=' + spec['profile'], '--headless', '--invisible', '--norestore', '--nologo',
                           '--accept=pipe,name=%s;urp;' % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
context = None
for _ in range(240):
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        context = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
        break
    except Exception:
        time.sleep(0.25)
if context is None:
    office.kill(); sys.exit('LibreOffice did not start')
desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
try:
    for job in spec['jobs']:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(job['source']), '_blank', 0, (prop('Hidden', True),))
        args = [prop('FilterName', job['filter'])]
        if job.get('password'):
            args.append(prop('Password', job['password']))
        doc.storeToURL(uno.systemPathToFileUrl(job['out']), tuple(args))
        doc.close(True)
finally:
    try:
        desktop.terminate()
    except Exception:
        pass
    try:
        office.wait(timeout=30)
    except Exception:
        office.kill()
`;

/**
 * Converts every file in one LibreOffice start (about as slow as one `soffice --convert-to`), through
 * Debian's python3-uno. Each test file calls this once, in its beforeAll.
 */
export async function convertWithLibreOffice(conversions: Conversion[]): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakap-uno-'));
  const spec = path.join(dir, 'spec.json');
  fs.writeFileSync(
    spec,
    JSON.stringify({
      pipe: `cakap-${process.pid}-${Date.now()}`,
      profile: `file://${path.join(dir, 'profile')}`,
      jobs: conversions.map((c) => ({ source: path.resolve(c.source), out: path.resolve(c.out), filter: FILTERS[c.format], password: c.password })),
    }),
  );
  const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  try {
    await run(python, ['-c', UNO_SCRIPT, spec], { timeout: 180_000 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const c of conversions) if (!fs.existsSync(c.out)) throw new Error(`LibreOffice did not write ${c.out}`);
}

/** The parts of a compound file (.xls) a test damages: its sector size, FAT, and directory entries. */
export class CompoundFile {
  readonly bytes: Buffer;
  private readonly sectorSize: number;

  constructor(file: string) {
    this.bytes = Buffer.from(fs.readFileSync(file));
    this.sectorSize = 1 << this.bytes.readUInt16LE(0x1e);
  }

  private offsetOf(sector: number): number {
    return (sector + 1) * this.sectorSize;
  }

  /** The FAT, from the header's first 109 FAT sector numbers. */
  private fatSectors(): number[] {
    const count = this.bytes.readUInt32LE(0x2c);
    return Array.from({ length: Math.min(count, 109) }, (_, i) => this.bytes.readUInt32LE(0x4c + 4 * i));
  }

  private fat(index: number): number {
    const perSector = this.sectorSize / 4;
    const sector = this.fatSectors()[Math.floor(index / perSector)]!;
    return this.bytes.readUInt32LE(this.offsetOf(sector) + 4 * (index % perSector));
  }

  private setFat(index: number, value: number): void {
    const perSector = this.sectorSize / 4;
    const sector = this.fatSectors()[Math.floor(index / perSector)]!;
    this.bytes.writeUInt32LE(value, this.offsetOf(sector) + 4 * (index % perSector));
  }

  /** The offset of a stream's 128-byte directory entry. */
  entry(name: string): number {
    for (let sector = this.bytes.readUInt32LE(0x30), hops = 0; sector < 0xfffffffa && hops < 1000; sector = this.fat(sector), hops++) {
      for (let k = 0; k < this.sectorSize / 128; k++) {
        const at = this.offsetOf(sector) + k * 128;
        const length = this.bytes.readUInt16LE(at + 0x40);
        if (this.bytes.toString('utf16le', at, at + Math.max(0, length - 2)) === name) return at;
      }
    }
    throw new Error(`no stream ${name}`);
  }

  /** The last sector of a stream's chain points back to its first: the chain loops. */
  loopChain(name: string): this {
    const start = this.bytes.readUInt32LE(this.entry(name) + 0x74);
    this.setFat(start, start);
    return this;
  }

  /** A stream's directory entry declares this size. */
  declareSize(name: string, size: number): this {
    this.bytes.writeUInt32LE(size, this.entry(name) + 0x78);
    return this;
  }

  /** Renames a stream (a Word document has no "Workbook"). */
  rename(name: string, to: string): this {
    const at = this.entry(name);
    const encoded = Buffer.from(`${to}\0`, 'utf16le');
    this.bytes.fill(0, at, at + 64);
    encoded.copy(this.bytes, at);
    this.bytes.writeUInt16LE(encoded.length, at + 0x40);
    return this;
  }

  write(file: string): string {
    fs.writeFileSync(file, this.bytes);
    return file;
  }
}

/** A folder for a test file's shared files (made in beforeAll, so not removed after each test as tempDir's are). */
export function sharedDir(): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakap-shared-'));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
