import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMemberList } from '../../electron/core/demo/lists';
import { localIsoDate } from '../../shared/domain/months';
import { fillWithOpenpyxl, type TypedCell } from '../helpers/otherWriters';
import { pdfText } from '../helpers/pdf';
import { nik } from '../helpers/workerLists';
import { choose, GUIDE_PICTURES, goTo, guideShot, hasChromium, launch, openPage, screenshot, serve, typeDate, type Served } from './harness';

/**
 * The "done when": a person who has never seen Cakap goes from the first start to a printed
 * leadership report with only the app and the guide, here in Chromium: the wizard, the template
 * downloaded, filled in by the village in another program and imported, a program, the BPJS data, the
 * report exported. Every picture of docs/panduan.md is taken on the way.
 */

const YEAR = new Date().getFullYear();

/** The village's list, typed into Cakap's template; Budi is listed twice by mistake. */
const VILLAGE_ROWS: TypedCell[][] = [
  [1, nik({ day: 5, month: 6, year: 1985, female: true, seq: 1 }), 'Siti Aminah', 'Padang Aro', { date: '1985-06-05' }, 'P', 'Jorong Koto Baru', 'Sangir', 'Lubuk Gadang', 'Petani', '081234567890', null],
  [2, nik({ day: 12, month: 3, year: 1979, seq: 2 }), 'Budi Santoso', 'Solok', { date: '1979-03-12' }, 'L', 'Jorong Pasar', 'Sangir', 'Lubuk Gadang', 'Petani Sawit', '085263001122', null],
  [3, nik({ day: 28, month: 11, year: 1990, female: true, seq: 3 }), "Nur'aini", 'Muara Labuh', { date: '1990-11-28' }, 'P', 'RT 02', 'Sangir', 'Lubuk Gadang', 'Pedagang', null, null],
  [4, nik({ day: 1, month: 1, year: 1970, seq: 4 }), 'Zulkifli', 'Padang', { date: '1970-01-01' }, 'L', null, 'Sangir', 'Lubuk Gadang', 'Buruh Tani', '081300000001', null],
  [5, nik({ day: 30, month: 9, year: 2001, seq: 5 }), 'Rizki Pratama', 'Padang Aro', { date: '2001-09-30' }, 'L', 'Jorong Sungai Kalu', 'Sangir', 'Lubuk Gadang', 'Tukang Ojek', '082170001234', null],
  [6, nik({ day: 12, month: 3, year: 1979, seq: 2 }), 'Budi Santoso', 'Solok', { date: '1979-03-12' }, 'L', 'Jorong Pasar', 'Sangir', 'Lubuk Gadang', 'Petani Sawit', '085263001122', null],
];

