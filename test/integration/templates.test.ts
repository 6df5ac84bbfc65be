import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app/core';
import { guessField } from '../../electron/core/features/import/headers';
import { templateLists } from '../../electron/core/features/templates/handlers';
import { workersTemplate } from '../../electron/core/features/templates/workerTemplates';
import type { Input } from '../../shared/contract';
import { runCakap } from '../helpers/cli';
import { fileId, newCore } from '../helpers/core';
import { fillWithOpenpyxl, resaveWithLibreOffice, type TypedCell } from '../helpers/otherWriters';
import { tempDir } from '../helpers/temp';
import { zipEntryText } from '../helpers/zip';
import { importList, nik } from '../helpers/workerLists';
import { COMPLIANCE_LISTS, listSpec, vocabularyOf } from '../../electron/core/features/compliance/vocabulary';
import { complianceTemplate } from '../../electron/core/features/templates/complianceTemplates';
import { nagariBudgetTemplate } from '../../electron/core/features/templates/nagariBudgetTemplate';
import { NAGARI_SHEET_VOCABULARY } from '../../electron/core/features/plans/nagariSheet';
import { detectTable } from '../../electron/core/platform/lists/table';
import { COMPLIANCE_TEMPLATE_KINDS } from '../../shared/domain/templates';

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

/** The number format of a cell of the first sheet: '@' for text, else the format code. */
async function formats(file: string): Promise<(ref: string) => string | undefined> {
  const sheet = await zipEntryText(file, 'xl/worksheets/sheet1.xml');
  const styles = await zipEntryText(file, 'xl/styles.xml');
  const cellXfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf [^>]*?numFmtId="(\d+)"/g)];
  return (ref: string) => {
    const id = Number(cellXfs[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)![1])]![1]);
    const builtIn: Record<number, string> = { 1: '0', 3: '#,##0', 49: '@' };
    return builtIn[id] ?? new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]+)"`).exec(styles)?.[1]?.replaceAll('&quot;', '"');
  };
}

/** The data validations of the first sheet, by range. */
async function validations(file: string): Promise<(range: string) => { attributes: string; formula: string } | undefined> {
  const sheet = await zipEntryText(file, 'xl/worksheets/sheet1.xml');
  const all = [...sheet.matchAll(/<dataValidation ([^>]*?)(?:\/>|>(.*?)<\/dataValidation>)/g)].map((m) => ({ attributes: m[1]!, formula: (m[2] ?? '').replaceAll('&quot;', '"') }));
  return (range: string) => all.find((v) => v.attributes.includes(`sqref="${range}"`));
}

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

const LAST_YEAR = new Date().getFullYear() - 1;
const on = (month: number, day: number) => ({ date: `${LAST_YEAR}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` });

/** What each office types into its template, in the template's column order. */
const COMPLIANCE_ROWS: Record<(typeof COMPLIANCE_TEMPLATE_KINDS)[number], TypedCell[][]> = {
  oss: [
    [1, 'PT Sawit Sejahtera Lestari', '9120301234567', '01.234.567.8-201.000', '01262', 'Perkebunan Buah Kelapa Sawit', 'Besar', 12_500_000_000, 180, 'Jl. Raya Padang Aro No. 12', 'Sangir', 'Lubuk Gadang'],
    [2, 'CV Karya Bersama', '0220001234568', '023456789201000', '41012', 'Konstruksi Gedung Hunian', 'Kecil', 800_000_000, 12, 'Jorong Koto Baru', 'Sangir', 'Lubuk Gadang'],
    [3, 'Koperasi Tani Makmur', '1234567890123', null, '01131', 'Pertanian Padi', 'Mikro', 50_000_000, 4, null, 'Sangir', null],
  ],
  wlkp: [[1, 'PT Sawit Sejahtera Lestari', '9120301234567', '01.234.567.8-201.000', 'WLKP-2025-001234', LAST_YEAR, 120, 60, 180, 'Perkebunan', 'Jl. Raya Padang Aro No. 12', 'Sangir', 'Lubuk Gadang']],
  bpjs_employers: [
    [1, '12345678', 'PT Sawit Sejahtera Lestari', '9120301234567', null, 150, 'JKK, JKM, JHT, JP', 'Aktif', 0, 0, { date: '2019-02-01' }, 'Jl. Raya Padang Aro No. 12', 'Sangir'],
    [2, '23456789', 'CV Karya Bersama', null, null, 8, 'JKK, JKM', 'Menunggak', 3, 4_500_000, { date: '2021-07-15' }, null, 'Sangir'],
  ],
  packages: [
    [1, 'Peningkatan Jalan Padang Aro – Lubuk Gadang', 'Dinas PUPR', 'CV Karya Bersama', `027/SPK/PUPR-BM/${LAST_YEAR}`, on(3, 3), 1_250_000_000, on(3, 10), on(9, 30), 'Jorong Koto Baru', 'Sangir', 'Lubuk Gadang', 'APBD', LAST_YEAR, 25],
    [2, 'Rehabilitasi Jaringan Irigasi Koto Baru', 'Pemerintah Nagari Lubuk Gadang', 'TPK Nagari Lubuk Gadang', `05/SPK/TPK-LG/${LAST_YEAR}`, on(4, 1), 180_000_000, on(4, 8), on(7, 31), 'Jorong Koto Baru', 'Sangir', 'Lubuk Gadang', 'APB Nagari', LAST_YEAR, null],
  ],
  bpjs_projects: [[1, 'P2601234567', 'Peningkatan Jalan Padang Aro – Lubuk Gadang', 'CV Karya Bersama', 'Dinas PUPR', `027/SPK/PUPR-BM/${LAST_YEAR}`, on(3, 3), 1_250_000_000, on(3, 12), 2_040_000, 25]],
};

