import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { guessField } from '../../electron/core/importer/headers';
import { templateLists } from '../../electron/core/templates/handlers';
import { workersTemplate } from '../../electron/core/templates/workerTemplates';
import type { Input } from '../../shared/contract';
import { runCakap } from '../helpers/cli';
import { fileId, newCore } from '../helpers/core';
import { fillWithOpenpyxl, resaveWithLibreOffice, type TypedCell } from '../helpers/otherWriters';
import { tempDir } from '../helpers/temp';
import { zipEntryText } from '../helpers/zip';
import { importList, nik } from '../helpers/workerLists';

/** The template's file; `offered` keeps the name its download is offered under. */
const offered = new Map<string, string>();
async function template(core: Core, input: Input<'templates.write'>): Promise<string> {
  const ref = await core.invoke('templates.write', input);
  const file = core.context.files.resolve(ref.fileId).path;
  offered.set(file, ref.name);
  return file;
}

/** Five workers as a nagari types them: NIKs that agree with birth date and sex, names, places in Sangir. */
const ROWS: TypedCell[][] = [
  [1, nik({ day: 5, month: 6, year: 1985, female: true, seq: 1 }), 'Siti Aminah', 'Padang Aro', { date: '1985-06-05' }, 'P', 'Jorong Koto Baru', 'Sangir', 'Lubuk Gadang', 'Petani', '081234567890', null],
  [2, nik({ day: 12, month: 3, year: 1979, seq: 2 }), 'Budi Santoso', 'Solok', { date: '1979-03-12' }, 'L', 'Jorong Pasar', 'Sangir', 'Lubuk Gadang', 'Petani Sawit', '085263001122', '12345678901'],
  [3, nik({ day: 28, month: 11, year: 1990, female: true, seq: 3 }), "Nur'aini", 'Muara Labuh', { date: '1990-11-28' }, 'P', 'RT 02', 'Sangir', 'Lubuk Gadang', 'Pedagang', null, null],
  [4, nik({ day: 1, month: 1, year: 1970, seq: 4 }), 'Zulkifli', 'Padang', { date: '1970-01-01' }, 'L', null, 'Sangir', 'Lubuk Gadang', 'Buruh Tani', '081300000001', null],
  [5, nik({ day: 30, month: 9, year: 2001, seq: 5 }), 'Rizki Pratama', 'Padang Aro', { date: '2001-09-30' }, 'L', 'Jorong Sungai Kalu', 'Sangir', 'Lubuk Gadang', 'Tukang Ojek', '082170001234', null],
];

