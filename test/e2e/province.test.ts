import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app/core';
import { writeRecap } from '../../electron/demo/lists';
import { runCakap } from '../helpers/cli';
import { choose, demoCopy, goTo, guideShot, hasChromium, launch, openPage, screenshot, SCREENSHOTS, serve, typeDate, type Served } from './harness';

/** A regency office that only reports BPJS's monthly recap: its package carries the official count. */
async function regencyPackage(dir: string, code: string, asOf: string, figures: { workforce: number; target: number; perDistrict: number }): Promise<string> {
  const core = await createCore({ dbPath: path.join(dir, `${code}.sqlite`), defaultRegency: code, dailyBackup: false });
  try {
    await core.invoke('workforce.save', { year: Number(asOf.slice(0, 4)), source: 'BPS, Sakernas', entries: [{ areaCode: code, count: figures.workforce }] });
    await core.invoke('targets.set', { year: Number(asOf.slice(0, 4)), percent: figures.target });
    const districts = (await core.invoke('regions.tree', {})).districts;
    const recap = path.join(dir, `rekap-${code}.xlsx`);
    await writeRecap(recap, asOf.slice(0, 7), districts.map((d) => ({ district: d.name, PU: Math.round(figures.perDistrict * 0.6), BPU: Math.round(figures.perDistrict * 0.3), JAKON: Math.round(figures.perDistrict * 0.08), PMI: 0 })));
    await core.invoke('bpjs.import', { jobId: crypto.randomUUID(), fileId: core.context.files.register(recap).fileId, month: asOf.slice(0, 7) });
    const written = await core.invoke('package.write', { asOf });
    const out = path.join(dir, written.file.name);
    fs.copyFileSync(core.context.files.resolve(written.file.fileId).path, out);
    return out;
  } finally {
    core.close();
  }
}

describe.skipIf(!hasChromium)('the province page in Chromium', () => {
  let served: Served;
  let browser: Browser;
  let solokPackage: string;
  let asOf: string;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakap-e2e-provinsi-'));
    const demo = demoCopy('cakap-e2e-provinsi-demo-');
    const report = JSON.parse(fs.readFileSync(path.join(demo.dir, fs.readdirSync(demo.dir).find((f) => f.startsWith('laporan-ucj-') && f.endsWith('.json'))!), 'utf8')) as { asOf: string };
    asOf = report.asOf;
    solokPackage = path.join(dir, 'solok-selatan.cakap');
    expect(await runCakap(['package', '--db', path.join(demo.dir, 'cakap-demo.sqlite'), '--out', solokPackage, '--as-of', asOf])).toMatchObject({ code: 0 });
    const padang = await regencyPackage(dir, '13.71', asOf, { workforce: 410_000, target: 45, perDistrict: 14_500 });
    const agam = await regencyPackage(dir, '13.06', asOf, { workforce: 240_000, target: 30, perDistrict: 3_200 });
    const db = path.join(dir, 'provinsi.sqlite');
    expect(await runCakap(['init', '--db', db, '--province', '13'])).toMatchObject({ code: 0 });
    expect(await runCakap(['province', '--db', db, padang, agam])).toMatchObject({ code: 0 });
    served = await serve(dir, 'provinsi.sqlite');
    browser = await launch();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    if (served) fs.rmSync(served.dir, { recursive: true, force: true });
  });

  it("the province's officer imports a regency's package, reads every regency against its target and takes the province's PDF", async () => {
    const { page, problems } = await openPage(browser, served.url);
    // A province database opens on its own page, with no regency pages.
    await expect.poll(() => page.getByRole('heading', { name: 'Provinsi', exact: true }).isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.getByRole('navigation').getByRole('button', { name: 'Impor' }).count()).toBe(0);
    // Today's figures first (the page's own start), then the month the packages are for.
    await expect.poll(() => page.getByTestId('province-reporting').isVisible(), { timeout: 30_000 }).toBe(true);
    await typeDate(page, 'Keadaan per tanggal', asOf.split('-').reverse().join('/'));
    await expect.poll(() => page.getByTestId('province-reporting').textContent(), { timeout: 30_000 }).toContain('2 dari 19');

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Impor paket kabupaten…' }).click();
    await (await chooser).setFiles(solokPackage);
    await expect.poll(() => page.getByText('1 paket diimpor').isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('province-reporting').textContent()).toContain('3 dari 19');
    const row = await page.getByRole('row', { name: /Kabupaten Solok Selatan/ }).first().textContent();
    expect(row).toContain('19,22 %');
    expect(row).toContain('28,30 %');
    await screenshot(page, '86-provinsi');
    await guideShot(page, '27-provinsi');

    // The same package again is refused with its reason, and changes nothing.
    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Impor paket kabupaten…' }).click();
    await (await again).setFiles(solokPackage);
    await expect.poll(() => page.getByText(/Ditolak: solok-selatan\.cakap: paket yang sama sudah diimpor/).isVisible(), { timeout: 30_000 }).toBe(true);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Laporan PDF' }).click();
    const pdf = path.join(served.dir, 'provinsi.pdf');
    await (await download).saveAs(pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('PEMERINTAH PROVINSI SUMATERA BARAT');
    expect(text).toContain('3 dari 19 kabupaten/kota mengirim paket');
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(SCREENSHOTS, '87-provinsi-pdf')]);
    await goTo(page, 'Panduan');
    expect(problems).toEqual([]);
  });

  it("a province's Disnaker installs Cakap and makes its database the province's from the first-run wizard", async () => {
    const fresh = await serve(undefined, 'cakap.sqlite', { firstRun: true });
    try {
      const { page, problems } = await openPage(browser, fresh.url);
      await expect.poll(() => page.getByText('Selamat datang di Cakap').isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await page.getByRole('button', { name: 'Jadikan basis data provinsi' }).isDisabled()).toBe(true);
      await choose(page, 'Provinsi kantor ini', 'Sumatera Barat');
      await screenshot(page, '88-persiapan-provinsi');
      await page.getByRole('button', { name: 'Jadikan basis data provinsi' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Provinsi', exact: true }).isVisible(), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByTestId('province-reporting').textContent(), { timeout: 30_000 }).toContain('0 dari 19');
      expect(await page.getByRole('navigation').getByRole('button', { name: 'Pekerja' }).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await fresh.stop();
      fs.rmSync(fresh.dir, { recursive: true, force: true });
    }
  });
});
