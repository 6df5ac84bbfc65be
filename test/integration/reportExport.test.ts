import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app/core';
import { exportReport, PDF_ANNEX_LIMIT, writeReport, type RunReportJob } from '../../electron/core/features/report/export';
import { api, type Input } from '../../shared/contract';
import { formatPercent } from '../../shared/domain/format';
import { sampleReport } from '../fixtures/coverageReport';
import { runCakap } from '../helpers/cli';
import { newCore } from '../helpers/core';
import { pdfText } from '../helpers/pdf';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { importList, nik } from '../helpers/workerLists';

/**
 * report.export's wiring with the sample report in place of the coverage engine's (so every figure
 * is known); everything else (annex query, office settings, files, audit log) is the real thing on a
 * real database. The last tests go through the real engine and worker thread.
 */
let current: Core;
const fixedReport: RunReportJob = (job) => writeReport(current.context.store, sampleReport, job);

const WORKERS: [string, string, string][] = [
  // name, nagari, NIK sequence
  ['Zulkifli', 'Lubuk Gadang', '1'],
  ['Siti Aminah', 'Abai', '2'],
  ['Andi Rahman', 'Lubuk Gadang', '3'],
  ['Budi Santoso', 'Pasir Talang', '4'],
  ['Rina Wati', 'Abai', '5'],
];

async function officeWithWorkers(): Promise<{ core: Core; niks: string[] }> {
  const core = await newCore();
  const niks = WORKERS.map(([, , seq], i) => nik({ day: 10 + i, month: 3, year: 1980 + i, seq: Number(seq) }));
  const file = await writeXlsx(path.join(tempDir(), 'pekerja.xlsx'), [
    { name: 'Data', rows: [['NIK', 'Nama', 'Nagari', 'Pekerjaan'], ...WORKERS.map(([name, nagari], i) => [niks[i]!, name, nagari, 'Petani'])] },
  ]);
  const batch = await importList(core, file);
  const workers = (await core.invoke('workers.list', { limit: 10 })).rows;
  const id = (name: string) => workers.find((w) => w.name === name)!.id;
  const apbd = await core.invoke('programs.create', { name: 'Perlindungan Pekerja Rentan APBD 2025', source: 'apbd_kabupaten', year: 2025, budget: 100_000_000, from: '2025-01', to: '2025-12' });
  const early = await core.invoke('programs.create', { name: 'Program Triwulan I', source: 'csr', sourceDetail: 'PT Sawit Lestari', year: 2025, budget: 10_000_000, from: '2025-01', to: '2025-03' });
  await core.invoke('enrollments.add', { programId: apbd.id, batchId: batch.batchId!, workerIds: undefined });
  // Rina was only funded from January to March: not in an October annex.
  await core.invoke('enrollments.end', {
    enrollmentId: (await core.invoke('enrollments.list', { programId: apbd.id })).rows.find((r) => r.name === 'Rina Wati')!.id,
    lastMonth: '2025-03',
    reason: 'pindah',
  });
  await core.invoke('enrollments.add', { programId: early.id, workerIds: [id('Budi Santoso')], doubleFundingReason: 'Tambahan CSR triwulan pertama' });
  current = core;
  return { core, niks };
}

const parse = (input: Input<'report.export'>) => api['report.export'].input.parse(input);

function exportsLogged(core: Core) {
  return core.context.store.audit
    .recent(50)
    .filter((e) => e.action === 'report.export')
    .map((e) => JSON.parse(e.detail) as Record<string, unknown>);
}

