import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emblemPng } from '../helpers/images';
import { hasChromium, launch, openPage, screenshot, serve, type Served } from './harness';

describe.skipIf(!hasChromium)('the report letterhead and signer in Pengaturan, through cakap serve', () => {
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

  it('an officer fills in the letterhead and signer, uploads the logo, sees the preview, and finds it all again after a reload', async () => {
    const { page, problems } = await openPage(browser, `${served.url}#/pengaturan`);
    const preview = page.getByTestId('kop-preview');
    await expect.poll(() => preview.textContent()).toContain('PEMERINTAH KABUPATEN SOLOK SELATAN');
    expect(await preview.textContent()).toContain('DINAS TENAGA KERJA');
    expect(await preview.textContent()).toContain('KEPALA DINAS TENAGA KERJA,');

    // A file that only calls itself a PNG is refused with the reason.
    const fake = path.join(served.dir, 'logo.png');
    fs.writeFileSync(fake, 'bukan gambar');
    let chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pilih logo…' }).click();
    await (await chooser).setFiles(fake);
    await expect.poll(() => page.getByText('Berkas "logo.png" bukan gambar PNG atau JPEG.', { exact: false }).isVisible()).toBe(true);

    const logo = path.join(served.dir, 'logo-solok-selatan.png');
    fs.writeFileSync(logo, emblemPng(160));
    chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pilih logo…' }).click();
    await (await chooser).setFiles(logo);
    await expect.poll(() => page.getByText('Logo "logo-solok-selatan.png" dipasang (160 × 160 piksel).').isVisible()).toBe(true);
    await expect.poll(() => preview.getByRole('img', { name: 'Logo kop surat' }).isVisible()).toBe(true);

    await page.getByLabel('Alamat', { exact: true }).fill('Jalan Raya Padang Aro, Sungai Pagu, Kabupaten Solok Selatan 27779');
    await page.getByLabel('Telepon, e-mail, laman').fill('Telepon (0755) 583123 · disnaker@solselkab.go.id');
    await page.getByLabel('Tempat').fill('Padang Aro');
    await page.getByLabel('Jabatan').fill('Kepala Dinas Tenaga Kerja\nKabupaten Solok Selatan');
    await page.getByLabel('Nama penanda tangan').fill('Drs. H. Syafrudin Putra, M.Si.');
    await page.getByLabel('Pangkat/golongan').fill('Pembina Utama Muda (IV/c)');
    const save = page.getByRole('button', { name: 'Simpan kop surat dan penanda tangan' });
    await page.getByLabel('NIP').fill('1975 0312');
    await expect.poll(() => page.getByText('NIP harus 18 angka').isVisible()).toBe(true);
    expect(await save.isDisabled()).toBe(true);
    await page.getByLabel('NIP').fill('19750312 200003 1 004');
    expect(await preview.textContent()).toContain('NIP. 19750312 200003 1 004');
    await save.click();
    await expect.poll(() => page.getByText('Kop surat dan penanda tangan disimpan.').isVisible()).toBe(true);
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, '40-pengaturan-kop-surat');

    await page.reload();
    await expect.poll(() => page.getByLabel('Nama penanda tangan').inputValue()).toBe('Drs. H. Syafrudin Putra, M.Si.');
    expect(await page.getByLabel('NIP').inputValue()).toBe('19750312 200003 1 004');
    expect(await page.getByLabel('Jabatan').inputValue()).toBe('Kepala Dinas Tenaga Kerja\nKabupaten Solok Selatan');
    await expect.poll(() => page.getByTestId('kop-preview').getByRole('img', { name: 'Logo kop surat' }).isVisible()).toBe(true);
    const audit = page.getByRole('table', { name: 'Log audit' });
    await expect.poll(() => audit.getByText('Memasang logo kop surat "logo-solok-selatan.png"', { exact: false }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Hapus logo' }).click();
    await expect.poll(() => page.getByText('Logo dihapus dari kop surat.').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('kop-preview').getByRole('img').count()).toBe(0);
    // The one refused upload is the bridge's 400 answer, which Chromium reports; nothing else went wrong.
    expect(problems).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  });
});
