import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMemberList } from '../../electron/demo/lists';
import { localIsoDate } from '../../shared/domain/months';
import { fillWithOpenpyxl, type TypedCell } from '../helpers/otherWriters';
import { pdfText } from '../helpers/pdf';
import { nik } from '../helpers/workerLists';
import { zipEntryText } from '../helpers/zip';
import { GUIDE_TESTS, guidePictures, guideShotsIn } from '../helpers/guide';
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

/** An ISO date some days before today: contracts signed and registered in the past weeks. */
function daysAgo(days: number): { date: string } {
  return { date: localIsoDate(new Date(Date.now() - days * 86_400_000)) };
}

/** The three offices' employer lists and the two construction lists, typed into Cakap's templates. */
const OSS_ROWS: TypedCell[][] = [
  [1, 'PT Sawit Jaya Lestari', '9120301234567', '01.234.567.8-201.000', '01262', 'Perkebunan Buah Kelapa Sawit', 'Besar', 12_500_000_000, 150, 'Jl. Raya Padang Aro No. 12', 'Sangir', 'Lubuk Gadang'],
  [2, 'CV Karya Bersama', '0220001234568', null, '41012', 'Konstruksi Gedung Hunian', 'Kecil', 800_000_000, 12, 'Jorong Koto Baru', 'Sangir', 'Lubuk Gadang'],
  [3, 'Koperasi Tani Makmur', '1234567890123', null, '01131', 'Pertanian Padi', 'Menengah', 6_000_000_000, 25, 'Jorong Pasar', 'Sangir', 'Lubuk Gadang'],
];
const BPJS_EMPLOYER_ROWS: TypedCell[][] = [
  [1, '12345678', 'PT SAWIT JAYA LESTRI', null, null, 95, 'JKK, JKM, JHT, JP', 'Aktif', 0, 0, { date: '2019-02-01' }, 'Jl. Raya Padang Aro 12', 'Sangir'],
  [2, '23456789', 'CV Karya Bersama', '0220001234568', null, 8, 'JKK, JKM', 'Menunggak', 3, 4_500_000, { date: '2021-07-15' }, null, 'Sangir'],
];
const ROAD = 'Peningkatan Jalan Padang Aro – Lubuk Gadang';
const PACKAGE_ROWS: TypedCell[][] = [
  [1, ROAD, 'Dinas PUPR', 'CV Karya Bersama', `027/SPK/PUPR-BM/${YEAR}`, daysAgo(70), 1_250_000_000, daysAgo(65), null, 'Jorong Koto Baru', 'Sangir', 'Lubuk Gadang', 'APBD', YEAR, 25],
  [2, 'Rehabilitasi Jaringan Irigasi Koto Baru', 'Pemerintah Nagari Lubuk Gadang', 'TPK Nagari Lubuk Gadang', `05/SPK/TPK-LG/${YEAR}`, daysAgo(60), 180_000_000, daysAgo(55), null, 'Jorong Koto Baru', 'Sangir', 'Lubuk Gadang', 'APB Nagari', YEAR, null],
];
const BPJS_PROJECT_ROWS: TypedCell[][] = [[1, 'P2601234567', ROAD, 'CV Karya Bersama', 'Dinas PUPR', `027/SPK/PUPR-BM/${YEAR}`, daysAgo(70), 1_250_000_000, daysAgo(68), 2_040_000, 25]];

/** Downloads one template from the Kepatuhan page's "Unduh templat" menu. */
async function complianceTemplate(page: Page, item: RegExp, saveAs: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh templat', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
  await (await download).saveAs(saveAs);
  return saveAs;
}

