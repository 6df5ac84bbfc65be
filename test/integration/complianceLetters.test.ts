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
import { writeCsv } from '../helpers/spreadsheets';
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

describe('letters for every open case of a regency, however many', () => {
  it('an OSS export of 1.000 businesses before the BPJS list arrives: by kecamatan and scale, cancelled without a trace, then all of them with progress', async () => {
    const dir = tempDir();
    const core = await newCore({ dir });
    const districts = ['Sangir', 'Sungai Pagu', 'Koto Parik Gadang Diateh', 'Sangir Jujuan', 'Sangir Batang Hari', 'Pauh Duo', 'Sangir Balai Janggo'];
    // An ordinary OSS CSV; one name carries a right-to-left override around its number and an emoji, one address a bell character.
    const lines = ['No;NIB;Nama Pelaku Usaha;Alamat Usaha;KBLI;Skala Usaha;Jumlah TKI;Kecamatan'];
    for (let i = 0; i < 1000; i++) {
      const name = i === 7 ? 'UD Maju \u202E0021\u202C Jaya \u{1F3EA}' : `Warung Sumber Rezeki ${i + 1}`;
      lines.push([i + 1, String(8120300000000 + i), name, i === 7 ? 'Pasar\u0007 Padang Aro' : `Jorong Koto ${i % 9}`, '47111', i % 4 === 0 ? 'Usaha Kecil' : 'Usaha Mikro', 1 + (i % 12), districts[i % 7]].join(';'));
    }
    const imported = await importFile(core, writeCsv(path.join(dir, 'oss-desember.csv'), lines), 'employers');
    expect(imported.accepted).toBe(1000);
    expect(imported.issues.filter((i) => i.code === 'TEXT_UNSAFE').map((i) => `${i.row} ${i.column}`)).toEqual(['9 C', '9 D']);
    const asOf = '2026-11-30';

    // One kecamatan's small businesses: as many letters as the page counted, one page each.
    const sangir = (await core.invoke('regions.tree', {})).districts.find((d) => d.name === 'Sangir')!.code;
    const filter = { districtCode: sangir, scale: 'kecil' as const };
    const counted = await core.invoke('compliance.letterCount', { asOf, filter });
    // Sangir is every 7th business, a small one every 4th: every 28th, from the first.
    expect(counted).toEqual({ employers: 36, projects: 0 });
    const some = await core.invoke('compliance.letters', { asOf, date: '2026-12-03', filter });
    expect(some.count).toBe(counted.employers);
    const somePdf = core.context.files.resolve(some.pdf.fileId).path;
    expect(pdfInfo(somePdf).pages).toBe(some.count);
    expect(pdfText(somePdf, { first: some.count, last: some.count })).toMatch(new RegExp(`560/${String(some.count).padStart(3, '0')}/Naker/XII/2026`));
    const followUp = new ExcelJS.Workbook();
    await followUp.xlsx.readFile(core.context.files.resolve(some.xlsx.fileId).path);
    expect(followUp.getWorksheet('Tindak lanjut')!.rowCount).toBe(3 + some.count);

    // Every open case, cancelled as soon as it starts: no letter number taken, nothing in the case logs or the audit log.
    const auditBefore = (await core.invoke('audit.list', { pageSize: 1 })).entries[0];
    const jobId = crypto.randomUUID();
    const progress: number[] = [];
    const stop = core.onEvent((event) => {
      if (event.type !== 'job.progress' || event.jobId !== jobId) return;
      progress.push(event.rows);
      if (progress.length === 1) void core.invoke('jobs.cancel', { jobId });
    });
    await expect(core.invoke('compliance.letters', { jobId, asOf, date: '2026-12-04' })).rejects.toMatchObject({ message: 'Dibatalkan; tidak ada yang berubah.' });
    stop();
    expect(progress.length).toBeGreaterThan(0);
    expect((await core.invoke('audit.list', { pageSize: 1 })).entries[0]).toEqual(auditBefore);

    // Then all of them: the thousand letters the old single layout could not hold, numbered on from the batch before.
    const allJob = crypto.randomUUID();
    const written: number[] = [];
    const listen = core.onEvent((event) => event.type === 'job.progress' && event.jobId === allJob && written.push(event.rows));
    const all = await core.invoke('compliance.letters', { jobId: allJob, asOf, date: '2026-12-04' });
    listen();
    expect(all.count).toBe(1000);
    expect(written.at(-1)).toBe(1000);
    expect(written).toEqual([...written].sort((a, b) => a - b));
    const pdf = core.context.files.resolve(all.pdf.fileId).path;
    expect(pdfInfo(pdf).pages).toBe(1000);
    const first = pdfText(pdf, { first: 1, last: 1 });
    expect(first).toContain(`560/${String(some.count + 1).padStart(3, '0')}/Naker/XII/2026`);
    // The disguised name is printed as it reads, without the override or the emoji; its letter is in its case log.
    const pages = pdfText(pdf).split('\f');
    const spoofed = pages.find((page) => page.includes('UD Maju'))!;
    expect(spoofed.replace(/\s+/g, ' ')).toContain('Pimpinan UD Maju 0021 Jaya Pasar Padang Aro');
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    expect(pages.join('')).not.toMatch(/[\u0000\u202A-\u202E\u2066-\u2069]|\p{Extended_Pictographic}/u);
    const evidence = await core.invoke('compliance.evidence', { subject: 'employer', key: (await core.invoke('compliance.employers', { asOf, search: 'Maju' })).rows[0]!.key, asOf });
    expect(evidence.case!.actions.map((a) => a.action)).toEqual(['letter']);
    expect(spoofed).toContain(evidence.case!.actions.at(-1)!.letterNumber!);
  }, 300_000);
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
