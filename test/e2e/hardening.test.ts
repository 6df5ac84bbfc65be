import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launch, openPage, screenshot, serve, type Served } from './harness';

describe.skipIf(!hasChromium)('backups and the audit log in Pengaturan, through cakap serve', () => {
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

  it('an officer makes a backup, changes a target, restores the backup after confirming, and sees it in the audit log', async () => {
    const { page, problems } = await openPage(browser, `${served.url}#/pengaturan`);
    const setTarget = async (percent: string) => {
      const year = page.getByLabel('Tahun target');
      await year.fill('2025');
      await year.press('Enter');
      await page.getByLabel('Target persen').fill(percent);
      await page.getByRole('button', { name: 'Simpan target' }).click();
    };
    await setTarget('28,3');
    await expect.poll(() => page.getByText('Target 2025 disimpan: 28,30 %.').isVisible()).toBe(true);
    const audit = page.getByRole('table', { name: 'Log audit' });
    await expect.poll(() => audit.getByText('Menetapkan target UCJ 2025: 28,30 %').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Buat cadangan sekarang' }).click();
    await expect.poll(() => page.getByText('Cadangan dibuat:', { exact: false }).isVisible()).toBe(true);
    const backups = page.getByRole('table', { name: 'Daftar cadangan' });
    await expect.poll(() => backups.getByRole('cell', { name: 'Dibuat oleh pengguna' }).count()).toBe(1);

    await setTarget('31');
    await expect.poll(() => page.getByText('Target 2025 disimpan: 31,00 %.').isVisible()).toBe(true);

    await backups.getByRole('button', { name: /^Pulihkan cadangan/ }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText('Pulihkan basis data?').isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('Keadaan sekarang disimpan dulu sebagai cadangan');
    await screenshot(page, '06-pengaturan-pulihkan-konfirmasi');
    await dialog.getByRole('button', { name: 'Pulihkan' }).click();

    await expect.poll(() => page.getByText('Basis data dipulihkan dari cadangan', { exact: false }).isVisible()).toBe(true);
    const targets = page.getByRole('table', { name: 'Target per tahun' });
    await expect.poll(() => targets.getByRole('cell', { name: '28,30 %' }).isVisible()).toBe(true);
    expect(await targets.getByRole('cell', { name: '31,00 %' }).count()).toBe(0);
    await expect.poll(() => backups.getByRole('cell', { name: 'Keadaan sebelum pemulihan' }).isVisible()).toBe(true);
    await expect.poll(() => audit.getByText('Memulihkan basis data dari cadangan', { exact: false }).isVisible()).toBe(true);
    // The data went back; the record of what happened did not.
    expect(await audit.getByText('Menetapkan target UCJ 2025: 31,00 %').isVisible()).toBe(true);
    expect(await page.getByTestId('audit-page').textContent()).toMatch(/^1–\d dari \d catatan$/);
    await screenshot(page, '07-pengaturan-cadangan-dan-log');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor ke Excel' }).click();
    const file = path.join(served.dir, 'log-audit.xlsx');
    await (await download).saveAs(file);
    await expect.poll(() => page.getByText('Log audit diekspor ke "log-audit-cakap-', { exact: false }).isVisible()).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const rows: string[] = [];
    workbook.getWorksheet('Log audit')!.eachRow((row) => rows.push(String(row.getCell(3).value)));
    expect(rows[0]).toBe('Tindakan');
    expect(rows[1]).toMatch(/^Memulihkan basis data dari cadangan /);
    expect(rows).toContain('Menetapkan target UCJ 2025: 28,30 %');

    expect(problems).toEqual([]);
  });
});