/** Imports a file through one of the Kepatuhan page's buttons and waits for its result line. */
async function importOnKepatuhan(page: Page, button: string, file: string, expected: RegExp): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
  await expect.poll(async () => (await page.getByRole('main').textContent()) ?? '', { timeout: 60_000 }).toMatch(expected);
}

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
    await page.getByLabel('Alamat', { exact: true }).fill('Jl. Raya Padang Aro – Muara Labuh, Padang Aro');
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

    // 5. Kepatuhan: the offices' employer and construction lists, each sent out as Cakap's template.
    await goTo(page, 'Kepatuhan');
    await expect.poll(() => page.getByTestId('card-uncovered-wage').isVisible(), { timeout: 30_000 }).toBe(true);
    await page.getByRole('button', { name: 'Unduh templat', exact: true }).click();
    await expect.poll(() => page.getByRole('menuitem', { name: /Daftar izin usaha \(OSS\)/ }).isVisible()).toBe(true);
    await guideShot(page, '15-kepatuhan-templat');
    await page.keyboard.press('Escape');
    const filledList = async (item: RegExp, template: string, sheet: string, rows: TypedCell[][], name: string) =>
      fillWithOpenpyxl(await complianceTemplate(page, item, path.join(served.dir, template)), path.join(served.dir, name), sheet, 4, rows);
    const oss = await filledList(/Daftar izin usaha \(OSS\)/, 'templat-oss.xlsx', 'Izin Usaha', OSS_ROWS, 'Izin usaha DPMPTSP.xlsx');
    expect(await zipEntryText(path.join(served.dir, 'templat-oss.xlsx'), 'xl/sharedStrings.xml')).toContain('DAFTAR PELAKU USAHA (IZIN USAHA OSS) KABUPATEN SOLOK SELATAN');
    const bpjsEmployers = await filledList(/Daftar pemberi kerja terdaftar BPJS/, 'templat-pk-bpjs.xlsx', 'Pemberi Kerja BPJS', BPJS_EMPLOYER_ROWS, 'Pemberi kerja BPJS.xlsx');
    const packages = await filledList(/Daftar paket pekerjaan konstruksi/, 'templat-paket.xlsx', 'Paket Konstruksi', PACKAGE_ROWS, 'Paket konstruksi.xlsx');
    const bpjsProjects = await filledList(/Daftar proyek konstruksi terdaftar BPJS/, 'templat-proyek-bpjs.xlsx', 'Proyek Terdaftar BPJS', BPJS_PROJECT_ROWS, 'Proyek terdaftar BPJS.xlsx');
    const clean = '0 ditolak, 0 dengan peringatan';
    await importOnKepatuhan(page, 'Impor daftar pemberi kerja…', oss, new RegExp(`"Izin usaha DPMPTSP.xlsx" dibaca sebagai daftar izin usaha \\(OSS/DPMPTSP\\): 3 baru, 0 diperbarui, 0 tidak berubah, ${clean}`));
    await importOnKepatuhan(page, 'Impor daftar pemberi kerja…', bpjsEmployers, new RegExp(`dibaca sebagai daftar pemberi kerja terdaftar \\(BPJS Ketenagakerjaan\\): 2 baru, 0 diperbarui, 0 tidak berubah, ${clean}`));
    await importOnKepatuhan(page, 'Impor daftar proyek…', packages, new RegExp(`dibaca sebagai daftar paket pekerjaan konstruksi: 2 baru, 0 diperbarui, 0 tidak berubah, ${clean}`));
    await importOnKepatuhan(page, 'Impor daftar proyek…', bpjsProjects, new RegExp(`dibaca sebagai daftar proyek konstruksi terdaftar \\(BPJS Ketenagakerjaan\\): 1 baru, 0 diperbarui, 0 tidak berubah, ${clean}`));
    await expect.poll(() => page.getByTestId('card-unregistered-projects').textContent()).toContain('Rp 180.000.000');
    await guideShot(page, '16-kepatuhan-impor');

    // The BPJS branch spelled one company differently and gave no NIB: the officer decides.
    await page.getByRole('tab', { name: /Perlu diperiksa/ }).click();
    const pair = page.getByRole('group', { name: 'Pasangan PT Sawit Jaya Lestari dan PT SAWIT JAYA LESTRI' });
    await expect.poll(() => pair.isVisible()).toBe(true);
    await guideShot(page, '17-kepatuhan-perlu-diperiksa');
    await pair.getByRole('button', { name: 'Sama' }).click();
    await expect.poll(() => page.getByText('"PT Sawit Jaya Lestari" dan "PT SAWIT JAYA LESTRI" dicatat sebagai satu').isVisible()).toBe(true);

    await page.getByRole('tab', { name: /Pemberi kerja/ }).click();
    await page.getByRole('row', { name: 'Buka Koperasi Tani Makmur' }).click();
    const drawer = page.getByRole('dialog');
    await expect.poll(() => drawer.getByRole('group', { name: 'Baris sumber daftar izin usaha (OSS/DPMPTSP)' }).isVisible()).toBe(true);
    await drawer.getByLabel('Catatan tindak lanjut').fill('Ditelepon; pengurus koperasi akan datang ke dinas minggu depan.');
    await drawer.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
    await expect.poll(() => drawer.getByText('pengurus koperasi akan datang').isVisible()).toBe(true);
    await guideShot(page, '18-kepatuhan-bukti');
    await drawer.getByRole('button', { name: 'Tutup' }).click();

    const letterFiles: Promise<Download>[] = [page.waitForEvent('download', { timeout: 60_000 })];
    page.once('download', () => letterFiles.push(page.waitForEvent('download', { timeout: 60_000 })));
    await page.getByRole('button', { name: 'Surat untuk kasus terbuka…' }).click();
    const lettersDialog = page.getByRole('dialog', { name: 'Surat untuk kasus terbuka' });
    await expect.poll(() => lettersDialog.getByTestId('letters-count').textContent()).toMatch(/^\d+ surat: /);
    await guideShot(page, '19-kepatuhan-surat-pilihan', { of: lettersDialog });
    await lettersDialog.getByRole('button', { name: /^Cetak \d+ surat$/ }).click();
    const letters = path.join(served.dir, 'surat.pdf');
    await expect.poll(() => letterFiles.length).toBe(2);
    // The PDF and the follow-up workbook arrive in either order.
    for (const download of await Promise.all(letterFiles)) {
      await download.saveAs(download.suggestedFilename().endsWith('.pdf') ? letters : path.join(served.dir, 'tindak-lanjut.xlsx'));
    }
    const letterText = pdfText(letters);
    expect(letterText).toContain('Koperasi Tani Makmur');
    expect(letterText).toContain('Drs. AFRIZAL CHANIAGO, M.Si');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', letters, path.join(GUIDE_PICTURES, '19-kepatuhan-surat')]);

    // 6. Next year's plan: the regency's budget, and each nagari's own amount from the template the nagari filled.
    // The plan year's working population and target come first, in Pengaturan.
    await goTo(page, 'Pengaturan');
    const workforceYear = page.getByLabel('Tahun penduduk bekerja');
    await workforceYear.fill(String(YEAR + 1));
    await workforceYear.press('Enter');
    const nextYear: Record<string, string> = {
      Sangir: '24.500',
      'Sungai Pagu': '19.400',
      'Koto Parik Gadang Diateh': '12.300',
      'Sangir Jujuan': '10.200',
      'Sangir Batang Hari': '9.200',
      'Pauh Duo': '8.200',
      'Sangir Balai Janggo': '8.200',
    };
    await expect.poll(() => page.getByRole('button', { name: `Simpan penduduk bekerja ${YEAR + 1}` }).isVisible()).toBe(true);
    for (const [name, value] of Object.entries(nextYear)) await page.getByLabel(`Penduduk bekerja ${name}`, { exact: true }).fill(value);
    await page.getByRole('button', { name: `Simpan penduduk bekerja ${YEAR + 1}` }).click();
    await expect.poll(() => page.getByText(`Penduduk bekerja ${YEAR + 1} disimpan (7 wilayah).`).isVisible()).toBe(true);
    const targetYear = page.getByLabel('Tahun target');
    await targetYear.fill(String(YEAR + 1));
    await targetYear.press('Enter');
    await page.getByLabel('Target persen').fill('30');
    await page.getByRole('button', { name: 'Simpan target' }).click();
    await expect.poll(() => page.getByText(`Target ${YEAR + 1} disimpan: 30,00 %.`).isVisible()).toBe(true);

    await goTo(page, 'Rencana');
    const planName = `Rencana ${YEAR + 1}`;
    await expect.poll(() => page.getByLabel('Nama rencana').inputValue(), { timeout: 30_000 }).toBe(planName);
    await page.getByRole('button', { name: 'Tambah baris sumber dana' }).click();
    await page.getByLabel('Anggaran baris 1').fill('500.000.000');
    await expect.poll(() => page.getByTestId('line-result-1').textContent()).toContain('2.480 pekerja');
    await page.getByRole('button', { name: 'Tambah baris sumber dana' }).click();
    await choose(page, 'Sumber dana baris 2', 'APB Nagari');
    const budgetTemplate = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh templat anggaran' }).click();
    const nagariTemplate = path.join(served.dir, 'templat-anggaran.xlsx');
    await (await budgetTemplate).saveAs(nagariTemplate);
    const nagariSheet = await fillWithOpenpyxl(nagariTemplate, path.join(served.dir, 'Anggaran nagari.xlsx'), 'Anggaran Nagari', 4, [
      [1, 'Lubuk Gadang', 'Sangir', 30_000_000],
      [2, 'Lubuk Gadang Timur', 'Sangir', 20_160_000],
    ]);
    const sheetChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Impor dari lembar kerja' }).click();
    await (await sheetChooser).setFiles(nagariSheet);
    await expect.poll(() => page.getByText('2 baris diambil').isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('line-result-2').textContent()).toContain('248 pekerja');
    await guideShot(page, '20-rencana-skenario', { fullPage: true });
    await page.getByRole('button', { name: 'Simpan rencana' }).click();
    await expect.poll(() => page.getByText(`"${planName}" tersimpan.`).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Tandai sebagai terpilih' }).click();
    await expect.poll(() => page.getByText(`"${planName}" menjadi rencana terpilih di laporan pimpinan.`).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('row', { name: `Rencana ${planName}` }).textContent()).toContain('Terpilih');
    await page.getByRole('heading', { name: 'Rencana menutup kekurangan' }).scrollIntoViewIfNeeded();
    await guideShot(page, '21-rencana-terpilih');
    const planPdf = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'PDF', exact: true }).click();
    const planFile = path.join(served.dir, 'rencana.pdf');
    await (await planPdf).saveAs(planFile);
    const planText = pdfText(planFile);
    expect(planText).toContain(`Rencana Perluasan Cakupan Jaminan Sosial Ketenagakerjaan Tahun ${YEAR + 1}`);
    expect(planText).toContain('Lubuk Gadang Timur');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', planFile, path.join(GUIDE_PICTURES, '22-rencana-pdf')]);
    const planXlsx = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Excel', exact: true }).click();
    const planWorkbook = path.join(served.dir, 'rencana.xlsx');
    await (await planXlsx).saveAs(planWorkbook);
    expect(await zipEntryText(planWorkbook, 'xl/workbook.xml')).toContain('<sheet');

    // 7. The Dasbor and the printed report.
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
    // The report carries what the office did after the wizard: the compliance lists and the chosen plan.
    expect(text).toContain('Kepatuhan pemberi kerja dan proyek konstruksi');
    expect(text.replace(/\s+/g, ' ')).toContain(`Rencana terpilih ${YEAR + 1}: ${planName}`);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(GUIDE_PICTURES, '13-laporan-pdf')]);

    // 8. A backup by hand, in Pengaturan.
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

  it('every picture the guide shows was taken by this test, but those of Kantor bersama and the province', () => {
    const elsewhere = new Set(GUIDE_TESTS.filter((t) => t !== 'test/e2e/guide.test.ts').flatMap(guideShotsIn));
    const ours = guidePictures().filter((picture) => !elsewhere.has(picture));
    expect(ours.length).toBeGreaterThanOrEqual(22);
    for (const picture of ours) expect(fs.existsSync(path.join(GUIDE_PICTURES, path.basename(picture))), picture).toBe(true);
  });
});
