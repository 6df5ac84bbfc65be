import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app/core';
import { financeRegency, novemberLines, writeBill, writeBranchTemplate, writeClaims } from '../helpers/financeLists';
import { pdfInfo, pdfText } from '../helpers/pdf';
import { choose, goTo, hasChromium, launch, openPage, SCREENSHOTS, screenshot, serve, typeDate, type Served } from './harness';

/** Programs of this year: `serve` runs on the real clock. */
const year = new Date().getFullYear();
const MONTH_NAMES = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const iso = (date: Date) => date.toISOString().slice(0, 10);

async function download(page: Page, button: string, target: string): Promise<string> {
  const wait = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: button }).click();
  await (await wait).saveAs(target);
  return target;
}

async function upload(page: Page, button: string, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

describe.skipIf(!hasChromium)('Tagihan dan Klaim in Chromium: the loop with the BPJS branch', () => {
  let served: Served;
  let browser: Browser;
  let dir: string;
  let niks: string[];
  let kpj: (i: number) => string;

  beforeAll(async () => {
    // The office's data, built once through the core: eleven workers, two programs, the BPJS list;
    // program B's beneficiaries were sent to the branch six weeks ago.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakap-e2e-tagihan-'));
    const core = await createCore({ dbPath: path.join(dir, 'cakap.sqlite'), defaultRegency: '13.11', actor: 'penguji', dailyBackup: false });
    const r = await financeRegency(core, dir, year);
    niks = r.niks;
    kpj = r.kpj;
    await core.invoke('office.set', {
      governmentLine: 'PEMERINTAH KABUPATEN SOLOK SELATAN',
      officeName: 'DINAS TENAGA KERJA DAN TRANSMIGRASI',
      address: 'Jl. Raya Padang Aro',
      contact: 'Telp. (0755) 000000',
      signer: { place: 'Padang Aro', title: 'Kepala Dinas Tenaga Kerja dan Transmigrasi', name: 'Drs. AFRIZAL CHANIAGO, M.Si', rank: 'Pembina Utama Muda (IV/c)', nip: '196805121994031005' },
    });
    await core.invoke('finance.setSettings', { registrationWaitDays: 30, branchName: 'BPJS Ketenagakerjaan Kantor Cabang Solok' });
    await core.invoke('finance.registration', { programId: r.programB.id, sentOn: iso(new Date(Date.now() - 45 * 86_400_000)) });
    core.close();
    served = await serve(dir);
    browser = await launch();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the officer registers the beneficiaries, checks the bill with its exceptions, prints the minute, records the SP2D and the claims, and sees the report section', async () => {
    const files = {
      template: await writeBranchTemplate(path.join(dir, 'Formulir BPU Cabang Solok.xlsx')),
      claims: await writeClaims(path.join(dir, `Klaim BPU ${year}.xlsx`), [
        { nik: niks[2]!, name: 'Pekerja 3', type: 'JKM', eventDate: `14-09-${year}`, paidDate: `02-10-${year}`, amount: 'Rp 42.000.000' },
        { nik: niks[0]!, name: 'Pekerja 1', type: 'JKK', eventDate: `03-05-${year}`, paidDate: `10-06-${year}`, amount: 'Rp 3.500.000' },
      ]),
      bill: await writeBill(path.join(dir, `Tagihan APBD Nov ${year}.xlsx`), `RINCIAN TAGIHAN IURAN PROGRAM PEKERJA RENTAN APBD BULAN Nov ${year}`, novemberLines(niks, kpj, false)),
    };
    const { page, problems } = await openPage(browser, served.url);
    await goTo(page, 'Tagihan dan Klaim');
    await expect.poll(() => page.getByTestId('card-realisation').isVisible(), { timeout: 30_000 }).toBe(true);

    // 1. Register: Cakap's own layout, then the branch's own template.
    await page.getByRole('tab', { name: 'Pendaftaran ke BPJS' }).click();
    await choose(page, 'Program', /^Pekerja Rentan APBD/);
    await download(page, 'Berkas pendaftaran (susunan Cakap)', path.join(dir, 'pendaftaran.xlsx'));
    await expect.poll(() => page.getByTestId('registration-result').textContent()).toContain('5 penerima ditulis');
    await page.getByRole('checkbox', { name: 'Termasuk yang sudah pernah dikirim' }).check();
    const wait = page.waitForEvent('download', { timeout: 60_000 });
    await upload(page, 'Isi templat kantor cabang…', files.template);
    await (await wait).saveAs(path.join(dir, 'pendaftaran-templat.xlsx'));
    await expect.poll(() => page.getByTestId('registration-result').textContent()).toContain('NAMA IBU KANDUNG, EMAIL');
    await screenshot(page, '70-tagihan-pendaftaran');

    // 2. The claims first: the JKM claim records a death in September.
    await page.getByRole('tab', { name: 'Klaim dan manfaat' }).click();
    await upload(page, 'Impor daftar klaim…', files.claims);
    await expect.poll(() => page.getByTestId('claims-result').textContent(), { timeout: 60_000 }).toContain('2 klaim baru (2 cocok dengan pekerja, 2 penerima program)');

    // 3. The bill: the month from its title, every exception found, the minute printed.
    await page.getByRole('tab', { name: 'Tagihan' }).click();
    await choose(page, 'Program', /^Pekerja Rentan APBD/);
    await upload(page, 'Periksa tagihan…', files.bill);
    await expect.poll(() => page.getByTestId('bill-result').textContent(), { timeout: 60_000 }).toContain(`Tagihan #`);
    const result = (await page.getByTestId('bill-result').textContent()) ?? '';
    expect(result).toContain(`November ${year}`);
    expect(result).toContain('Layak dibayar Rp 67.200');
    expect(result).toContain('sesudah meninggal 1');
    expect(result).toContain('Penerima yang tidak ditagih: 3 orang');
    await expect.poll(() => page.getByTestId('bill-payable').textContent()).toContain('Rp 67.200');
    await page.getByRole('tab', { name: /Sesudah meninggal/ }).click();
    await expect.poll(() => page.getByText(`meninggal 14 September ${year} (klaim JKM)`).isVisible()).toBe(true);
    await page.getByRole('tab', { name: /Semua pengecualian/ }).click();
    await screenshot(page, '71-tagihan-pemeriksaan');
    const minute = await download(page, 'Berita acara rekonsiliasi (PDF)', path.join(dir, 'berita-acara.pdf'));
    const text = pdfText(minute).replace(/\s+/g, ' ');
    expect(text).toContain('BERITA ACARA REKONSILIASI IURAN');
    expect(text).toContain(`BULAN NOVEMBER ${year}`);
    expect(text).toContain('Rp 67.200 (enam puluh tujuh ribu dua ratus rupiah)');
    expect(text).toContain('BPJS Ketenagakerjaan Kantor Cabang Solok');
    for (const n of niks) expect(text).not.toContain(n);
    expect(pdfInfo(minute).pages).toBeGreaterThanOrEqual(2);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', minute, path.join(SCREENSHOTS, '72-berita-acara')]);

    // 4. The SP2D: as agreed, then a second one that goes over the month's payable amount.
    await page.getByRole('tab', { name: 'Pembayaran dan realisasi' }).click();
    await choose(page, 'Program', /^Pekerja Rentan APBD/);
    await typeDate(page, 'Bulan iuran', `${MONTH_NAMES[10]} ${year}`);
    await page.getByLabel('Jumlah dibayar').fill('67.200');
    await page.getByLabel('Nomor SP2D').fill(`0012/SP2D/LS/${year}`);
    await page.getByRole('button', { name: 'Catat pembayaran' }).click();
    await expect.poll(() => page.getByTestId('payment-result').textContent()).toContain(`Rp 67.200 (0012/SP2D/LS/${year})`);
    await page.getByLabel('Jumlah dibayar').fill('10.000');
    await page.getByLabel('Nomor SP2D').fill(`0012/SP2D/LS/${year}`);
    await page.getByRole('button', { name: 'Catat pembayaran' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('sudah dipakai untuk program');
    await page.getByLabel('Nomor SP2D').fill(`0013/SP2D/LS/${year}`);
    await page.getByRole('button', { name: 'Catat pembayaran' }).click();
    await expect.poll(() => page.getByTestId('payment-result').textContent()).toContain(`Peringatan: Pembayaran November ${year} menjadi Rp 77.200, melebihi jumlah yang layak dibayar`);
    await expect.poll(() => page.getByTestId('card-realisation').textContent()).toContain('Rp 77.200 dibayar');
    await screenshot(page, '73-tagihan-pembayaran');
    await page.getByRole('tab', { name: 'Klaim dan manfaat' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Manfaat menurut jenis klaim' }).textContent()).toContain('Rp 42.000.000');
    await screenshot(page, '74-tagihan-klaim');

    // 5. Rekonsiliasi BPJS: W7, sent for program B six weeks ago, is still not registered (W10 was sent again today).
    await goTo(page, 'Rekonsiliasi BPJS');
    await page.getByRole('tab', { name: /Diajukan, belum terdaftar \(1\)/ }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Diajukan, belum terdaftar' }).textContent()).toContain('Pekerja 7');
    await screenshot(page, '75-rekonsiliasi-diajukan');

    // 6. The Dasbor and the leadership report: the realisation, the payments prevented, the benefits.
    await goTo(page, 'Dasbor');
    await typeDate(page, 'Keadaan per tanggal', `30-11-${year}`);
    await expect.poll(() => page.getByTestId('dash-prevented').textContent(), { timeout: 30_000 }).toContain('Rp 87.200');
    expect(await page.getByTestId('dash-benefits').textContent()).toContain('Rp 45.500.000');
    await screenshot(page, '76-dasbor-realisasi');
    const report = await download(page, 'Laporan PDF', path.join(dir, 'laporan.pdf'));
    const reportText = pdfText(report).replace(/\s+/g, ' ');
    expect(reportText).toContain('Iuran, realisasi dan manfaat');
    expect(reportText).toContain('Pemeriksaan tagihan mencegah pembayaran Rp 87.200');
    expect(reportText).toContain('santunan kematian Rp 42.000.000');
    // Pengaturan holds the waiting days, the branch's name, and the premium rules with their regulations.
    await goTo(page, 'Pengaturan');
    await expect.poll(() => page.getByLabel('Kantor cabang BPJS Ketenagakerjaan').inputValue(), { timeout: 20_000 }).toBe('BPJS Ketenagakerjaan Kantor Cabang Solok');
    expect(await page.getByRole('table', { name: 'Aturan iuran BPU' }).textContent()).toContain('PP Nomor 50 Tahun 2025');
    await page.getByRole('table', { name: 'Aturan iuran BPU' }).scrollIntoViewIfNeeded();
    await page.getByRole('table', { name: 'Aturan iuran BPU' }).screenshot({ path: path.join(SCREENSHOTS, '77-pengaturan-aturan-iuran.png') });

    // The refused SP2D (its number already used) is the one call that answered 422; nothing else went wrong.
    expect(problems).toEqual(['Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)']);
  }, 300_000);
});