describe.skipIf(!hasChromium)('from the first start to a printed leadership report, as the guide tells it', () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    served = await serve(undefined, undefined, { firstRun: true });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    if (served) fs.rmSync(served.dir, { recursive: true, force: true });
  });

  it('a newcomer sets up the office, sends a template, imports it back, funds the workers, and prints the report', async () => {
    const { page, problems } = await openPage(browser, served.url);
    await page.setViewportSize({ width: 1280, height: 800 });

    // 1. The wizard, on the empty database.
    await expect.poll(() => page.getByText('Selamat datang di Cakap').isVisible(), { timeout: 20_000 }).toBe(true);
    await guideShot(page, '01-persiapan-selamat-datang');
    await page.getByRole('button', { name: 'Mulai persiapan' }).click();

    await expect.poll(() => page.getByTestId('current-regency').textContent()).toBe('Kabupaten Solok Selatan');
    await guideShot(page, '02-persiapan-kabupaten');
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await page.getByLabel('Nama kantor').fill('DINAS TENAGA KERJA DAN TRANSMIGRASI');
    await page.getByLabel('Alamat').fill('Jl. Raya Padang Aro – Muara Labuh, Padang Aro');
    await page.getByLabel('Telepon, e-mail, laman').fill('Telp. (0755) 583000 · disnakertrans@solselkab.go.id');
    const logo = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pilih logo…' }).click();
    await (await logo).setFiles(path.resolve('build/icon.png'));
    await expect.poll(() => page.getByAltText('Logo kop surat').isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByLabel('Tempat').fill('Padang Aro');
    await page.getByLabel('Jabatan').fill('Kepala Dinas Tenaga Kerja dan Transmigrasi\nKabupaten Solok Selatan');
    await page.getByLabel('Nama penanda tangan').fill('Drs. AFRIZAL CHANIAGO, M.Si');
    await page.getByLabel('Pangkat/golongan').fill('Pembina Utama Muda (IV/c)');
    await page.getByLabel('NIP').fill('196805121994031005');
    // Unsaved changes hold the wizard back, so nothing typed is lost.
    expect(await page.getByRole('button', { name: 'Lanjut' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Simpan kop surat dan penanda tangan' }).click();
    await expect.poll(() => page.getByText('Kop surat dan penanda tangan disimpan.').isVisible()).toBe(true);
    await guideShot(page, '03-persiapan-kop-surat', { fullPage: true });
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await page.getByLabel('Target persen').fill('28,3');
    await page.getByRole('button', { name: 'Simpan target' }).click();
    await expect.poll(() => page.getByText(`Target ${YEAR} disimpan: 28,30 %.`).isVisible()).toBe(true);
    const figures: Record<string, string> = {
      Sangir: '24.000',
      'Sungai Pagu': '19.000',
      'Koto Parik Gadang Diateh': '12.000',
      'Sangir Jujuan': '10.000',
      'Sangir Batang Hari': '9.000',
      'Pauh Duo': '8.000',
      'Sangir Balai Janggo': '8.000',
    };
    for (const [name, value] of Object.entries(figures)) await page.getByLabel(`Penduduk bekerja ${name}`, { exact: true }).fill(value);
    await page.getByRole('button', { name: `Simpan penduduk bekerja ${YEAR - 1}` }).click();
    await expect.poll(() => page.getByText(`Penduduk bekerja ${YEAR - 1} disimpan (7 wilayah).`).isVisible()).toBe(true);
    await guideShot(page, '04-persiapan-target', { fullPage: true });
    await page.getByRole('button', { name: 'Lanjut' }).click();

    const summary = page.getByTestId('first-run-summary');
    await expect.poll(() => summary.textContent()).toContain('Penduduk bekerja: 90.000 orang');
    expect(await summary.textContent()).toContain(`Target UCJ ${YEAR}: 28,30 %`);
    expect(await summary.textContent()).toContain('Penanda tangan: Drs. AFRIZAL CHANIAGO, M.Si');
    await guideShot(page, '05-persiapan-siap');
    await page.getByRole('button', { name: 'Ke halaman Impor' }).click();

    // 2. The template goes to the village, comes back filled in (another program than Cakap's), and is imported.
    await expect.poll(() => page.getByRole('heading', { name: 'Impor daftar pekerja', exact: true }).isVisible()).toBe(true);
    await guideShot(page, '06-impor-templat');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh templat daftar pekerja' }).click();
    const template = path.join(served.dir, 'templat.xlsx');
    await (await download).saveAs(template);
    const filled = await fillWithOpenpyxl(template, path.join(served.dir, 'Nagari Lubuk Gadang.xlsx'), 'Daftar Pekerja', 4, VILLAGE_ROWS);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await chooser).setFiles(filled);
    await expect.poll(() => page.getByTestId('count-new').textContent(), { timeout: 30_000 }).toContain('5');
    expect(await page.getByTestId('count-rejected').textContent()).toContain('1');
    expect(await page.getByTestId('count-warnings').textContent()).toContain('0');
    expect(await page.getByText('Sheet "Petunjuk"').isVisible()).toBe(true);
    expect(await page.getByText('Pasti').count()).toBe(12);
    await guideShot(page, '07-impor-pratinjau', { fullPage: true });
    await page.getByRole('button', { name: 'Impor 5 pekerja' }).click();
    await expect.poll(() => page.getByText('Impor #1 selesai').isVisible(), { timeout: 30_000 }).toBe(true);
    await guideShot(page, '08-impor-selesai', { fullPage: true });

    await page.getByRole('button', { name: 'Lihat pekerja' }).click();
    await expect.poll(() => page.getByTestId('worker-count').textContent()).toBe('1–5 dari 5 pekerja');
    await guideShot(page, '09-pekerja');

    // 3. A program pays for them.
    await goTo(page, 'Program');
    await page.getByRole('button', { name: 'Program baru' }).click();
    await page.getByLabel('Nama program').fill(`Perlindungan Pekerja Rentan APBD ${YEAR}`);
    await choose(page, 'Sumber dana', 'APBD Kabupaten');
    await page.getByLabel('Anggaran', { exact: true }).fill('50.000.000');
    await typeDate(page, 'Bulan pertama', `Januari ${YEAR}`);
    await typeDate(page, 'Bulan terakhir', `Desember ${YEAR}`);
    await page.getByRole('button', { name: 'Simpan program' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /: Perlindungan Pekerja Rentan APBD/ }).isVisible()).toBe(true);
    await choose(page, 'Impor yang didaftarkan', /Nagari Lubuk Gadang\.xlsx/);
    await page.getByRole('button', { name: 'Periksa' }).click();
    await expect.poll(() => page.getByText('5 pekerja dapat didaftarkan').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Daftarkan 5 pekerja' }).click();
    await expect.poll(() => page.getByTestId('program-committed').textContent()).toContain('Rp 1.008.000');
    await guideShot(page, '10-program', { fullPage: true });

    // 4. The BPJS branch's participant list: three of the five are registered.
    const asOf = localIsoDate(new Date());
    const members = VILLAGE_ROWS.slice(0, 3).map((r, i) => ({ nik: String(r[1]), kpj: `2510000000${i}`, name: String(r[2]), segment: 'BPU', active: true }));
    const memberFile = path.join(served.dir, 'Peserta BPJS Solok Selatan.xlsx');
    await writeMemberList(memberFile, asOf, members);
    await goTo(page, 'Rekonsiliasi BPJS');
    const bpjs = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Impor data BPJS…' }).click();
    await (await bpjs).setFiles(memberFile);
    await expect.poll(() => page.getByText(/Daftar peserta per .*: 3 peserta, 0 baris ditolak\./).isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByRole('tab', { name: 'Dibiayai, belum terdaftar di BPJS (2)' }).isVisible()).toBe(true);
    await guideShot(page, '11-rekonsiliasi', { fullPage: true });

    // 5. The Dasbor and the printed report.
    await goTo(page, 'Dasbor');
    await expect.poll(() => page.getByTestId('card-target').textContent(), { timeout: 30_000 }).toContain('28,30 %');
    await guideShot(page, '12-dasbor', { fullPage: true });
    const report = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Laporan PDF' }).click();
    const pdf = path.join(served.dir, 'laporan.pdf');
    await (await report).saveAs(pdf);
    const text = pdfText(pdf);
    expect(text).toContain('DINAS TENAGA KERJA DAN TRANSMIGRASI');
    expect(text).toContain('Drs. AFRIZAL CHANIAGO, M.Si');
    expect(text).toContain('NIP. 19680512 199403 1 005');
    expect(text).toContain('28,30 %');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(GUIDE_PICTURES, '13-laporan-pdf')]);

    // 6. A backup by hand, in Pengaturan.
    await goTo(page, 'Pengaturan');
    await page.getByRole('button', { name: 'Buat cadangan sekarang' }).click();
    const backups = page.getByRole('table', { name: 'Daftar cadangan' });
    await expect.poll(() => backups.getByRole('cell', { name: 'Dibuat oleh pengguna' }).count()).toBe(1);
    await guideShot(page, '14-cadangan', { of: page.locator('section', { has: page.getByRole('heading', { name: 'Cadangan basis data' }) }) });

    // The guide is in the app; the wizard never comes back.
    await goTo(page, 'Panduan');
    await expect.poll(() => page.getByRole('heading', { name: 'Panduan Cakap' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByAltText('Persiapan awal: selamat datang').isVisible()).toBe(true);
    await screenshot(page, '90-panduan');
    await page.getByRole('link', { name: 'Cadangan dan pemulihan' }).first().click();
    await expect.poll(() => page.evaluate(() => document.getElementById('cadangan-dan-pemulihan')!.getBoundingClientRect().top)).toBeLessThan(200);
    expect(page.url()).toContain('#/panduan');
    await page.reload();
    await expect.poll(() => page.getByRole('navigation').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByText('Selamat datang di Cakap').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('every picture the guide shows was taken by this test', () => {
    const guide = fs.readFileSync(path.resolve('docs/panduan.md'), 'utf8');
    const shown = [...guide.matchAll(/!\[[^\]]*\]\((panduan\/[^)]+\.png)\)/g)].map((m) => m[1]!);
    expect(shown.length).toBeGreaterThanOrEqual(14);
    for (const picture of shown) expect(fs.existsSync(path.resolve('docs', picture)), picture).toBe(true);
  });
});
