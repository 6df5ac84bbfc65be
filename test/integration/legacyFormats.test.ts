import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app/core';
import { LEGACY_READER, startSpreadsheetReader } from '../../electron/core/platform/spreadsheet/readInThread';
import { newCore } from '../helpers/core';
import { dumpDatabase } from '../helpers/db';
import { CompoundFile, convertWithLibreOffice, sharedDir, writeWithSheetJs, type Conversion } from '../helpers/legacyFiles';
import { kindFile, LIST_KINDS, withWorkforce, type ListKind } from '../helpers/listKinds';
import { writeXlsx } from '../helpers/spreadsheets';
import { writeZip } from '../helpers/zip';
import { importList, nik } from '../helpers/workerLists';

/**
 * Every list kind written as .xlsx (exceljs), as .xls by LibreOffice (headless, as an office saves
 * "Excel 97-2003 Workbook") and by SheetJS, and as .ods by LibreOffice: each file imports exactly as
 * the .xlsx does — the same rows taken, rejected and warned about, the same sentences with the file's
 * own sheet names and row numbers, the same dates and NIKs stored. Then the hostile legacy files, each
 * refused with its own sentence and the database unchanged.
 *
 * LibreOffice starts once for the whole file (beforeAll): the corpus is converted in one session.
 */

const FORMATS = ['xlsx', 'xls (LibreOffice)', 'xls (SheetJS)', 'ods (LibreOffice)'] as const;
type Format = (typeof FORMATS)[number];

let shared: ReturnType<typeof sharedDir>;
const files = new Map<string, Record<Format, string>>();
let passwordXls: string;
let passwordOds: string;

beforeAll(async () => {
  shared = sharedDir();
  const conversions: Conversion[] = [];
  for (const kind of LIST_KINDS) {
    const dir = path.join(shared.dir, String(files.size));
    fs.mkdirSync(path.join(dir, 'lo'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'sheetjs'), { recursive: true });
    const xlsx = await writeXlsx(kindFile(dir, kind, 'xlsx'), kind.sheets());
    const entry = {
      xlsx,
      'xls (LibreOffice)': kindFile(path.join(dir, 'lo'), kind, 'xls'),
      'xls (SheetJS)': writeWithSheetJs(kindFile(path.join(dir, 'sheetjs'), kind, 'xls'), kind.sheets(), 'biff8'),
      'ods (LibreOffice)': kindFile(path.join(dir, 'lo'), kind, 'ods'),
    };
    conversions.push({ source: xlsx, out: entry['xls (LibreOffice)'], format: 'xls' }, { source: xlsx, out: entry['ods (LibreOffice)'], format: 'ods' });
    files.set(kind.name, entry);
  }
  const workers = files.get(LIST_KINDS[0]!.name)!.xlsx;
  passwordXls = path.join(shared.dir, 'daftar bersandi.xls');
  passwordOds = path.join(shared.dir, 'daftar bersandi.ods');
  conversions.push({ source: workers, out: passwordXls, format: 'xls', password: 'rahasia' }, { source: workers, out: passwordOds, format: 'ods', password: 'rahasia' });
  await convertWithLibreOffice(conversions);
}, 240_000);

afterAll(() => shared?.remove());

/** The outcome of importing a file, with the file's own name (it differs by extension) taken out. */
async function outcome(kind: ListKind, file: string): Promise<{ result: unknown; stored: unknown }> {
  const core = await newCore();
  await withWorkforce(core);
  const name = path.basename(file);
  let result: unknown;
  try {
    result = await kind.importFile(core, file);
  } catch (error) {
    result = { refused: (error as Error).message };
  }
  const text = JSON.stringify({ result, stored: kind.stored(core) }).replaceAll(name, 'BERKAS');
  return JSON.parse(text) as { result: unknown; stored: unknown };
}

/** The import of each kind's .xlsx, which every other format must give. */
const references = new Map<string, Awaited<ReturnType<typeof outcome>>>();
async function reference(kind: ListKind) {
  if (!references.has(kind.name)) references.set(kind.name, await outcome(kind, files.get(kind.name)!.xlsx));
  return references.get(kind.name)!;
}