describe('report.export', () => {
  it('writes the PDF with the office letterhead and an annex of the workers funded in the report month, by nagari then name, NIK masked', async () => {
    const { core, niks } = await officeWithWorkers();
    await core.invoke('office.set', {
      governmentLine: '',
      officeName: 'Dinas Tenaga Kerja dan Perindustrian',
      address: 'Jalan Raya Padang Aro',
      contact: '',
      signer: { place: 'Padang Aro', title: 'Kepala Dinas', name: 'Hj. Yusnita Dewi, S.H.', rank: '', nip: '198001012005012003' },
    });
    const ref = await exportReport(core.context, parse({ format: 'pdf', asOf: '2025-10-31', annex: true }), fixedReport);
    expect(ref.name).toBe('laporan-ucj-solok-selatan-2025-10-31.pdf');
    const text = pdfText(core.context.files.resolve(ref.fileId).path);
    expect(text).toContain('Dinas Tenaga Kerja dan Perindustrian');
    expect(text).toContain('NIP. 19800101 200501 2 003');
    const annex = text.slice(text.indexOf('Lampiran. Pekerja yang dibiayai program pada Oktober 2025'));
    const order = ['Rina Wati', 'Siti Aminah', 'Andi Rahman', 'Zulkifli', 'Budi Santoso'].map((n) => annex.indexOf(n));
    // Abai (Siti), Lubuk Gadang (Andi, Zulkifli), Pasir Talang (Budi); Rina's funding ended in March.
    expect(order[0]).toBe(-1);
    expect(order.slice(1)).toEqual([...order.slice(1)].sort((a, b) => a - b));
    expect(order.slice(1).every((i) => i > 0)).toBe(true);
    expect(annex).toContain(`${niks[1]!.slice(0, 4)}**********${niks[1]!.slice(-2)}`);
    expect(text).not.toMatch(/\b\d{16}\b/);
    expect(exportsLogged(core)).toEqual([
      {
        format: 'pdf',
        asOf: '2025-10-31',
        annex: true,
        annexRows: 4,
        annexTotal: 4,
        fullNik: false,
        purpose: null,
        file: 'laporan-ucj-solok-selatan-2025-10-31.pdf',
      },
    ]);
  });

  it('the annex query lists a double-funded worker once per program, and caps the printed list', async () => {
    const { core } = await officeWithWorkers();
    await core.invoke('enrollments.add', {
      programId: (await core.invoke('programs.list', {})).find((p) => p.name === 'Program Triwulan I')!.id,
      workerIds: (await core.invoke('workers.list', { limit: 10 })).rows.filter((w) => w.name === 'Zulkifli').map((w) => w.id),
      doubleFundingReason: 'Uji pembiayaan ganda',
    });
    // The CSR program ran January to March; in February Budi and Zulkifli are in both programs.
    const february = core.context.store.reports.annexRows('2025-02', 100);
    expect(february.filter((r) => r.name === 'Zulkifli').map((r) => r.program)).toEqual(['Perlindungan Pekerja Rentan APBD 2025', 'Program Triwulan I']);
    expect(core.context.store.reports.annexCount('2025-02')).toBe(february.length);
    expect(core.context.store.reports.annexRows('2025-02', 2)).toEqual(february.slice(0, 2));
    expect([...core.context.store.reports.iterateAnnex('2025-10')].map((r) => r.name)).toEqual(['Siti Aminah', 'Andi Rahman', 'Zulkifli', 'Budi Santoso']);
    expect(PDF_ANNEX_LIMIT).toBe(5_000);
  });

  it('a full-NIK export without a purpose is refused, as is one without the annex, and nothing is logged as exported', async () => {
    const { core } = await officeWithWorkers();
    await expect(core.invoke('report.export', { format: 'pdf', annex: true, fullNik: { purpose: 'cek' } })).rejects.toThrow(
      'Tujuan ekspor NIK lengkap paling sedikit 10 huruf.',
    );
    await expect(core.invoke('report.export', { format: 'xlsx', annex: true, fullNik: {} as never })).rejects.toThrow();
    await expect(exportReport(core.context, parse({ format: 'pdf', fullNik: { purpose: 'Verifikasi kepesertaan BPJS' } }), fixedReport)).rejects.toThrow(
      'NIK lengkap hanya dimuat di lampiran daftar pekerja',
    );
    await expect(exportReport(core.context, parse({ format: 'json', annex: true }), fixedReport)).rejects.toThrow(
      'Lampiran daftar pekerja hanya tersedia untuk PDF dan Excel',
    );
    expect(exportsLogged(core)).toEqual([]);
  });

  it('a full-NIK Excel export lists every NIK in full and the audit log says who, when and why', async () => {
    const { core, niks } = await officeWithWorkers();
    const purpose = 'Verifikasi kepesertaan bersama BPJS Ketenagakerjaan Cabang Solok';
    const ref = await exportReport(core.context, parse({ format: 'xlsx', asOf: '2025-10-31', annex: true, fullNik: { purpose } }), fixedReport);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(core.context.files.resolve(ref.fileId).path);
    const listed = workbook.getWorksheet('Lampiran')!.getColumn(2).values.slice(2);
    expect(listed).toHaveLength(4);
    expect(listed).toContain(niks[1]);
    expect(exportsLogged(core)[0]).toMatchObject({ format: 'xlsx', asOf: '2025-10-31', fullNik: true, purpose, annexRows: 4 });
    const entry = (await core.invoke('audit.list', {})).entries[0]!;
    expect(entry.actor).toBe('penguji');
    expect(entry.description).toBe(
      `Mengekspor laporan capaian UCJ keadaan per 31 Oktober 2025 sebagai Excel, dengan lampiran 4 pekerja ber-NIK LENGKAP; tujuan: ${purpose}`,
    );
  });

  it('JSON is the report itself, pretty-printed, and its export is logged too', async () => {
    const { core } = await officeWithWorkers();
    const ref = await exportReport(core.context, parse({ format: 'json', asOf: '2025-10-31' }), fixedReport);
    const text = fs.readFileSync(core.context.files.resolve(ref.fileId).path, 'utf8');
    expect(text).toBe(`${JSON.stringify(sampleReport, null, 2)}\n`);
    expect(api['report.coverage'].output.parse(JSON.parse(text))).toEqual(sampleReport);
    expect((await core.invoke('audit.list', {})).entries[0]!.description).toBe('Mengekspor laporan capaian UCJ keadaan per 31 Oktober 2025 sebagai JSON');
  });
});

