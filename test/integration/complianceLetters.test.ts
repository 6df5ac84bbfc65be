import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/app/core';
import { renderReportPdf } from '../../electron/core/features/report/pdf';
import { renderReportXlsx } from '../../electron/core/features/report/xlsx';
import { sampleCompliance, sampleReport } from '../fixtures/coverageReport';
import { sampleOffice } from '../fixtures/office';
import { writeBpjsEmployers, writeBpjsProjects, writeOssList, writePackages } from '../helpers/complianceLists';
import { newCore } from '../helpers/core';
import { pdfInfo, pdfText } from '../helpers/pdf';
import { tempDir } from '../helpers/temp';

async function importFile(core: Core, file: string, family: 'employers' | 'projects') {
  const fileId = core.context.files.register(file).fileId;
  return core.invoke(family === 'employers' ? 'compliance.importEmployers' : 'compliance.importProjects', { jobId: crypto.randomUUID(), fileId });
}

describe('letters to employers and contractors that are not compliant', () => {
  it('one letter per subject on the letterhead, numbered, with the facts and the regulation; the follow-up list beside it; each letter in its case log', async () => {
    const dir = tempDir();
    const core = await newCore({ dir });
    await core.invoke('office.set', {
      governmentLine: sampleOffice.governmentLine,
      officeName: 'DINAS TENAGA KERJA DAN TRANSMIGRASI',
      address: sampleOffice.address,
      contact: sampleOffice.contact,
      signer: { ...sampleOffice.signer, nip: sampleOffice.signer.nip },
    });
    await importFile(core, await writeOssList(dir), 'employers');
    await importFile(core, writeBpjsEmployers(dir), 'employers');
    await importFile(core, await writePackages(dir), 'projects');
    await importFile(core, writeBpjsProjects(dir), 'projects');
    const asOf = '2026-11-30';
    const employer = (await core.invoke('compliance.employers', { asOf, search: 'Sawit Sejahtera' })).rows[0]!;
    const project = (await core.invoke('compliance.projects', { asOf, search: 'Puskesmas' })).rows[0]!;

    const files = await core.invoke('compliance.letters', {
      asOf,
      date: '2026-12-03',
      subjects: [
        { subject: 'employer', key: employer.key },
        { subject: 'project', key: project.key },
      ],
    });
    expect(files.count).toBe(2);
    const pdf = core.context.files.resolve(files.pdf.fileId).path;
    // Each letter is one sheet of paper.
    expect(pdfInfo(pdf).pages).toBe(2);
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const first = flat(pdfText(pdf, { first: 1, last: 1 }));
    expect(first).toContain('DINAS TENAGA KERJA DAN TRANSMIGRASI');
    expect(first).toContain('Nomor : 560/001/Naker/XII/2026');
    expect(first).toContain('Perihal : Kewajiban pendaftaran pekerja dalam program BPJS Ketenagakerjaan');
    expect(first).toContain('Pimpinan PT. Sawit Sejahtera Lestari');
    expect(first).toContain('Tenaga kerja terdaftar (95) lebih sedikit dari yang dilaporkan (150): 55 pekerja belum didaftarkan.');
    expect(first).toContain('UU Nomor 24 Tahun 2011, Pasal 15 ayat (1)');
    expect(first).toContain(sampleOffice.signer.name);
    expect(first).toContain('Tembusan:');
    const second = flat(pdfText(pdf, { first: 2, last: 2 }));
    expect(second).toMatch(/560\/002\/Naker\/XII\/2026/);
    expect(second).toContain('Pimpinan CV Putra Mandiri');
    expect(second).toContain('batas waktu pendaftaran pekerjanya ke BPJS Ketenagakerjaan 14 hari kerja setelah SPK, yaitu 26 Mei 2026');
    expect(second).toContain('Perkiraan iuran JKK Rp 1.215.000 dan JKM Rp 160.000 (jumlah Rp 1.375.000)');
    expect(second).toContain('Kepala Dinas Kesehatan selaku pengguna jasa');
    expect(second).not.toMatch(/\b\d{16}\b/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(core.context.files.resolve(files.xlsx.fileId).path);
    const sheet = workbook.getWorksheet('Tindak lanjut')!;
    expect(sheet.getRow(4).getCell(2).value).toBe('560/001/Naker/XII/2026');
    expect(sheet.getRow(5).getCell(5).value).toBe('Pembangunan Gedung Puskesmas Pakan Rabaa');
    expect(sheet.getRow(5).getCell(10).value).toBe(1_375_000);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });

    const evidence = await core.invoke('compliance.evidence', { subject: 'employer', key: employer.key, asOf });
    expect(evidence.case!.actions).toMatchObject([{ action: 'letter', letterNumber: '560/001/Naker/XII/2026', onDate: '2026-12-03' }]);
    // The next letters continue the year's numbering.
    const all = await core.invoke('compliance.letters', { asOf, date: '2026-12-04' });
    expect(all.count).toBeGreaterThan(2);
    expect(pdfText(core.context.files.resolve(all.pdf.fileId).path, { first: 1, last: 1 })).toContain('560/003/Naker/XII/2026');
    const audit = await core.invoke('audit.list', { pageSize: 1 });
    expect(audit.entries[0]!.description).toMatch(/^Mencetak \d+ surat kepatuhan \(nomor 560\/003\/Naker\/XII\/2026 s\.d\. 560\/\d{3}\/Naker\/XII\/2026\) bertanggal 4 Desember 2026$/);
  }, 180_000);
});

