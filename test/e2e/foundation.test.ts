import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, goTo, hasChromium, launch, openPage, screenshot, serve, typeDate, type Served } from './harness';

describe.skipIf(!hasChromium)('foundation in Chromium, through cakap serve', () => {
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

  it('an officer chooses the regency, enters workforce and a target, reloads, and sees them on the Dasbor', async () => {
    const { page, problems } = await openPage(browser, served.url);

    await expect.poll(() => page.getByText('Belum ada angka penduduk bekerja').isVisible(), { timeout: 20_000 }).toBe(true);
    await screenshot(page, '01-dasbor-kosong');

    await goTo(page, 'Pengaturan');
    await expect.poll(() => page.getByTestId('current-regency').textContent()).toBe('Kabupaten Solok Selatan');

    // Another regency first, then back: the village label follows the province.
    await choose(page, 'Provinsi', 'Jawa Barat');
    await choose(page, 'Kabupaten/kota', 'Kabupaten Bandung (32.04)');
    await page.getByRole('button', { name: 'Pakai kabupaten ini' }).click();
    await expect.poll(() => page.getByTestId('current-regency').textContent()).toBe('Kabupaten Bandung');
    await expect.poll(() => page.getByLabel('Sebutan desa').inputValue()).toBe('Desa/Kelurahan');

    await choose(page, 'Provinsi', 'Sumatera Barat');
    await choose(page, 'Kabupaten/kota', 'Kabupaten Solok Selatan (13.11)');
    await page.getByRole('button', { name: 'Pakai kabupaten ini' }).click();
    await expect.poll(() => page.getByTestId('current-regency').textContent()).toBe('Kabupaten Solok Selatan');
    await expect.poll(() => page.getByLabel('Sebutan desa').inputValue()).toBe('Nagari');

    const year = page.getByLabel('Tahun penduduk bekerja');
    await year.fill('2025');
    await year.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Simpan penduduk bekerja 2025' }).isVisible()).toBe(true);
    const figures: Record<string, string> = {
      Sangir: '19.512',
      'Sungai Pagu': '15.030',
      'Koto Parik Gadang Diateh': '9870',
      'Sangir Jujuan': '8.100',
      'Sangir Batang Hari': '7.450',
      'Pauh Duo': '6.320',
      'Sangir Balai Janggo': '5.410',
    };
    for (const [name, value] of Object.entries(figures)) await page.getByLabel(`Penduduk bekerja ${name}`, { exact: true }).fill(value);
    await page.getByLabel('Penduduk bekerja Sangir', { exact: true }).fill('-3');
    expect(await page.getByText('Tidak boleh negatif').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Simpan penduduk bekerja 2025' }).isDisabled()).toBe(true);
    await page.getByLabel('Penduduk bekerja Sangir', { exact: true }).fill('19.512');
    await page.getByRole('button', { name: 'Simpan penduduk bekerja 2025' }).click();
    await expect.poll(() => page.getByText('Penduduk bekerja 2025 disimpan (7 wilayah).').isVisible()).toBe(true);

    const targetYear = page.getByLabel('Tahun target');
    await targetYear.fill('2025');
    await targetYear.press('Enter');
    await page.getByLabel('Target persen').fill('128');
    expect(await page.getByText('Target harus lebih dari 0 dan paling besar 100').isVisible()).toBe(true);
    await page.getByLabel('Target persen').fill('28,3');
    await page.getByRole('button', { name: 'Simpan target' }).click();
    await expect.poll(() => page.getByText('Target 2025 disimpan: 28,30 %.').isVisible()).toBe(true);
    await screenshot(page, '02-pengaturan');

    await page.reload();
    await goTo(page, 'Dasbor');
    // The report year follows the date on the Dasbor: look at the end of 2025.
    await typeDate(page, 'Keadaan per tanggal', '31 Desember 2025');
    await expect.poll(() => page.getByTestId('card-target').textContent()).toContain('28,30 %');
    // 28,3 % of 71.692 = 20.288,836 -> 20.289 workers must be covered.
    expect(await page.getByTestId('card-target').textContent()).toContain('= 20.289 pekerja terlindungi');
    expect(await page.getByTestId('card-coverage').textContent()).toContain('dari 71.692 penduduk bekerja');
    expect(await page.getByRole('row', { name: 'Pekerja Kecamatan Sangir', exact: true }).textContent()).toContain('19.512');
    expect(await page.locator('[role="img"] svg').count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, '03-dasbor-terisi');

    expect(problems).toEqual([]);
  });

  it('a BPS table is uploaded from Pengaturan and its figures replace the typed ones', async () => {
    const { page, problems } = await openPage(browser, `${served.url}#/pengaturan`);
    const year = page.getByLabel('Tahun penduduk bekerja');
    await year.fill('2024');
    await year.press('Enter');
    const csv = path.join(served.dir, 'penduduk-bekerja-2024.csv');
    fs.writeFileSync(csv, 'Kecamatan;Penduduk Bekerja\nSangir;19.000\nSungai Pagu;15.000\nKPGD;9.000\n');

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Impor dari berkas…' }).click();
    await (await chooser).setFiles(csv);
    await expect
      .poll(() => page.getByText('Dari "penduduk-bekerja-2024.csv": 3 wilayah, jumlah 43.000 orang disimpan untuk 2024.', { exact: false }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByLabel('Penduduk bekerja Sungai Pagu', { exact: true }).inputValue()).toBe('15.000');
    await screenshot(page, '04-pengaturan-impor');
    expect(problems).toEqual([]);
  });

  it('without the token in the address the page shows that access is refused', async () => {
    const bare = served.url.replace(/\?token=.*/, '');
    const { page } = await openPage(browser, bare);
    await expect.poll(() => page.getByText('Akses ditolak', { exact: false }).first().isVisible()).toBe(true);
    await screenshot(page, '05-tanpa-token');
  });
});
