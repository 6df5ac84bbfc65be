import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cakapCommand, runCakap } from '../helpers/cli';
import { writeXlsx } from '../helpers/spreadsheets';
import { nik } from '../helpers/workerLists';
import { goTo, guideShot, hasChromium, launch, screenshot } from './harness';

const root = path.resolve(import.meta.dirname, '../..');

/** A colleague's browser: its own cookies, and it accepts the office PC's own certificate as a person does after comparing the fingerprint. */
async function colleague(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID', ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  return { context, page, problems };
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect.poll(() => page.getByTestId('current-user').isVisible(), { timeout: 30_000 }).toBe(true);
}

describe.skipIf(!hasChromium)('kantor bersama in Chromium: two colleagues at once', () => {
  let dir: string;
  let server: ChildProcess;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakap-e2e-kantor-'));
    const db = path.join(dir, 'kantor.sqlite');
    await runCakap(['init', '--db', db]);
    for (const [username, name, role, password] of [
      ['admin.naker', 'Rahmat Hidayat', 'admin', 'kantor-2026'],
      ['siti', 'Siti Aminah', 'operator', 'siti-sandi-1'],
      ['budi.bpjs', 'Budi Santoso (BPJS)', 'reader', 'budi-sandi-1'],
    ]) {
      expect(await runCakap(['user', 'add', '--db', db, '--username', username!, '--name', name!, '--role', role!, '--password', password!])).toMatchObject({ code: 0 });
    }
    const cakap = cakapCommand();
    const port = 19_000 + Math.floor(Math.random() * 1000);
    server = spawn(cakap.command, [...cakap.args, 'serve', '--db', db, '--office', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, env: cakap.env });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`serve --office: ${out}`)), 60_000);
      server.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const match = /Kantor bersama berjalan di (\S+)/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      server.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    });
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the operator imports a list while the BPJS liaison reads; the liaison sees masked NIKs and cannot undo; the admin sees who is who', async () => {
    const operator = await colleague(browser, url);
    await expect.poll(() => operator.page.getByRole('button', { name: 'Masuk' }).isVisible()).toBe(true);
    await operator.page.getByLabel('Nama pengguna').fill('siti');
    await operator.page.getByLabel('Kata sandi').fill('salah-sandi');
    await operator.page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => operator.page.getByText('Nama pengguna atau kata sandi salah.').isVisible()).toBe(true);
    // A first visit asks to sign in; only a session that was in use "ends".
    expect(await operator.page.getByText('Sesi Anda berakhir').count()).toBe(0);
    await screenshot(operator.page, '80-kantor-masuk');
    await guideShot(operator.page, '25-kantor-masuk');
    await signIn(operator.page, 'siti', 'siti-sandi-1');

    const reader = await colleague(browser, url);
    await signIn(reader.page, 'budi.bpjs', 'budi-sandi-1');
    expect(await reader.page.getByTestId('current-user').textContent()).toBe('Budi Santoso (BPJS)');

    // Siti imports while Budi opens the Pekerja page and the Dasbor.
    const niks = Array.from({ length: 300 }, (_, i) => nik({ day: 1 + (i % 28), month: 1 + (i % 12), year: 1975 + (i % 25), seq: i + 1 }));
    const list = await writeXlsx(path.join(dir, 'nagari-lubuk-gadang.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama', 'Nagari', 'Pekerjaan'], ...niks.map((n, i) => [n, `Pekerja Lubuk Gadang ${i + 1}`, 'Lubuk Gadang', 'Petani'])] }]);
    await goTo(operator.page, 'Impor');
    const chooser = operator.page.waitForEvent('filechooser');
    await operator.page.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await chooser).setFiles(list);
    await expect.poll(() => operator.page.getByTestId('count-new').textContent(), { timeout: 30_000 }).toContain('300');
    const committing = operator.page.getByRole('button', { name: 'Impor 300 pekerja' }).click();
    await goTo(reader.page, 'Pekerja');
    await goTo(reader.page, 'Dasbor');
    await committing;
    await expect.poll(() => operator.page.getByText('Impor #1 selesai').isVisible(), { timeout: 30_000 }).toBe(true);

    await goTo(reader.page, 'Pekerja');
    await expect.poll(() => reader.page.getByTestId('worker-count').textContent(), { timeout: 30_000 }).toBe('1–50 dari 300 pekerja');
    const shown = await reader.page.getByRole('table').textContent();
    expect(shown).toContain(`${niks[0]!.slice(0, 4)}**********`);
    for (const n of niks.slice(0, 50)) expect(shown).not.toContain(n);
    await screenshot(reader.page, '81-kantor-pembaca-pekerja');
    await guideShot(reader.page, '26-kantor-pembaca');

    // Budi's Impor page offers no import and no undo; Siti's does.
    await goTo(reader.page, 'Impor');
    expect(await reader.page.getByRole('button', { name: 'Pilih berkas…' }).isDisabled()).toBe(true);
    await expect.poll(() => reader.page.getByRole('table', { name: 'Riwayat impor daftar pekerja' }).textContent()).toContain('nagari-lubuk-gadang.xlsx');
    expect(await reader.page.getByRole('button', { name: 'Batalkan impor' }).count()).toBe(0);
    await screenshot(reader.page, '82-kantor-pembaca-impor');

    // The admin, on a third browser, sees the accounts and where the office server runs.
    const admin = await colleague(browser, url);
    await signIn(admin.page, 'admin.naker', 'kantor-2026');
    await goTo(admin.page, 'Pengaturan');
    await expect.poll(() => admin.page.getByTestId('sharing-fingerprint').textContent(), { timeout: 30_000 }).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(await admin.page.getByRole('table', { name: 'Akun kantor bersama' }).textContent()).toContain('Budi Santoso (BPJS)');
    await screenshot(admin.page, '83-kantor-pengaturan');
    await guideShot(admin.page, '24-kantor-akun', { of: admin.page.locator('section', { has: admin.page.getByRole('heading', { name: 'Akun', exact: true }) }) });
    await guideShot(admin.page, '23-kantor-bersama', { of: admin.page.locator('section', { has: admin.page.getByRole('heading', { name: 'Kantor bersama' }) }) });

    await goTo(operator.page, 'Impor');
    await operator.page.getByRole('button', { name: 'Batalkan impor' }).click();
    await operator.page.getByRole('button', { name: 'Ya, batalkan impor' }).click();
    await expect.poll(() => operator.page.getByText('Impor #1 dibatalkan: 300 pekerja dihapus').isVisible()).toBe(true);

    // Budi signs out; his next click meets the sign-in page.
    await reader.page.getByRole('button', { name: 'Keluar' }).click();
    await expect.poll(() => reader.page.getByRole('button', { name: 'Masuk' }).isVisible()).toBe(true);
    for (const p of [operator, reader, admin]) {
      expect(p.problems).toEqual([]);
      await p.context.close();
    }
  });
});
