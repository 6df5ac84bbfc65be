import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app/core';
import { readSpreadsheet } from '../../electron/core/platform/spreadsheet/read';
import { fileId, newCore } from '../helpers/core';
import { dumpDatabase } from '../helpers/db';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { sheetXml, workbookParts, writeZip, type ZipPart } from '../helpers/zip';

/**
 * Hostile and broken spreadsheets, each made by the test, each refused at the reading layer with
 * its own Indonesian sentence, through readSpreadsheet and through the workforce import, with the
 * database left exactly as it was.
 */

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const HEADER = `<row r="1">${inline('A1', 'Kecamatan')}${inline('B1', 'Penduduk Bekerja')}</row>`;
const SANGIR = `<row r="2">${inline('A2', 'Sangir')}<c r="B2"><v>19512</v></c></row>`;

function columnLetters(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

async function readAll(file: string): Promise<number> {
  let events = 0;
  await readSpreadsheet(file, { onSheet: () => events++, onRow: () => void events++ });
  return events;
}

/** The file must be refused with this message by both doors, and the database must not change. */
async function expectRefused(core: Core, file: string, message: RegExp): Promise<void> {
  await expect(readAll(file)).rejects.toThrow(message);
  const before = dumpDatabase(core.context.dbPath);
  const attempt = core.invoke('workforce.importFile', { fileId: fileId(core, file), year: 2025, source: null });
  await expect(attempt).rejects.toThrow(message);
  await expect(attempt).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
  expect(dumpDatabase(core.context.dbPath)).toEqual(before);
}

function hostile(name: string, parts: ZipPart[]): string {
  return writeZip(path.join(tempDir(), name), parts);
}

describe('hostile and broken spreadsheets', () => {
  it('a hand-made workbook of the same shape is read normally (the cases below differ only in what is hostile)', async () => {
    const core = await newCore();
    const file = hostile('baik.xlsx', workbookParts(sheetXml(HEADER + SANGIR)));
    expect(await readAll(file)).toBe(3);
    const result = await core.invoke('workforce.importFile', { fileId: fileId(core, file), year: 2025, source: null });
    expect(result).toMatchObject({ saved: 1, total: 19512 });
  });

  it('a zip bomb is refused from its directory before anything is inflated', async () => {
    const core = await newCore();
    const filler = `<row r="3"><c r="A3"><v>0</v></c></row>`.repeat(1_500_000);
    const file = hostile('bom.xlsx', workbookParts(sheetXml(HEADER + SANGIR + filler)));
    expect(fs.statSync(file).size).toBeLessThan(1024 * 1024);
    await expectRefused(core, file, /^Berkas "bom\.xlsx" ditolak: isinya mengembang dari \d+ KB menjadi [\d,]+ MB saat dibuka \([\d.]+ kali lipat\): ciri "bom zip"/);
  });

  it('a zip whose directory understates the size is caught while inflating', async () => {
    const core = await newCore();
    const filler = `<row r="3"><c r="A3"><v>0</v></c></row>`.repeat(1_500_000);
    const file = hostile('bohong.xlsx', workbookParts(sheetXml(HEADER + SANGIR + filler)).map((p) => (p.name.includes('sheet1') ? { ...p, declaredSize: 4000 } : p)));
    await expectRefused(core, file, /^Berkas "bohong\.xlsx" ditolak: lembar kerja "sheet1" ternyata lebih besar daripada yang tercantum di daftar isinya/);
  });

  it('entity expansion ("billion laughs") inside the sheet XML is refused', async () => {
    const core = await newCore();
    const entities = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE worksheet [${entities}]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${HEADER}<row r="2">${inline('A2', '&lol9;')}<c r="B2"><v>1</v></c></row></sheetData></worksheet>`;
    const file = hostile('tawa.xlsx', workbookParts(xml));
    await expectRefused(core, file, /^Berkas "tawa\.xlsx" ditolak: lembar kerja "sheet1" berisi deklarasi DTD\/entitas XML.*"billion laughs"\.$/);
  });

  it('a sheet declaring a million columns is refused', async () => {
    const core = await newCore();
    const far = columnLetters(1_000_000);
    const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:${far}2"/><sheetData>${HEADER}<row r="2">${inline('A2', 'Sangir')}<c r="${far}2"><v>1</v></c></row></sheetData></worksheet>`;
    const file = hostile('lebar.xlsx', workbookParts(xml));
    await expectRefused(core, file, /^Berkas "lebar\.xlsx" ditolak: lembar kerja "sheet1" menyatakan kolom ke-1\.000\.000, padahal Excel paling banyak 16\.384 kolom\.$/);
  });

  it('a cell of 10 MB is refused', async () => {
    const core = await newCore();
    // Random text, so the file does not also look like a zip bomb.
    const huge = crypto.randomBytes(7.5 * 1024 * 1024).toString('base64');
    const file = hostile('sel.xlsx', workbookParts(sheetXml(HEADER + `<row r="2">${inline('A2', huge)}<c r="B2"><v>1</v></c></row>`)));
    await expectRefused(core, file, /^Berkas "sel\.xlsx" ditolak: lembar kerja "sheet1" berisi sel dengan teks lebih dari 32\.767 karakter, batas satu sel di Excel\.$/);
  });

  it('a huge shared-strings table is refused from its declared size', async () => {
    const core = await newCore();
    // The directory says 600 MB; the guard refuses on that alone, so the test need not write 600 MB.
    const sst = { name: 'xl/sharedStrings.xml', data: `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>Sangir</t></si></sst>`, declaredSize: 600 * 1024 * 1024 };
    const file = hostile('teks.xlsx', workbookParts(sheetXml(HEADER + SANGIR), [sst]));
    await expectRefused(core, file, /^Berkas "teks\.xlsx" ditolak: tabel teks bersama \(sharedStrings\) berukuran 600,0 MB saat dibuka, melebihi batas 256,0 MB\.$/);
  });

  it('a shared-strings table whose directory understates its size is caught by its real size', async () => {
    const core = await newCore();
    const strings = Array.from({ length: 20_000 }, (_, i) => `<si><t>Nama ${crypto.randomBytes(12).toString('hex')} ${i}</t></si>`).join('');
    const sst = { name: 'xl/sharedStrings.xml', data: `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings}</sst>`, declaredSize: 2000 };
    const file = hostile('teks-nyata.xlsx', workbookParts(sheetXml(HEADER + SANGIR), [sst]));
    await expectRefused(core, file, /^Berkas "teks-nyata\.xlsx" ditolak: tabel teks bersama \(sharedStrings\) ternyata lebih besar daripada yang tercantum di daftar isinya/);
  });

  it('a truncated file is named as cut off', async () => {
    const core = await newCore();
    const whole = await writeXlsx(path.join(tempDir(), 'utuh.xlsx'), [{ name: 'Data', rows: [['Kecamatan', 'Penduduk Bekerja'], ['Sangir', 19512]] }]);
    const bytes = fs.readFileSync(whole);
    const file = path.join(tempDir(), 'potong.xlsx');
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expectRefused(core, file, /^Berkas "potong\.xlsx" terpotong atau rusak: daftar isi \.xlsx-nya tidak terbaca\./);
  });

  it('a file damaged inside (its directory intact) is named as damaged', async () => {
    const core = await newCore();
    const file = hostile('rusak.xlsx', workbookParts(sheetXml(HEADER + SANGIR)));
    const bytes = fs.readFileSync(file);
    const sheetHeader = bytes.indexOf('xl/worksheets/sheet1.xml') - 30;
    bytes.fill(0x20, sheetHeader, sheetHeader + 4);
    fs.writeFileSync(file, bytes);
    await expectRefused(core, file, /^Berkas "rusak\.xlsx" rusak: lembar kerja "sheet1" tidak dapat dibuka/);
  });

  it('a PDF renamed to .xlsx is named as a PDF', async () => {
    const core = await newCore();
    const file = path.join(tempDir(), 'daftar.xlsx');
    fs.writeFileSync(file, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    await expectRefused(core, file, /^Berkas "daftar\.xlsx" adalah PDF, bukan lembar kerja\./);
  });

  it('a password-protected workbook is named as such, with how to remove the password', async () => {
    const core = await newCore();
    const file = path.join(tempDir(), 'rahasia.xlsx');
    const ole = Buffer.alloc(8192);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptedInfo', 'utf16le').copy(ole, 1024);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1152);
    fs.writeFileSync(file, ole);
    await expectRefused(core, file, /^Berkas "rahasia\.xlsx" dilindungi kata sandi\. Buka di Excel, hapus kata sandinya/);
  });

  it('a zip with encrypted entries is named as such', async () => {
    const core = await newCore();
    const file = hostile('zip-sandi.xlsx', workbookParts(sheetXml(HEADER + SANGIR)).map((p) => ({ ...p, encrypted: true })));
    await expectRefused(core, file, /^Berkas "zip-sandi\.xlsx" ditolak: isinya dienkripsi dengan kata sandi zip\./);
  });
});