describe('the worker list template a nagari fills in', () => {
  it('names every column so the importer is certain of it', async () => {
    const core = await newCore();
    for (const column of workersTemplate(templateLists(core.context)).columns) {
      expect(guessField(column.header), column.header).toMatchObject({ confidence: 1 });
    }
  });

  it('keeps NIK as text, dates as dates, and offers drop-downs of kecamatan, nagari, sex and occupation; prints on A4', async () => {
    const core = await newCore();
    const file = await template(core, { kind: 'workers' });
    const workbook = await zipEntryText(file, 'xl/workbook.xml');
    expect(workbook).toMatch(/<sheet [^>]*name="Daftar Pekerja"[^>]*\/><sheet [^>]*name="Petunjuk"[^>]*\/><sheet [^>]*name="Pilihan" state="hidden"/);
    const sheet = await zipEntryText(file, 'xl/worksheets/sheet1.xml');
    const styles = await zipEntryText(file, 'xl/styles.xml');
    const cellXfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf [^>]*?numFmtId="(\d+)"/g)];
    const formatOf = (ref: string) => {
      const id = Number(cellXfs[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)![1])]![1]);
      return id === 49 ? '@' : new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]+)"`).exec(styles)?.[1];
    };
    expect(formatOf('B4')).toBe('@');
    expect(formatOf('B2003')).toBe('@');
    expect(formatOf('E4')).toBe('dd-mm-yyyy');
    expect(formatOf('K4')).toBe('@');
    const validations = [...sheet.matchAll(/<dataValidation ([^>]*?)(?:\/>|>(.*?)<\/dataValidation>)/g)].map((m) => ({ attributes: m[1]!, formula: m[2] ?? '' }));
    const at = (range: string) => validations.find((v) => v.attributes.includes(`sqref="${range}"`));
    expect(at('B4:B2003')?.attributes).toMatch(/type="textLength".*operator="equal"/);
    expect(at('B4:B2003')?.formula).toBe('<formula1>16</formula1>');
    expect(at('E4:E2003')?.attributes).toContain('type="date"');
    expect(at('F4:F2003')?.formula).toContain('Pilihan!$A$2:$A$3');
    expect(at('H4:H2003')?.formula).toContain('Pilihan!$B$2:$B$8');
    expect(at('I4:I2003')?.formula).toMatch(/Pilihan!\$C\$2:\$C\$\d+/);
    expect(at('J4:J2003')?.formula).toMatch(/Pilihan!\$D\$2:\$D\$\d+/);
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(sheet).toContain('fitToHeight="0"');
    expect(sheet).toContain('Halaman &amp;P dari &amp;N');
    for (const part of ['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']) expect(await zipEntryText(file, part)).toContain('paperSize="9"');
    expect(workbook).toContain('&apos;Daftar Pekerja&apos;!$3:$3');

    const strings = await zipEntryText(file, 'xl/sharedStrings.xml');
    expect(strings).toContain('PETUNJUK PENGISIAN');
    expect(strings).toContain('1,31101E+15');
    expect(strings).toContain('Pelindungan Data Pribadi');
    expect(strings).toContain('Koto Parik Gadang Diateh');
  });

  it('filled in by another program (openpyxl) imports every row with no warning at all, each column read for certain', async () => {
    const core = await newCore();
    const dir = tempDir();
    const filled = await fillWithOpenpyxl(await template(core, { kind: 'workers' }), path.join(dir, 'Nagari Lubuk Gadang.xlsx'), 'Daftar Pekerja', 4, ROWS);

    const preview = await importList(core, filled, { preview: true });
    expect(preview.sheets.map((s) => [s.name, s.status])).toEqual([
      ['Daftar Pekerja', 'imported'],
      ['Petunjuk', 'skipped'],
      ['Pilihan', 'skipped'],
    ]);
    const columns = preview.sheets[0]!.columns;
    expect(columns.map((c) => c.field)).toEqual(['rowNumber', 'nik', 'name', 'birthPlace', 'birthDate', 'sex', 'address', 'district', 'village', 'occupation', 'phone', 'kpj']);
    expect(columns.every((c) => c.confidence === 1 && c.source === 'header')).toBe(true);

    const result = await importList(core, filled);
    expect(result).toMatchObject({ accepted: 5, rejected: 0, warnings: 0, issues: [], issueCount: 0 });
    const siti = (await core.invoke('workers.list', { search: 'Siti Aminah' })).rows[0]!;
    expect(await core.invoke('workers.get', { id: siti.id })).toMatchObject({
      nik: '1311014506850001',
      birthDate: '1985-06-05',
      sex: 'P',
      phone: '081234567890',
      villageName: 'Lubuk Gadang',
      districtName: 'Sangir',
      occupation: 'Petani',
    });
  });

  it('opened and saved again in LibreOffice, the filled template still imports with no warning', async () => {
    const core = await newCore();
    const dir = tempDir();
    const filled = await fillWithOpenpyxl(await template(core, { kind: 'workers' }), path.join(dir, 'isian.xlsx'), 'Daftar Pekerja', 4, ROWS);
    const resaved = await resaveWithLibreOffice(filled, path.join(dir, 'libreoffice'));
    const result = await importList(core, resaved);
    expect(result).toMatchObject({ accepted: 5, rejected: 0, warnings: 0, issueCount: 0 });
  });
});