describe('.xls and .ods read exactly as .xlsx, for every list kind', () => {
  for (const kind of LIST_KINDS) {
    it(`${kind.name}: the same list as .xlsx, as .xls from LibreOffice and from SheetJS, and as .ods imports the same way`, async () => {
      const paths = files.get(kind.name)!;
      const expected = await reference(kind);
      // The reference itself is a real import, not a refusal that would trivially match.
      expect(JSON.stringify(expected.result)).not.toContain('"refused"');
      for (const format of FORMATS.slice(1)) {
        expect({ format, ...(await outcome(kind, paths[format])) }).toEqual({ format, ...expected });
      }
    }, 120_000);
  }

  it('NIKs typed as numbers and birth dates as date cells: exact below 2^53, refused above it (here from the .ods, the others are equal to it above)', async () => {
    const paths = files.get(LIST_KINDS[0]!.name)!;
    for (const format of ['ods (LibreOffice)'] as const) {
      const core = await newCore();
      const result = await importList(core, paths[format]);
      const angka = result.issues.filter((i) => i.sheet === 'Angka');
      expect({ format, angka: angka.map((i) => [i.row, i.column, i.code]) }).toEqual({ format, angka: [[3, 'B', 'NIK_NUMBER_ROUNDED']] });
      expect(angka[0]!.message).toBe(
        'Sheet "Angka" baris 3 kolom B (NIK): NIK diketik sebagai angka yang terlalu besar untuk disimpan utuh, sehingga digit terakhirnya berubah (terbaca 9171015501900000). Ubah format kolom NIK menjadi Teks, lalu ketik ulang NIK ini.',
      );
      const found = await core.invoke('workers.list', { search: 'Siti Rahmah' });
      expect({ format, rows: found.rows.map((w) => [w.nik, w.birthDate]) }).toEqual({ format, rows: [['1311015501900001', '1990-01-15']] });
      const dewi = await core.invoke('workers.list', { search: 'Dewi Kartika' });
      expect({ format, rows: dewi.rows.map((w) => [w.nik, w.birthDate]) }).toEqual({ format, rows: [[nik({ day: 29, month: 2, year: 2000, female: true, seq: 7 }), '2000-02-29']] });
    }
  }, 120_000);

  it('an .xls saved as .xlsx by mistake, and an .xlsx saved as .xls, are read for what they are', async () => {
    const kind = LIST_KINDS[0]!;
    const paths = files.get(kind.name)!;
    const dir = path.join(shared.dir, 'renamed');
    fs.mkdirSync(dir, { recursive: true });
    const xlsAsXlsx = path.join(dir, `${kind.file}.xlsx`);
    const xlsxAsXls = path.join(dir, `${kind.file}.xls`);
    fs.copyFileSync(paths['xls (LibreOffice)'], xlsAsXlsx);
    fs.copyFileSync(paths.xlsx, xlsxAsXls);
    expect(await outcome(kind, xlsAsXlsx)).toEqual(await reference(kind));
    expect(await outcome(kind, xlsxAsXls)).toEqual(await reference(kind));
  }, 60_000);
});

/**
 * The file is refused with this sentence through the worker import (and, asked, the compliance import:
 * every list reads through the same door), and nothing changes.
 */
async function expectRefused(core: Core, file: string, message: RegExp, doors: 'workers' | 'both' = 'workers'): Promise<void> {
  const before = dumpDatabase(core.context.dbPath);
  await expect(importList(core, file)).rejects.toThrow(message);
  if (doors === 'both') {
    await expect(core.invoke('compliance.importEmployers', { jobId: `employers-${Date.now()}`, fileId: core.context.files.register(file).fileId })).rejects.toThrow(message);
  }
  expect(dumpDatabase(core.context.dbPath)).toEqual(before);
}

function odsParts(content: string, extra: { name: string; data: string }[] = []) {
  const ns =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
  return [
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 as const },
    { name: 'content.xml', data: content.replace('NS', ns) },
    { name: 'styles.xml', data: `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ns} office:version="1.2"/>` },
    {
      name: 'META-INF/manifest.xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>',
    },
    ...extra,
  ];
}