describe('the employer and construction list templates the offices fill in', () => {
  it('name every column with its canonical header, which the importer reads for certain as that kind of list', async () => {
    const core = await newCore();
    const lists = templateLists(core.context);
    for (const kind of COMPLIANCE_TEMPLATE_KINDS) {
      const spec = listSpec(kind);
      const columns = complianceTemplate(lists, kind).columns;
      const table = detectTable([columns.map((c) => c.header)], vocabularyOf(spec), spec.required, { exclude: spec.exclude, pick: 'best' });
      expect(table!.columns.map((c) => c.confidence), kind).toEqual(columns.map(() => 1));
      expect(table!.columns.map((c) => c.field), kind).toEqual([...spec.templateFields]);
    }
    expect(COMPLIANCE_LISTS.map((l) => l.kind)).toEqual([...COMPLIANCE_TEMPLATE_KINDS]);
  });

  it('keep NIB, NPWP and NPP as text, dates as dates, values in Rupiah, and offer scale, funding, status, kecamatan and nagari from lists', async () => {
    const core = await newCore();
    const oss = await template(core, { kind: 'oss' });
    expect(offered.get(oss)).toBe('templat-izin-usaha-oss.xlsx');
    let formatOf = await formats(oss);
    let rule = await validations(oss);
    // No, Nama Perusahaan, NIB, NPWP, KBLI, Bidang Usaha, Skala Usaha, Modal Usaha (Rp), Jumlah Tenaga Kerja, Alamat, Kecamatan, Nagari/Desa
    expect(['C4', 'C1003', 'D4', 'E4'].map(formatOf)).toEqual(['@', '@', '@', '@']);
    expect(formatOf('H4')).toBe('"Rp "#,##0');
    expect(formatOf('I4')).toBe('#,##0');
    expect(rule('C4:C1003')?.attributes).toMatch(/type="textLength".*operator="equal"/);
    expect(rule('C4:C1003')?.formula).toBe('<formula1>13</formula1>');
    expect(rule('G4:G1003')?.attributes).toContain('errorStyle="stop"');
    expect(rule('G4:G1003')?.formula).toBe('<formula1>"Mikro,Kecil,Menengah,Besar"</formula1>');
    // The hidden choices sheet holds the scales first, then the kecamatan and nagari.
    expect(rule('K4:K1003')?.formula).toMatch(/Pilihan!\$B\$2:\$B\$8/);
    expect(rule('L4:L1003')?.formula).toMatch(/Pilihan!\$C\$2:\$C\$\d+/);
    const strings = await zipEntryText(oss, 'xl/sharedStrings.xml');
    expect(strings).toContain('DAFTAR PELAKU USAHA (IZIN USAHA OSS) KABUPATEN SOLOK SELATAN');
    expect(strings).toContain('PETUNJUK PENGISIAN');
    expect(strings).toContain('satu baris untuk satu usaha (satu NIB)');
    expect(strings).not.toContain('Pelindungan Data Pribadi');

    const bpjs = await template(core, { kind: 'bpjs_employers' });
    formatOf = await formats(bpjs);
    rule = await validations(bpjs);
    // No, NPP, Nama Perusahaan, NIB, NPWP, Tenaga Kerja Aktif, Program, Status, Tunggakan (Bulan), Tunggakan (Rp), Tanggal Terdaftar, …
    expect(formatOf('B4')).toBe('@');
    expect(formatOf('J4')).toBe('"Rp "#,##0');
    expect(formatOf('K4')).toBe('dd-mm-yyyy');
    expect(rule('H4:H1003')?.formula).toBe('<formula1>"Aktif,Menunggak,Non Aktif"</formula1>');
    // Program choices hold commas, so they come from the hidden sheet.
    expect(rule('G4:G1003')?.formula).toMatch(/Pilihan!\$A\$2:\$A\$5/);
    expect(rule('K4:K1003')?.attributes).toContain('type="date"');

    const packages = await template(core, { kind: 'packages' });
    formatOf = await formats(packages);
    rule = await validations(packages);
    // No, Nama Paket, OPD, Penyedia, Nomor Kontrak, Tanggal Kontrak, Nilai Kontrak (Rp), Tanggal Mulai, Tanggal Selesai, Lokasi, Kecamatan, Nagari/Desa, Sumber Dana, Tahun Anggaran, Jumlah Tenaga Kerja
    expect(formatOf('E4')).toBe('@');
    expect(formatOf('F4')).toBe('dd-mm-yyyy');
    expect(formatOf('G4')).toBe('"Rp "#,##0');
    expect(formatOf('N4')).toBe('0');
    expect(rule('M4:M1003')?.formula).toBe('<formula1>"APBD,DAK Fisik,APBD Provinsi,APBN,APB Nagari,Dana Desa,CSR/Swasta"</formula1>');
    expect(rule('N4:N1003')?.attributes).toContain('type="whole"');
    expect(rule('N4:N1003')?.formula).toBe('<formula1>2000</formula1><formula2>2100</formula2>');
  });

  it.each(COMPLIANCE_TEMPLATE_KINDS)('%s: filled in by another program (openpyxl) imports every row with no warning, as its own kind', async (kind) => {
    const core = await newCore();
    const file = await template(core, { kind });
    const sheet = complianceTemplate(templateLists(core.context), kind).sheetName;
    const filled = await fillWithOpenpyxl(file, path.join(tempDir(), `${kind}.xlsx`), sheet, 4, COMPLIANCE_ROWS[kind]);
    const family = listSpec(kind).family;
    const result = await core.invoke(family === 'employers' ? 'compliance.importEmployers' : 'compliance.importProjects', { jobId: crypto.randomUUID(), fileId: fileId(core, filled) });
    expect(result).toMatchObject({ kind, accepted: COMPLIANCE_ROWS[kind].length, rejected: 0, warnings: 0, issues: [] });
  });

  it('what the offices typed is what Cakap keeps: NIB digits, Rupiah values, dates, funding and places', async () => {
    const core = await newCore();
    const dir = tempDir();
    const importFile = async (kind: (typeof COMPLIANCE_TEMPLATE_KINDS)[number], rows: TypedCell[][], titled?: string) => {
      const sheet = complianceTemplate(templateLists(core.context), kind).sheetName;
      const filled = await fillWithOpenpyxl(await template(core, { kind }), path.join(dir, `${kind}.xlsx`), sheet, 4, rows);
      if (titled) await fillWithOpenpyxl(filled, filled, sheet, 1, [[titled]]);
      return core.invoke(listSpec(kind).family === 'employers' ? 'compliance.importEmployers' : 'compliance.importProjects', { jobId: crypto.randomUUID(), fileId: fileId(core, filled) });
    };
    const oss = await importFile('oss', COMPLIANCE_ROWS.oss, `DAFTAR PELAKU USAHA (IZIN USAHA OSS) KABUPATEN SOLOK SELATAN per 31 Desember ${LAST_YEAR}`);
    expect(oss).toMatchObject({ accepted: 3, warnings: 0, asOf: `${LAST_YEAR}-12-31` });
    expect(await importFile('bpjs_employers', COMPLIANCE_ROWS.bpjs_employers)).toMatchObject({ accepted: 2, warnings: 0 });
    const employers = await core.invoke('compliance.employers', {});
    const sawit = employers.rows.find((e) => e.name === 'PT Sawit Sejahtera Lestari')!;
    expect(sawit).toMatchObject({ nib: '9120301234567', scale: 'besar', districtName: 'Sangir' });

    expect(await importFile('packages', COMPLIANCE_ROWS.packages)).toMatchObject({ accepted: 2, warnings: 0 });
    const projects = await core.invoke('compliance.projects', {});
    const road = projects.rows.find((p) => p.package.startsWith('Peningkatan Jalan'))!;
    expect(road).toMatchObject({ value: 1_250_000_000, contractDate: `${LAST_YEAR}-03-03`, fundingKind: 'apbd_kabupaten' });
    expect(projects.rows.find((p) => p.package.startsWith('Rehabilitasi'))).toMatchObject({ fundingKind: 'apb_nagari', districtName: 'Sangir', opd: 'Pemerintah Nagari Lubuk Gadang' });
  });

  it('opened and saved again in LibreOffice, a filled package list still imports with no warning', async () => {
    const core = await newCore();
    const dir = tempDir();
    const filled = await fillWithOpenpyxl(await template(core, { kind: 'packages' }), path.join(dir, 'paket.xlsx'), 'Paket Konstruksi', 4, COMPLIANCE_ROWS.packages);
    const resaved = await resaveWithLibreOffice(filled, path.join(dir, 'libreoffice'));
    const result = await core.invoke('compliance.importProjects', { jobId: crypto.randomUUID(), fileId: fileId(core, resaved) });
    expect(result).toMatchObject({ kind: 'packages', accepted: 2, rejected: 0, warnings: 0, issues: [] });
  });
});

