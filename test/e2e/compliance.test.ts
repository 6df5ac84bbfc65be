import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBpjsEmployers, writeBpjsProjects, writeOssList, writePackages } from '../helpers/complianceLists';
import { runCakap } from '../helpers/cli';
import { pdfInfo, pdfText } from '../helpers/pdf';
import { choose, goTo, hasChromium, launch, openPage, SCREENSHOTS, screenshot, serve, typeDate, type Served } from './harness';

async function importThrough(page: Page, button: string, file: string, expected: RegExp): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
  await expect.poll(async () => (await page.getByRole('main').textContent()) ?? '', { timeout: 60_000 }).toMatch(expected);
}

describe.skipIf(!hasChromium)('Kepatuhan in Chromium: employers and construction projects', () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    served = await serve();
    // Letters need a letterhead and a signer, as any office sets them first.
    await runCakap(['target', '--db', served.dbPath, '--year', '2026', '--percent', '28.3']);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    if (served) fs.rmSync(served.dir, { recursive: true, force: true });
  });

  it('the officer imports the four lists, confirms a doubtful match, opens the evidence of an employer and prints the letters', async () => {
    const dir = served.dir;
    const files = {
      oss: await writeOssList(dir),
      bpjs: writeBpjsEmployers(dir),
      packages: await writePackages(dir),
      projects: writeBpjsProjects(dir),
    };
    const { page, problems } = await openPage(browser, served.url);
    await goTo(page, 'Kepatuhan');
    // Typed once the page has its figures, so a late first render cannot reset the field.
    await expect.poll(() => page.getByTestId('card-uncovered-wage').isVisible(), { timeout: 30_000 }).toBe(true);
    await typeDate(page, 'Keadaan kepatuhan per tanggal', '30-11-2026');
    await expect.poll(() => page.getByLabel('Keadaan kepatuhan per tanggal').inputValue(), { timeout: 10_000 }).toBe('30 November 2026');

    await importThrough(page, 'Impor daftar pemberi kerja…', files.oss, /Impor #1 "Data NIB OSS per 30 November 2026.xlsx" dibaca sebagai daftar izin usaha \(OSS\/DPMPTSP\) per 30 November 2026: 10 baru/);
    expect(await page.getByText('Sheet "Data NIB" baris 15 kolom C (Nama Pelaku Usaha): Nama perusahaan kosong').isVisible()).toBe(true);
    await screenshot(page, '60-kepatuhan-impor-oss');
    await importThrough(page, 'Impor daftar pemberi kerja…', files.bpjs, /Impor #2 .* dibaca sebagai daftar pemberi kerja terdaftar \(BPJS Ketenagakerjaan\)/);
    await importThrough(page, 'Impor daftar proyek…', files.packages, /Impor #3 .* dibaca sebagai daftar paket pekerjaan konstruksi: 7 baru/);
    await importThrough(page, 'Impor daftar proyek…', files.projects, /Impor #4 .* dibaca sebagai daftar proyek konstruksi terdaftar \(BPJS Ketenagakerjaan\)/);

    await expect.poll(() => page.getByTestId('card-unregistered-projects').textContent()).toContain('Rp 1.475.000.000');
    expect(await page.getByTestId('card-contributions-due').textContent()).toContain('Rp 3.500.000');
    const uncoveredBefore = await page.getByTestId('card-uncovered-wage').textContent();
    expect(uncoveredBefore).toContain('110');

    // The doubtful pair: the licence's "Sawit Jaya Lestari, PT" and BPJS's "PT SAWIT JAYA LESTRI".
    await page.getByRole('tab', { name: /Perlu diperiksa/ }).click();
    const pair = page.getByRole('group', { name: 'Pasangan Sawit Jaya Lestari, PT dan PT SAWIT JAYA LESTRI' });
    await expect.poll(() => pair.isVisible()).toBe(true);
    await screenshot(page, '61-kepatuhan-perlu-diperiksa');
    await pair.getByRole('button', { name: 'Sama' }).click();
    await expect.poll(() => page.getByText('"Sawit Jaya Lestari, PT" dan "PT SAWIT JAYA LESTRI" dicatat sebagai satu').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('card-uncovered-wage').textContent()).toContain('70');

    // The evidence of one employer: each list's row it was matched from.
    await page.getByRole('tab', { name: /Pemberi kerja/ }).click();
    await page.getByRole('row', { name: 'Buka PT. Sawit Sejahtera Lestari' }).click();
    const drawer = page.getByRole('dialog');
    await expect.poll(() => drawer.getByText('Dicocokkan: NPWP sama').isVisible()).toBe(true);
    expect(await drawer.getByRole('group', { name: 'Baris sumber daftar izin usaha (OSS/DPMPTSP)' }).count()).toBe(2);
    expect(await drawer.textContent()).toContain('Tenaga kerja terdaftar (95) lebih sedikit dari yang dilaporkan (150): 55 pekerja belum didaftarkan.');
    await drawer.getByLabel('Catatan tindak lanjut').fill('Dikunjungi bersama pengawas; HRD berjanji mendaftarkan 55 pekerja.');
    await drawer.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
    await expect.poll(() => drawer.getByText('HRD berjanji mendaftarkan 55 pekerja').isVisible()).toBe(true);
    await screenshot(page, '62-kepatuhan-bukti-pemberi-kerja');
    await drawer.getByRole('button', { name: 'Tutup' }).click();

    // Letters for three employers, one PDF to print and the follow-up list.
    await page.getByRole('checkbox', { name: 'Pilih PT. Sawit Sejahtera Lestari' }).check();
    await page.getByRole('checkbox', { name: 'Pilih CV Tiga Saudara' }).check();
    await page.getByRole('checkbox', { name: 'Pilih Koperasi Unit Desa Sumber Rezeki' }).check();
    await screenshot(page, '63-kepatuhan-pemberi-kerja');
    const downloads: Promise<Download>[] = [page.waitForEvent('download', { timeout: 60_000 })];
    page.once('download', () => downloads.push(page.waitForEvent('download', { timeout: 60_000 })));
    await page.getByRole('button', { name: 'Cetak surat (3 terpilih)' }).click();
    const pdf = path.join(dir, 'surat.pdf');
    const xlsx = path.join(dir, 'tindak-lanjut.xlsx');
    await expect.poll(() => downloads.length).toBe(2);
    // The letters and the follow-up list are two downloads; whichever arrives first, each is told by its name.
    for (const download of await Promise.all(downloads)) await download.saveAs(download.suggestedFilename().endsWith('.pdf') ? pdf : xlsx);

    const info = pdfInfo(pdf);
    expect(info.pages).toBeGreaterThanOrEqual(3);
    const text = pdfText(pdf);
    expect(text).toContain('Nomor');
    expect(text).toMatch(/560\/001\/Naker\/(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\/2026/);
    expect(text).toContain('Pimpinan PT. Sawit Sejahtera Lestari');
    expect(text).toContain('55 pekerja belum didaftarkan');
    expect(text).toContain('UU Nomor 24 Tahun 2011');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, path.join(SCREENSHOTS, '64-surat-kepatuhan')]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet('Tindak lanjut')!;
    expect(sheet.getRow(3).getCell(2).value).toBe('Nomor surat');
    expect(sheet.actualRowCount).toBe(6);

    // The follow-up column now says the letter went out.
    await expect.poll(async () => (await page.getByRole('row', { name: 'Buka CV Tiga Saudara' }).textContent()) ?? '').toContain('Surat dikirim');

    // Letters for the open cases of one kecamatan and one kind: counted before anything is printed.
    await page.getByRole('button', { name: 'Surat untuk kasus terbuka…' }).click();
    const lettersDialog = page.getByRole('dialog', { name: 'Surat untuk kasus terbuka' });
    await expect.poll(() => lettersDialog.getByTestId('letters-count').textContent()).toMatch(/^\d+ surat: \d+ pemberi kerja dan \d+ proyek konstruksi/);
    await choose(page, 'Surat untuk kecamatan', 'Sungai Pagu');
    await choose(page, 'Surat untuk jenis kasus', 'PWBD (wajib belum daftar)');
    await expect.poll(() => lettersDialog.getByTestId('letters-count').textContent()).toMatch(/^1 surat: 1 pemberi kerja dan 0 proyek konstruksi/);
    await screenshot(page, '64b-kepatuhan-surat-pilihan');
    const chosen: Promise<Download>[] = [page.waitForEvent('download', { timeout: 60_000 })];
    page.once('download', () => chosen.push(page.waitForEvent('download', { timeout: 60_000 })));
    await lettersDialog.getByRole('button', { name: 'Cetak 1 surat' }).click();
    await expect.poll(() => chosen.length).toBe(2);
    // The PDF and the follow-up list, in whichever order the browser finishes them.
    const [pdfDownload] = (await Promise.all(chosen)).filter((d) => d.suggestedFilename().endsWith('.pdf'));
    const onePdf = path.join(dir, 'surat-sungai-pagu.pdf');
    await pdfDownload!.saveAs(onePdf);
    expect(pdfInfo(onePdf).pages).toBe(1);
    expect(pdfText(onePdf)).toContain('Rumah Makan Sederhana Minang');
    await expect.poll(() => lettersDialog.isVisible()).toBe(false);

    await page.getByRole('tab', { name: /Proyek konstruksi/ }).click();
    await expect.poll(() => page.getByRole('row', { name: 'Buka Pembangunan Gedung Puskesmas Pakan Rabaa' }).isVisible()).toBe(true);
    await screenshot(page, '65-kepatuhan-proyek');
    await page.getByRole('row', { name: 'Buka Rehabilitasi Jaringan Irigasi Bandar Sangir' }).click();
    await expect.poll(() => page.getByRole('dialog').getByText('terlambat 12 hari kerja').isVisible()).toBe(true);
    await screenshot(page, '66-kepatuhan-bukti-proyek');
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).click();

    // The Dasbor shows the same, and its figures open Kepatuhan.
    await goTo(page, 'Dasbor');
    await typeDate(page, 'Keadaan per tanggal', '30-11-2026');
    await expect.poll(() => page.getByTestId('dash-uncovered-wage').textContent(), { timeout: 30_000 }).toContain('70');
    await screenshot(page, '67-dasbor-kepatuhan');
    await page.getByRole('row', { name: 'Pemberi kerja PWBD (wajib belum daftar)' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Status pemberi kerja' }).textContent()).toContain('PWBD');

    // Pengaturan keeps the rules and the regulation behind each.
    await goTo(page, 'Pengaturan');
    await expect.poll(() => page.getByLabel('Peraturan program wajib', { exact: true }).inputValue()).toContain('Perpres Nomor 109 Tahun 2013');
    await page.getByLabel('Batas hari kerja', { exact: true }).fill('15');
    await page.getByRole('button', { name: 'Simpan aturan' }).click();
    await expect.poll(() => page.getByText('Aturan kepatuhan disimpan').isVisible()).toBe(true);
    await page.getByRole('heading', { name: 'Aturan kepatuhan' }).scrollIntoViewIfNeeded();
    await screenshot(page, '68-pengaturan-aturan-kepatuhan');
    // The whole Pengaturan page is too tall to read at once: the rules section on its own as well.
    await page.setViewportSize({ width: 1366, height: 6000 });
    await page.locator('section', { has: page.getByRole('heading', { name: 'Aturan kepatuhan' }) }).screenshot({ path: path.join(SCREENSHOTS, '69-aturan-kepatuhan.png') });
    expect(problems).toEqual([]);
  }, 600_000);
});
