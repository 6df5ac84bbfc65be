import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../shared/domain/format';
import { demoCopy, goTo, hasChromium, launch, openPage, screenshot, serve, typeDate, type Served } from './harness';

describe.skipIf(!hasChromium)('the Dasbor and the leadership report, on the demo regency', () => {
  let served: Served;
  let browser: Browser;
  let asOf: string;

  beforeAll(async () => {
    const demo = demoCopy('cakap-e2e-demo-');
    asOf = /keadaan per (\d+ \p{L}+ \d{4})/u.exec(demo.stdout)![1]!;
    served = await serve(demo.dir, 'cakap-demo.sqlite');
    browser = await launch();
    // The demo imports a regency's lists and writes three reports and a plan: minutes on a busy machine.
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    if (served) fs.rmSync(served.dir, { recursive: true, force: true });
  });

  it('the head of office reads coverage against the target, goes back a month, and takes the PDF to the bupati', async () => {
    // An English Windows: dates are still shown and typed the Indonesian way.
    const { page, problems } = await openPage(browser, served.url, 'en-US');
    await expect.poll(() => page.getByTestId('card-coverage').textContent(), { timeout: 30_000 }).toContain('19,22 %');
    expect(await page.getByTestId('card-target').textContent()).toContain('28,30 %');
    expect(await page.getByTestId('card-gap').textContent()).toContain('9,08 poin');
    expect(await page.getByText('Cakupan tertinggi di Kecamatan Sangir').isVisible()).toBe(true);
    await screenshot(page, '30-dasbor-demo');

    // A month earlier: the recap of that month is the headline, so the figure is lower.
    const lastMonthEnd = new Date();
    lastMonthEnd.setDate(0);
    const monthBefore = new Date(lastMonthEnd.getFullYear(), lastMonthEnd.getMonth(), 0);
    // Typed the way an office writes it, day first.
    const typed = `${String(monthBefore.getDate()).padStart(2, '0')}-${String(monthBefore.getMonth() + 1).padStart(2, '0')}-${monthBefore.getFullYear()}`;
    await typeDate(page, 'Keadaan per tanggal', typed);
    expect(await page.getByLabel('Keadaan per tanggal').inputValue()).toBe(formatDate(monthBefore));
    await expect.poll(() => page.getByTestId('card-coverage').textContent(), { timeout: 30_000 }).toContain('18,98 %');

    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Laporan PDF' }).click();
    const pdf = path.join(served.dir, 'laporan.pdf');
    await (await download).saveAs(pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
    expect(text).toContain('Laporan Capaian Universal Coverage Jamsostek');
    expect(text).toContain('18,98 %');
    expect(text).toContain(`Halaman 1 dari ${pages}`);
    expect(text).not.toMatch(/\b\d{16}\b/);
    expect(asOf).toMatch(/\d{4}$/);

    // Every figure clicks through: the pipeline card opens the workers not yet covered.
    await page.getByRole('button', { name: 'Lihat pekerja belum terlindungi' }).click();
    await expect.poll(() => page.getByText('Hanya pekerja yang belum terlindungi').isVisible()).toBe(true);
    await screenshot(page, '31-pekerja-belum-terlindungi');
    await goTo(page, 'Dasbor');
    expect(problems).toEqual([]);
  });
});
