import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReportXlsx } from '../../electron/core/features/report/xlsx';
import { sampleReport } from '../fixtures/coverageReport';
import { annexRows } from '../fixtures/office';
import { newCore } from '../helpers/core';
import { pdfInfo, pdfText } from '../helpers/pdf';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { importList, nik } from '../helpers/workerLists';
import { zipEntryText } from '../helpers/zip';

/**
 * Every workbook Cakap writes for people prints as an office expects: each sheet on A4, all its
 * columns on one page width, the header row on every page, the sheet's name and "Halaman n dari N"
 * in the footer. Checked the way a clerk would see it: LibreOffice prints the workbook to PDF, and
 * the pages are counted and read.
 */

/** LibreOffice headless prints the workbooks to PDF (own profile folder: other runs may be printing too). */
function printToPdf(files: string[]): string[] {
  const out = tempDir('cakap-print-');
  const profile = `file://${tempDir('cakap-soffice-')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...files], { stdio: 'ignore', timeout: 180_000 });
  return files.map((f) => path.join(out, `${path.basename(f, '.xlsx')}.pdf`));
}

/** What the workbook asks of the printer, per sheet, as written in its XML. */
async function sheetSetups(file: string): Promise<{ pageSetup: string; footer: string; printTitles: string[] }[]> {
  const workbook = await zipEntryText(file, 'xl/workbook.xml');
  const count = (workbook.match(/<sheet /g) ?? []).length;
  const printTitles = [...workbook.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)<\/definedName>/g)];
  const setups = [];
  for (let i = 1; i <= count; i++) {
    const xml = await zipEntryText(file, `xl/worksheets/sheet${i}.xml`);
    setups.push({
      pageSetup: /<pageSetup [^>]*>/.exec(xml)?.[0] ?? '',
      footer: /<oddFooter>([^<]*)<\/oddFooter>/.exec(xml)?.[1] ?? '',
      printTitles: printTitles.filter((m) => Number(m[1]) === i - 1).map((m) => m[2]!),
    });
  }
  return setups;
}

function expectPrintSetup(setup: { pageSetup: string; footer: string; printTitles: string[] }, titleRows: string): void {
  expect(setup.pageSetup).toContain('paperSize="9"');
  expect(setup.pageSetup).toContain('fitToWidth="1"');
  expect(setup.pageSetup).toContain('fitToHeight="0"');
  expect(setup.footer).toBe('&amp;L&amp;8&amp;A&amp;R&amp;8Halaman &amp;P dari &amp;N');
  expect(setup.printTitles[0]).toMatch(new RegExp(`!\\$${titleRows.replace(':', ':\\$')}$`));
}

describe('exported workbooks print on A4, one page wide, header repeated, sheet and page in the footer', () => {
  it('the leadership workbook prints each of its 8 sheets on one landscape page (it printed on 19 before), and a 3.000-row annex one page wide with its header on every page', async () => {
    const dir = tempDir();
    const report = path.join(dir, 'laporan.xlsx');
    const withAnnex = path.join(dir, 'laporan-lampiran.xlsx');
    await renderReportXlsx(sampleReport, {}, report);
    await renderReportXlsx(sampleReport, { annex: { rows: annexRows(3_000), fullNik: false } }, withAnnex);

    const setups = await sheetSetups(report);
    expect(setups).toHaveLength(8);
    for (const setup of setups) expectPrintSetup(setup, '1:1');

    const [reportPdf, annexPdf] = printToPdf([report, withAnnex]);
    const info = pdfInfo(reportPdf!);
    expect(info.pages).toBe(8);
    // A4 landscape: 842 x 595 points.
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([842, 595]);
    const names = ['Ringkasan', 'Kecamatan', 'Nagari', 'Program', 'Sumber dana', 'Pekerjaan', 'Tren bulanan', 'Kualitas data'];
    names.forEach((name, i) => {
      const page = pdfText(reportPdf!, { first: i + 1, last: i + 1 });
      expect(page).toMatch(new RegExp(`${name}\\s+Halaman ${i + 1} dari 8`));
    });
    // The Ringkasan's third column (Keterangan) is on the same page as the first.
    expect(pdfText(reportPdf!, { first: 1, last: 1 })).toMatch(/Uraian\s+Nilai\s+Keterangan/);

    const annex = pdfInfo(annexPdf!);
    expect(annex.pages).toBeGreaterThan(9);
    const lastPage = pdfText(annexPdf!, { first: annex.pages, last: annex.pages });
    expect(lastPage).toMatch(/No\s+NIK\s+Nama\s+Nagari\s+Program/);
    expect(lastPage).toMatch(new RegExp(`Lampiran\\s+Halaman ${annex.pages} dari ${annex.pages}`));
    expect(lastPage).toContain('Pekerja 3000');
  }, 240_000);

  it('the rejection file and the audit export print the same way, their headers repeated', async () => {
    const core = await newCore();
    const dir = tempDir();
    const rows: (string | number)[][] = [['NO', 'NIK', 'NAMA', 'TGL LAHIR', 'ALAMAT', 'PEKERJAAN']];
    // 120 rejected rows: more than one page.
    for (let i = 1; i <= 120; i++) rows.push([i, `13110${i}`, `Pekerja ${i}`, '12-05-1980', `Jorong Koto Tuo ${i}`, 'Petani']);
    rows.push([121, nik({ day: 12, month: 5, year: 1980, seq: 1 }), 'Siti Aminah', '12-05-1980', 'Jorong Pasar', 'Petani']);
    const result = await importList(core, await writeXlsx(path.join(dir, 'sungai-kunyit.xlsx'), [{ name: 'Sungai Kunyit', rows }]));
    expect(result).toMatchObject({ accepted: 1, rejected: 120 });

    const rejection = core.context.files.resolve((await core.invoke('import.rejectionFile', { batchId: result.batchId! })).fileId).path;
    const audit = core.context.files.resolve((await core.invoke('audit.export', {})).fileId).path;
    const [rejectionSetup] = await sheetSetups(rejection);
    expectPrintSetup(rejectionSetup!, '1:3');
    const [auditSetup] = await sheetSetups(audit);
    expectPrintSetup(auditSetup!, '1:1');

    const copies = [path.join(dir, 'ditolak.xlsx'), path.join(dir, 'audit.xlsx')];
    fs.copyFileSync(rejection, copies[0]!);
    fs.copyFileSync(audit, copies[1]!);
    const [rejectionPdf, auditPdf] = printToPdf(copies);
    const pages = pdfInfo(rejectionPdf!).pages;
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const text = pdfText(rejectionPdf!, { first: page, last: page });
      // Every page: the header with the Keterangan column beside the cells (one page wide), and the footer.
      expect(text).toMatch(/NO\s+NIK\s+NAMA\s+TGL LAHIR\s+ALAMAT\s+PEKERJAAN\s+Keterangan\s+Baris asal/);
      expect(text).toMatch(new RegExp(`Sungai Kunyit\\s+Halaman ${page} dari ${pages}`));
    }
    const auditText = pdfText(auditPdf!, { first: 1, last: 1 });
    expect(auditText).toMatch(/Waktu\s+Pengguna\s+Tindakan\s+Kode tindakan\s+Rincian \(JSON\)/);
    expect(auditText).toMatch(/Log audit\s+Halaman 1 dari 1/);
  }, 240_000);
});