describe('the nagari budget template for the plan', () => {
  it('names its columns as the plan\'s sheet reader knows them; filled in elsewhere, every nagari is read with its amount', async () => {
    const core = await newCore();
    const lists = templateLists(core.context);
    const table = detectTable([nagariBudgetTemplate(lists, 2027).columns.map((c) => c.header)], NAGARI_SHEET_VOCABULARY, ['village', 'budget']);
    expect(table!.columns.map((c) => [c.field, c.confidence])).toEqual([
      ['rowNumber', 1],
      ['village', 1],
      ['district', 1],
      ['budget', 1],
    ]);
    const file = await template(core, { kind: 'nagari_budget', year: 2027 });
    expect(offered.get(file)).toBe('templat-anggaran-nagari-2027.xlsx');
    expect((await formats(file))('D4')).toBe('"Rp "#,##0');
    const strings = await zipEntryText(file, 'xl/sharedStrings.xml');
    expect(strings).toContain('ANGGARAN IURAN BPJS KETENAGAKERJAAN DARI APB NAGARI, KABUPATEN SOLOK SELATAN, TAHUN 2027');
    const villages = lists.districts.flatMap((d) => d.villages.map((v) => [v, d.name] as const)).slice(0, 3);
    const rows = villages.map(([v, d], i) => [i + 1, v, d, 25_000_000 + i * 5_000_000]);
    const filled = await fillWithOpenpyxl(file, path.join(tempDir(), 'anggaran.xlsx'), 'Anggaran Nagari', 4, rows);
    const read = await core.invoke('plans.readNagariSheet', { fileId: fileId(core, filled) });
    expect(read.rejected).toEqual([]);
    expect(read.entries.map((e) => [e.name, e.budget])).toEqual(villages.map(([v], i) => [v, 25_000_000 + i * 5_000_000]));
    expect(read.notes).toEqual(['3 nagari terbaca, jumlah anggaran Rp 90.000.000.']);
  });
});