const text = (value: string) => `<table:table-cell office:value-type="string"><text:p>${value}</text:p></table:table-cell>`;
const sheetOf = (body: string, prolog = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>${prolog}<office:document-content NS office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Data">${body}</table:table></office:spreadsheet></office:body></office:document-content>`;

describe('hostile and broken .xls and .ods files', () => {
  const sheetJsXls = () => {
    const dir = path.join(shared.dir, `hostile-${Date.now()}-${Math.random()}`);
    fs.mkdirSync(dir);
    const rows = [['NO', 'NIK', 'NAMA'], ...Array.from({ length: 300 }, (_, i) => [i + 1, nik({ day: 1 + (i % 28), month: 1 + (i % 12), year: 1980, seq: i + 1 }), `Pekerja ${i + 1}`])];
    return { dir, file: writeWithSheetJs(path.join(dir, 'asli.xls'), [{ name: 'Data', rows }], 'biff8') };
  };

  it('a compound file whose sector chain loops is refused as damaged', async () => {
    const core = await newCore();
    const { dir, file } = sheetJsXls();
    const looping = new CompoundFile(file).loopChain('Workbook').write(path.join(dir, 'berputar.xls'));
    await expectRefused(core, looping, /^Berkas "berputar\.xls" rusak: rantai sektor isi buku kerjanya terputus atau berputar/, 'both');
  });

  it('a stream declaring far more than the file holds is refused before anything is read', async () => {
    const core = await newCore();
    const { dir, file } = sheetJsXls();
    const huge = new CompoundFile(file).declareSize('Workbook', 0xffffff00).write(path.join(dir, 'raksasa.xls'));
    await expectRefused(core, huge, /^Berkas "raksasa\.xls" ditolak: isi buku kerjanya menyatakan 4,0 GB, lebih besar daripada berkasnya sendiri/);
  });

  it('a truncated .xls is named as cut off or damaged', async () => {
    const core = await newCore();
    const { dir, file } = sheetJsXls();
    const cut = path.join(dir, 'terpotong.xls');
    fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, Math.floor(fs.statSync(file).size / 2)));
    await expectRefused(core, cut, /^Berkas "terpotong\.xls" terpotong atau rusak/);
  });

  it('a password-protected .xls and .ods (saved so by LibreOffice) are named as such, with how to remove the password', async () => {
    const core = await newCore();
    await expectRefused(core, passwordXls, /^Berkas "daftar bersandi\.xls" dilindungi kata sandi\. Buka di Excel, hapus kata sandinya/);
    await expectRefused(core, passwordOds, /^Berkas "daftar bersandi\.ods" dilindungi kata sandi\. Buka di LibreOffice dengan kata sandinya/, 'both');
  });

  it('a Word document and a web page saved under an .xls name are named for what they are', async () => {
    const core = await newCore();
    const { dir, file } = sheetJsXls();
    const word = new CompoundFile(file).rename('Workbook', 'WordDocument').write(path.join(dir, 'surat.xls'));
    await expectRefused(core, word, /^Berkas "surat\.xls" adalah dokumen Office lama \(misalnya Word \.doc/);
    const html = path.join(dir, 'unduhan.xls');
    fs.writeFileSync(html, '<html><head><meta charset="utf-8"></head><body><table><tr><td>NIK</td><td>Nama</td></tr></table></body></html>');
    await expectRefused(core, html, /^Berkas "unduhan\.xls" sebenarnya halaman web \(HTML\)/);
  });

  it('an .xls bigger than the legacy reader may hold is refused before it is read, with what to do instead', async () => {
    const core = await newCore();
    const { dir, file } = sheetJsXls();
    const big = path.join(dir, 'besar.xls');
    fs.copyFileSync(file, big);
    fs.truncateSync(big, 65 * 1024 * 1024);
    await expectRefused(core, big, /^Berkas "besar\.xls" ditolak: berukuran 65,0 MB, melebihi batas 64,0 MB untuk berkas \.xls atau \.ods \(yang harus dibaca utuh sekaligus\)\. Simpan sebagai \.xlsx/);
  });

  it('an .ods of a few hundred bytes declaring a million rows of a thousand cells is refused before it is parsed', async () => {
    const core = await newCore();
    const dir = path.join(shared.dir, 'ods-bomb');
    fs.mkdirSync(dir, { recursive: true });
    const row = `<table:table-row table:number-rows-repeated="1048576"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="1024"><text:p>1</text:p></table:table-cell></table:table-row>`;
    const file = writeZip(path.join(dir, 'ulang.ods'), odsParts(sheetOf(`<table:table-row>${text('NIK')}${text('Nama')}</table:table-row>${row}`)));
    expect(fs.statSync(file).size).toBeLessThan(2000);
    await expectRefused(core, file, /^Berkas "ulang\.ods" ditolak: lembar kerjanya menyatakan [\d.]+ baris berisi \(termasuk baris dan sel yang diulang\), lebih dari yang dapat dibaca sekaligus/);
  });

  it('an .ods zip bomb and an .ods with entity declarations are refused', async () => {
    const core = await newCore();
    const dir = path.join(shared.dir, 'ods-more');
    fs.mkdirSync(dir, { recursive: true });
    const filler = `<table:table-row>${text('0')}</table:table-row>`.repeat(60_000);
    const bomb = writeZip(path.join(dir, 'bom.ods'), odsParts(sheetOf(`<table:table-row>${text('NIK')}</table:table-row>${filler}`)));
    await expectRefused(core, bomb, /^Berkas "bom\.ods" ditolak: isinya mengembang dari .* kali lipat\): ciri "bom zip"/);
    const entities = ['<!ENTITY a "tawa">', ...Array.from({ length: 8 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i ? i : ''};`.repeat(10)}">`)].join('');
    const laughs = writeZip(path.join(dir, 'tawa.ods'), odsParts(sheetOf(`<table:table-row>${text('&a8;')}</table:table-row>`, `<!DOCTYPE office:document-content [${entities}]>`)));
    await expectRefused(core, laughs, /^Berkas "tawa\.ods" ditolak: bagian "content\.xml" berisi deklarasi DTD\/entitas XML/);
  });

  it('the legacy reader stops a parse that takes too long, and one that needs more memory than its thread may take, each in one sentence', async () => {
    const { file } = sheetJsXls();
    const read = (limits: typeof LEGACY_READER) => startSpreadsheetReader(file, 'lambat.xls', limits).read({ onSheet: () => {}, onRow: () => {} });
    await expect(read({ ...LEGACY_READER, parseSeconds: 0.001 })).rejects.toThrow(
      'Berkas "lambat.xls" tidak selesai dibaca dalam 0,001 detik; tidak ada yang berubah. Simpan sebagai .xlsx, atau pecah daftarnya menjadi beberapa berkas.',
    );
    await expect(read({ ...LEGACY_READER, resourceLimits: { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 } })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: LEGACY_READER.outOfMemory,
    });
  });
});
