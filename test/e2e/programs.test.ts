import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '../helpers/spreadsheets';
import { nik } from '../helpers/workerLists';
import { choose, goTo, hasChromium, launch, openPage, screenshot, serve, typeDate, type Served } from './harness';
import { runCakap } from '../helpers/cli';

describe.skipIf(!hasChromium)('funding programs in Chromium', () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    served = await serve();
    browser = await launch();
    // Two lists, imported on the command line: the UI work starts from workers that exist.
    const list = (name: string, seqs: number[]) =>
      writeXlsx(path.join(served.dir, name), [
        { name: 'Data', rows: [['NIK', 'Nama', 'Nagari', 'Pekerjaan'], ...seqs.map((s) => [nik({ day: 1 + s, month: 3, year: 1980, seq: s }), `Pekerja ${s}`, 'Lubuk Gadang', 'Petani'])] },
      ]);
    await runCakap(['import', '--db', served.dbPath, await list('nagari-lubuk-gadang.xlsx', [1, 2, 3, 4])]);
    await runCakap(['import', '--db', served.dbPath, await list('susulan.xlsx', [3, 4, 5])]);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    if (served) fs.rmSync(served.dir, { recursive: true, force: true });
  });

  it('creates two programs, enrols a batch, is refused double funding until a reason is given, and sees the budget change', async () => {
    const { page, problems } = await openPage(browser, served.url);
    await goTo(page, 'Program');

    const create = async (name: string, source: string, budget: string) => {
      await page.getByRole('button', { name: 'Program baru' }).click();
      await page.getByLabel('Nama program').fill(name);
      await choose(page, 'Sumber dana', source);
      await page.getByLabel('Anggaran', { exact: true }).fill(budget);
      await typeDate(page, 'Bulan pertama', 'Januari 2025');
      await typeDate(page, 'Bulan terakhir', '12-2025');
      expect(await page.getByLabel('Bulan terakhir', { exact: true }).inputValue()).toBe('Desember 2025');
      await page.getByRole('button', { name: 'Simpan program' }).click();
      await expect.poll(() => page.getByRole('heading', { name: new RegExp(`: ${name}$`) }).isVisible()).toBe(true);
    };

    await create('Jamsostek Pekerja Rentan APBD', 'APBD Kabupaten', '10.000.000');
    expect(await page.getByTestId('program-remaining').textContent()).toContain('Rp 10.000.000');
    await choose(page, 'Impor yang didaftarkan', /nagari-lubuk-gadang\.xlsx/);
    await page.getByRole('button', { name: 'Periksa' }).click();
    await expect.poll(() => page.getByText('4 pekerja dapat didaftarkan').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Daftarkan 4 pekerja' }).click();
    await expect.poll(() => page.getByTestId('program-committed').textContent()).toContain('Rp 806.400');
    expect(await page.getByTestId('program-remaining').textContent()).toContain('Rp 9.193.600');
    await screenshot(page, '20-program-pertama');

    await create('Jaminan Sosial DBH Sawit', 'DBH Sawit', '5.000.000');
    await choose(page, 'Impor yang didaftarkan', /susulan\.xlsx/);
    await page.getByRole('button', { name: 'Periksa' }).click();
    await expect.poll(() => page.getByText('1 pekerja dapat didaftarkan, 2 ditolak').isVisible()).toBe(true);
    expect(await page.getByText('Sudah dibiayai program "Jamsostek Pekerja Rentan APBD" (APBD Kabupaten) untuk Januari–Desember 2025').first().isVisible()).toBe(true);
    await screenshot(page, '21-program-pembiayaan-ganda');

    await page.getByLabel('Alasan pembiayaan ganda').fill('Iuran JHT dari DBH Sawit, JKK-JKM dari APBD');
    await page.getByRole('button', { name: 'Daftarkan juga 2 yang dibiayai ganda' }).click();
    await expect.poll(() => page.getByTestId('program-committed').textContent()).toContain('Rp 604.800');
    expect(await page.getByText('Dibiayai ganda').count()).toBe(2);
    await screenshot(page, '22-program-dengan-alasan');

    // The first program's figures in the list did not change.
    expect(await page.getByRole('row', { name: /Jamsostek Pekerja Rentan APBD/ }).textContent()).toContain('Rp 806.400');
    expect(problems).toEqual([]);
  });
});