describe('the template for one program\'s candidates', () => {
  it('states the program\'s rules, offers only its occupations, and its rows enrol straight into the program', async () => {
    const core = await newCore();
    const program = await core.invoke('programs.create', {
      name: 'Jaminan Sosial Pekebun Sawit 2025',
      source: 'dbh_sawit',
      year: 2025,
      budget: 100_000_000,
      from: '2025-03',
      to: '2025-12',
      occupations: ['Petani Sawit', 'Buruh Kebun Sawit'],
      minAge: 18,
      maxAge: 60,
    });
    const file = await template(core, { kind: 'beneficiaries', programId: program.id });
    expect(offered.get(file)).toBe(`templat-penerima-program-${program.id}.xlsx`);
    const strings = await zipEntryText(file, 'xl/sharedStrings.xml');
    expect(strings).toContain('DAFTAR CALON PENERIMA: JAMINAN SOSIAL PEKEBUN SAWIT 2025');
    expect(strings).toContain('Umur 18 sampai 60 tahun saat program mulai.');
    expect(strings).toContain('Program ini hanya untuk: Petani Sawit, Buruh Kebun Sawit.');

    const rows = ROWS.slice(0, 2).map((r) => r.map((v, i) => (i === 9 ? 'Petani Sawit' : v)));
    const filled = await fillWithOpenpyxl(file, path.join(tempDir(), 'calon.xlsx'), 'Daftar Penerima', 4, rows);
    const result = await importList(core, filled, { programId: program.id });
    expect(result).toMatchObject({ accepted: 2, rejected: 0, warnings: 0, issueCount: 0 });
    expect(result.enrollment?.summary).toMatchObject({ enrolled: 2, refused: 0 });
  });
});

describe('the workforce template BPS fills in', () => {
  it('lists every kecamatan; filled in elsewhere, it is read without a question, in the app and on the command line', async () => {
    const core = await newCore();
    const file = await template(core, { kind: 'workforce', year: 2025 });
    expect(offered.get(file)).toBe('templat-penduduk-bekerja-2025.xlsx');
    const figures = [24_000, 19_000, 12_000, 10_000, 9_000, 8_000, 8_000];
    const filled = await fillWithOpenpyxl(file, path.join(tempDir(), 'bps.xlsx'), 'Penduduk Bekerja', 4, figures.map((n) => [n]), 4);
    const result = await core.invoke('workforce.importFile', { fileId: fileId(core, filled), year: 2025, source: 'BPS' });
    expect(result).toEqual({ saved: 7, total: 90_000, notes: [] });

    const db = path.join(tempDir(), 'kantor.sqlite');
    await runCakap(['init', '--db', db]);
    const cli = await runCakap(['workforce', '--db', db, '--year', '2025', filled]);
    expect(cli).toMatchObject({ code: 0, stderr: '' });
    expect(cli.stdout).toContain('7 wilayah, jumlah 90.000 orang');
  });
});

describe('template on the command line', () => {
  it('lists its kinds in --help, writes a template without a database, and refuses an unknown kind in one line', async () => {
    const help = await runCakap(['template', '--help']);
    expect(help.code).toBe(0);
    for (const kind of ['workers', 'beneficiaries', 'workforce']) expect(help.stdout).toMatch(new RegExp(`^\\s+${kind}\\s+\\S`, 'm'));

    const dir = tempDir();
    const out = path.join(dir, 'templat.xlsx');
    const written = await runCakap(['template', '--kind', 'workers', '--out', out]);
    expect(written).toMatchObject({ code: 0, stderr: '' });
    expect(written.stdout).toContain(`Templat daftar pekerja ditulis: ${out}`);
    expect(await zipEntryText(out, 'xl/sharedStrings.xml')).toContain('DAFTAR PEKERJA RENTAN KABUPATEN SOLOK SELATAN');

    const wrong = await runCakap(['template', '--kind', 'pegawai', '--out', out]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim()).toBe('Jenis templat "pegawai" tidak dikenal; pilih salah satu: workers, beneficiaries, workforce.');
  });

  it('with --db takes the regions of that database: another regency, its own kecamatan', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'agam.sqlite');
    await runCakap(['init', '--db', db, '--regency', '13.06']);
    const out = path.join(dir, 'agam.xlsx');
    expect(await runCakap(['template', '--db', db, '--kind', 'workforce', '--year', '2024', '--out', out])).toMatchObject({ code: 0 });
    const strings = await zipEntryText(out, 'xl/sharedStrings.xml');
    expect(strings).toContain('PENDUDUK BEKERJA PER KECAMATAN, KABUPATEN AGAM, TAHUN 2024');
    expect(strings).toContain('Lubuk Basung');
    expect(strings).not.toContain('Sangir');
  });
});