describe('report.export through the coverage engine, in a worker thread', () => {
  it('writes the PDF, the workbook and the JSON of the database as it is, and the CLI writes the same', async () => {
    const { core } = await officeWithWorkers();
    await core.invoke('workforce.save', { year: 2025, source: 'BPS', entries: [{ areaCode: '13.11.01', count: 1000 }, { areaCode: '13.11.02', count: 500 }] });
    await core.invoke('targets.set', { year: 2025, percent: 28.3 });
    const json = await core.invoke('report.export', { format: 'json', asOf: '2025-10-31' });
    const report = api['report.coverage'].output.parse(JSON.parse(fs.readFileSync(core.context.files.resolve(json.fileId).path, 'utf8')));
    expect({ ...report, generatedAt: '' }).toEqual({ ...(await core.invoke('report.coverage', { asOf: '2025-10-31' })), generatedAt: '' });
    expect(report.asOf).toBe('2025-10-31');

    const pdf = await core.invoke('report.export', { format: 'pdf', asOf: '2025-10-31', annex: true });
    const text = pdfText(core.context.files.resolve(pdf.fileId).path);
    expect(text).toContain('Keadaan per 31 Oktober 2025');
    expect(text).toContain(formatPercent(report.coverage.percent!));
    expect(text).toContain(formatPercent(28.3));
    expect(text).toContain('Lampiran. Pekerja yang dibiayai program pada Oktober 2025');
    expect(text).not.toMatch(/\b\d{16}\b/);

    const xlsx = await core.invoke('report.export', { format: 'xlsx', asOf: '2025-10-31' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(core.context.files.resolve(xlsx.fileId).path);
    expect(workbook.getWorksheet('Kecamatan')!.getRow(2).getCell(2).value).toBe(report.byDistrict[0]!.name);
    expect(exportsLogged(core).map((e) => e.format)).toEqual(['xlsx', 'pdf', 'json']);

    const dbPath = core.context.dbPath;
    core.close();
    const out = path.join(tempDir(), 'laporan.pdf');
    const cli = await runCakap(['report', '--db', dbPath, '--out', out, '--as-of', '2025-10-31']);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(`Laporan ditulis: ${out}`);
    expect(pdfText(out)).toContain(formatPercent(report.coverage.percent!));
  });
});

describe('cakap report', () => {
  it('explains itself with --help', async () => {
    const result = await runCakap(['report', '--help']);
    expect(result.code).toBe(0);
    for (const option of ['--db', '--out', '--as-of', '--annex', '--full-nik', '--purpose']) expect(result.stdout).toContain(option);
  });

  it('an output that is not .pdf, .xlsx or .json is one Indonesian line and exit 2, before the database is touched', async () => {
    const dir = tempDir();
    const result = await runCakap(['report', '--db', path.join(dir, 'tidak-ada.sqlite'), '--out', path.join(dir, 'laporan.docx')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('Jenis berkas "laporan.docx" tidak dikenal; akhiri --out dengan .pdf, .xlsx atau .json.');
    expect(fs.existsSync(path.join(dir, 'tidak-ada.sqlite'))).toBe(false);
  });

  it('--full-nik without --purpose is refused with exit 2', async () => {
    const dir = tempDir();
    const result = await runCakap(['report', '--db', path.join(dir, 'x.sqlite'), '--out', path.join(dir, 'l.pdf'), '--annex', '--full-nik']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--full-nik perlu --purpose');
  });
});