describe('template on the command line', () => {
  it('lists its kinds in --help, writes a template without a database, and refuses an unknown kind in one line', async () => {
    const help = await runCakap(['template', '--help']);
    expect(help.code).toBe(0);
    for (const kind of ['workers', 'beneficiaries', 'workforce', 'oss', 'wlkp', 'bpjs_employers', 'packages', 'bpjs_projects', 'nagari_budget']) expect(help.stdout).toMatch(new RegExp(`^\\s+${kind}\\s+\\S`, 'm'));

    const dir = tempDir();
    const out = path.join(dir, 'templat.xlsx');
    const written = await runCakap(['template', '--kind', 'workers', '--out', out]);
    expect(written).toMatchObject({ code: 0, stderr: '' });
    expect(written.stdout).toContain(`Templat daftar pekerja ditulis: ${out}`);
    expect(await zipEntryText(out, 'xl/sharedStrings.xml')).toContain('DAFTAR PEKERJA RENTAN KABUPATEN SOLOK SELATAN');

    const wrong = await runCakap(['template', '--kind', 'pegawai', '--out', out]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim()).toBe('Jenis templat "pegawai" tidak dikenal; pilih salah satu: workers, beneficiaries, workforce, oss, wlkp, bpjs_employers, packages, bpjs_projects, nagari_budget.');
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