describe('the leadership report gains a compliance section', () => {
  it('employers by status and scale, projects by OPD, and what full compliance adds at no cost to the APBD', async () => {
    const dir = tempDir();
    const report = { ...sampleReport, compliance: sampleCompliance };
    const pdf = path.join(dir, 'laporan.pdf');
    await renderReportPdf(report, { office: sampleOffice }, pdf);
    const text = pdfText(pdf);
    expect(text).toContain('4. Kepatuhan pemberi kerja dan proyek konstruksi');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Bila semua pemberi kerja mendaftarkan pekerjanya dan semua proyek konstruksi terdaftar, 340 pekerja bertambah sebagai peserta (312 pekerja penerima upah dan 28 pekerja proyek yang sedang berjalan), cakupan naik 0,38 poin menjadi 19,60 %, tanpa biaya APBD.',
    );
    expect(text).toMatch(/Menengah\s+2\s+0\s+1\s+0\s+0\s+1\s+257/);
    expect(text).toMatch(/Dinas Kesehatan\s+1\s+0\s+0\s+1\s+Rp 750.000.000\s+Rp 1.375.000/);
    expect(text).toContain('5. Per pekerjaan');
    expect(text).toContain('7. Kualitas data');

    // Without compliance lists the report is as it was.
    const plain = path.join(dir, 'polos.pdf');
    await renderReportPdf(sampleReport, { office: sampleOffice }, plain);
    expect(pdfText(plain)).toContain('4. Per pekerjaan');

    const xlsx = path.join(dir, 'laporan.xlsx');
    await renderReportXlsx(report, {}, xlsx);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets.map((w) => w.name)).toContain('Kepatuhan pemberi kerja');
    const projects = workbook.getWorksheet('Kepatuhan proyek')!;
    expect(projects.getRow(1).values).toContain('Iuran terutang');
    expect(projects.getRow(5).getCell(10).value).toBe(2_050_000);
    const summary = workbook.getWorksheet('Ringkasan')!;
    const labels = summary.getColumn(1).values as unknown[];
    expect(labels).toContain('Tambahan peserta bila semua patuh');
  });
});

describe('an officer updates a rule when its regulation changes', () => {
  it('a longer deadline moves every deadline, is audited with what changed, and going back to the defaults undoes it; nonsense is refused', async () => {
    const dir = tempDir();
    const core = await newCore({ dir });
    await importFile(core, await writePackages(dir), 'projects');
    const deadlineOf = async () => (await core.invoke('compliance.projects', { asOf: '2026-11-30', search: 'Puskesmas' })).rows[0]!.deadline;
    expect(await deadlineOf()).toBe('2026-05-26');

    const { rules, defaults } = await core.invoke('compliance.rules', {});
    expect(rules).toEqual(defaults);
    const changed = await core.invoke('compliance.setRules', {
      rules: { ...rules, deadline: { workingDays: 20, regulation: { ...rules.deadline.regulation, name: 'Permenaker Nomor 99 Tahun 2027 tentang Contoh', article: 'Pasal 1', date: '2027' } } },
    });
    expect(changed.changed).toBe(true);
    expect(await deadlineOf()).toBe('2026-06-08');
    const audit = await core.invoke('audit.list', { pageSize: 1 });
    expect(audit.entries[0]!.description).toBe('Mengubah aturan kepatuhan: batas waktu pendaftaran proyek');

    // Bands that do not rise, or a last band with an upper end: refused in one sentence, nothing saved.
    const bad = { ...rules, jakon: { ...rules.jakon, tiers: [{ upTo: 500_000_000, jkkPercent: 0.2, jkmPercent: 0.03 }, { upTo: 100_000_000, jkkPercent: 0.1, jkmPercent: 0.01 }] } };
    await expect(core.invoke('compliance.setRules', { rules: bad })).rejects.toThrow('Jenjang nilai kontrak harus naik, dan jenjang terakhir tanpa batas atas.');
    expect((await core.invoke('compliance.rules', {})).rules.deadline.workingDays).toBe(20);

    const reset = await core.invoke('compliance.setRules', { rules: null });
    expect(reset).toMatchObject({ changed: false });
    expect(await deadlineOf()).toBe('2026-05-26');
    expect(reset.holidayYears.map((y) => [y.year, y.builtIn])).toEqual([
      [2024, true],
      [2025, true],
      [2026, true],
    ]);
  }, 120_000);
});
