import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VILLAGE_PEOPLE, writeOpenSidPopulation, writeSiakExport } from '../helpers/registryLists';
import { choose, goTo, hasChromium, launch, openPage, screenshot, serve, type Served } from './harness';

describe.skipIf(!hasChromium)("a nagari's OpenSID export imported in Chromium", () => {
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

  it('the operator sees who is not a worker, picks the nagari of the whole list, imports, and sends back the "Bukan pekerja" sheet', async () => {
    const file = await writeOpenSidPopulation(path.join(served.dir, 'penduduk-lubuk-gadang-timur.xlsx'), VILLAGE_PEOPLE, 'code');
    const { page, problems } = await openPage(browser, served.url);
    await goTo(page, 'Impor');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await chooser).setFiles(file);

    await expect.poll(() => page.getByTestId('count-new').textContent(), { timeout: 30_000 }).toContain('6');
    expect(await page.getByTestId('count-not-workers').textContent()).toContain('7');
    expect(await page.getByText('ekspor data penduduk OpenSID').isVisible()).toBe(true);
    const notes = page.getByRole('list', { name: 'Catatan impor' });
    expect(await notes.textContent()).toContain('4 orang dengan pekerjaan di KTP yang bukan pekerjaan');
    expect(await notes.textContent()).toContain('kecamatannya diambil dari kode wilayah NIK');
    // No nagari or kecamatan column: the mapping step asks for the nagari of the whole list.
    expect(await page.getByText('Tanpa kolom nagari atau kecamatan', { exact: true }).isVisible()).toBe(true);
    await screenshot(page, '16-impor-opensid-tanpa-nagari');

    await choose(page, 'Nagari seluruh daftar sheet penduduk', 'Lubuk Gadang Timur');
    await page.getByRole('button', { name: 'Periksa ulang dengan pemetaan baru' }).click();
    await expect.poll(() => page.getByText('Semua baris dianggap dari Lubuk Gadang Timur (Kecamatan Sangir)').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await notes.textContent()).not.toContain('kode wilayah NIK');
    await screenshot(page, '17-impor-opensid-nagari-dipilih');

    await page.getByRole('button', { name: 'Impor 6 pekerja' }).click();
    await expect.poll(() => page.getByText('Impor #1 selesai').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.getByText('7 orang bukan pekerja dan tidak diimpor: 4 pekerjaan di KTP bukan pekerjaan, 2 di bawah usia kerja, 1 meninggal').isVisible()).toBe(true);
    await screenshot(page, '18-impor-opensid-selesai');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh daftar bukan pekerja' }).click();
    const saved = path.join(served.dir, 'bukan-pekerja.xlsx');
    await (await download).saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Bukan pekerja']);

    await page.getByRole('button', { name: 'Lihat pekerja' }).click();
    await expect.poll(() => page.getByTestId('worker-count').textContent()).toBe('1–6 dari 6 pekerja');
    expect(await page.getByRole('row', { name: 'Buka SITI AMINAH' }).textContent()).toContain('Lubuk Gadang Timur');
    await page.getByRole('row', { name: 'Buka SITI AMINAH' }).click();
    await expect.poll(() => page.getByText('9 PETANI/PEKEBUN').isVisible()).toBe(true);
    await screenshot(page, '19-pekerja-pekerjaan-ktp');
    await page.getByRole('button', { name: 'Tutup' }).click();

    // Another nagari's SIAK export, imported without choosing its nagari: the kecamatan comes from the NIK.
    const others = VILLAGE_PEOPLE.map((p) => ({ ...p, nik: `131102${p.nik.slice(6)}`, name: `${p.name} Sari` }));
    const siak = await writeSiakExport(path.join(served.dir, 'format_siak.xlsx'), others);
    await goTo(page, 'Impor');
    const second = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await second).setFiles(siak);
    await expect.poll(() => page.getByText('ekspor data penduduk SIAK').isVisible(), { timeout: 30_000 }).toBe(true);
    await page.getByRole('button', { name: 'Impor 6 pekerja' }).click();
    await expect.poll(() => page.getByText('Impor #2 selesai').isVisible(), { timeout: 30_000 }).toBe(true);
    await page.getByRole('button', { name: 'Lihat pekerja' }).first().click();
    await expect.poll(() => page.getByTestId('worker-count').textContent()).toBe('1–6 dari 6 pekerja');
    expect(await page.getByRole('row', { name: 'Buka SITI AMINAH SARI' }).textContent()).toContain('Sungai Pagu (dari NIK)');
    await screenshot(page, '23-pekerja-kecamatan-dari-nik');
    expect(problems).toEqual([]);
  });
});
