import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWithSheetJs } from '../helpers/legacyFiles';
import { writeXlsx } from '../helpers/spreadsheets';
import { nik } from '../helpers/workerLists';
import { goTo, hasChromium, launch, openPage, screenshot, serve, type Served } from './harness';

describe.skipIf(!hasChromium)('importing a messy nagari list in Chromium', () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    served = await serve();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    if (served) fs.rmSync(served.dir, { recursive: true, force: true });
  });

  it('the operator imports, fixes a column mapping, commits, downloads the rejected rows, finds a worker, and undoes', async () => {
    const file = await writeXlsx(path.join(served.dir, 'nagari-lubuk-gadang.xlsx'), [
      {
        name: 'Lubuk Gadang',
        rows: [
          ['DAFTAR PEKERJA RENTAN NAGARI LUBUK GADANG'],
          [],
          ['NO', 'NIK', 'NAMA LENGKAP', 'USAHA POKOK', 'L/P'],
          ['(1)', '(2)', '(3)', '(4)', '(5)'],
          [1, nik({ day: 12, month: 5, year: 1980, female: true, seq: 3 }), 'Siti Aminah', 'petani', 'P'],
          [2, nik({ day: 3, month: 11, year: 1975, seq: 17 }), 'Budi Santoso', 'pedagang', 'L'],
          [3, '131101120385000', 'Andi Rahman', 'buruh', 'L'],
          ['', 'JUMLAH', '', '', ''],
        ],
        merges: ['A1:E1'],
      },
    ]);
    const { page, problems } = await openPage(browser, served.url);
    await goTo(page, 'Impor');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await chooser).setFiles(file);

    await expect.poll(() => page.getByTestId('count-new').textContent(), { timeout: 30_000 }).toContain('2');
    expect(await page.getByTestId('count-rejected').textContent()).toContain('1');
    expect(await page.getByText('NIK harus 16 angka; terbaca 15 angka (131101120385000).').isVisible()).toBe(true);
    expect(await page.getByText('semua baris dianggap dari Lubuk Gadang').isVisible()).toBe(true);

    // "USAHA POKOK" is not recognised: the operator says it is the occupation.
    const columnD = page.getByRole('combobox', { name: 'Kolom D dibaca sebagai' });
    expect(await columnD.textContent()).toContain('Diabaikan');
    await columnD.click();
    await page.getByRole('option', { name: 'Pekerjaan', exact: true }).click();
    await page.getByRole('button', { name: 'Periksa ulang dengan pemetaan baru' }).click();
    await expect.poll(() => page.getByText('Diubah operator').isVisible(), { timeout: 30_000 }).toBe(true);
    await screenshot(page, '10-impor-pratinjau');

    await page.getByRole('button', { name: 'Impor 2 pekerja' }).click();
    await expect.poll(() => page.getByText('Impor #1 selesai').isVisible(), { timeout: 30_000 }).toBe(true);
    await screenshot(page, '11-impor-selesai');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh baris ditolak' }).first().click();
    const saved = path.join(served.dir, 'ditolak.xlsx');
    await (await download).saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const sheet = workbook.getWorksheet('Lubuk Gadang')!;
    expect(sheet.getRow(3).getCell(6).value).toBe('Keterangan');
    expect(sheet.getRow(4).getCell(3).value).toBe('Andi Rahman');
    expect(String(sheet.getRow(4).getCell(6).value)).toContain('NIK harus 16 angka');

    await page.getByRole('button', { name: 'Lihat pekerja' }).click();
    await expect.poll(() => page.getByTestId('worker-count').textContent()).toBe('1–2 dari 2 pekerja');
    await page.getByPlaceholder('mis. 1311 atau Aminah').fill('aminah');
    await expect.poll(() => page.getByTestId('worker-count').textContent()).toBe('1–1 dari 1 pekerja');
    await page.getByRole('row', { name: 'Buka Siti Aminah' }).click();
    await expect.poll(() => page.getByText('Riwayat perubahan').isVisible()).toBe(true);
    expect(await page.getByRole('dialog').textContent()).toContain('Petani');
    await screenshot(page, '12-pekerja-detail');
    await page.getByRole('button', { name: 'Tutup' }).click();

    await goTo(page, 'Impor');
    await page.getByRole('button', { name: 'Batalkan impor' }).click();
    await page.getByRole('button', { name: 'Ya, batalkan impor' }).click();
    await expect.poll(() => page.getByText('Impor #1 dibatalkan: 2 pekerja dihapus').isVisible()).toBe(true);
    await screenshot(page, '13-impor-dibatalkan');
    await goTo(page, 'Pekerja');
    await expect.poll(() => page.getByTestId('worker-count').textContent()).toBe('0 pekerja');
    expect(problems).toEqual([]);
  });

  it('a nagari list saved as "Excel 97-2003 Workbook" (.xls) imports through the same page, dates and NIKs as typed', async () => {
    const file = writeWithSheetJs(
      path.join(served.dir, 'nagari-pasir-talang.xls'),
      [
        {
          name: 'Pasir Talang',
          rows: [
            ['DAFTAR PEKERJA RENTAN NAGARI PASIR TALANG'],
            [],
            ['NO', 'NIK', 'NAMA', 'TGL LAHIR', 'L/P', 'PEKERJAAN'],
            [1, nik({ district: '02', day: 15, month: 1, year: 1990, female: true, seq: 21 }), 'Rina Marlina', new Date(Date.UTC(1990, 0, 15)), 'P', 'Petani'],
            [2, 1311020311750022, 'Hendra Putra', new Date(Date.UTC(1975, 10, 3)), 'L', 'Pedagang'],
            [3, 9171015501900000, 'Yohanes Wenda', '31-12-1985', 'L', 'Buruh Tani'],
          ],
        },
      ],
      'biff8',
    );
    const { page, problems } = await openPage(browser, served.url);
    await goTo(page, 'Impor');
    expect(await page.getByText('.xlsx, .xls, .ods atau .csv').first().isVisible()).toBe(true);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await chooser).setFiles(file);

    await expect.poll(() => page.getByTestId('count-new').textContent(), { timeout: 30_000 }).toContain('2');
    expect(await page.getByTestId('count-rejected').textContent()).toContain('1');
    expect(await page.getByText('NIK diketik sebagai angka yang terlalu besar untuk disimpan utuh, sehingga digit terakhirnya berubah (terbaca 9171015501900000)').isVisible()).toBe(true);
    await screenshot(page, '14-impor-xls-pratinjau');
    await page.getByRole('button', { name: 'Impor 2 pekerja' }).click();
    await expect.poll(() => page.getByText(/Impor #\d+ selesai/).isVisible(), { timeout: 30_000 }).toBe(true);
    await screenshot(page, '15-impor-xls-selesai');

    await goTo(page, 'Pekerja');
    await page.getByPlaceholder('mis. 1311 atau Aminah').fill('Hendra');
    await expect.poll(() => page.getByTestId('worker-count').textContent()).toBe('1–1 dari 1 pekerja');
    await page.getByRole('row', { name: 'Buka Hendra Putra' }).click();
    const details = await page.getByRole('dialog').textContent();
    expect(details).toContain('1311020311750022');
    expect(details).toContain('3 November 1975');
    await page.getByRole('button', { name: 'Tutup' }).click();
    expect(problems).toEqual([]);
  });
});
