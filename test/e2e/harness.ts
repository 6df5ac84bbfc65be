import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { cakapCommand } from '../helpers/cli';

const root = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = path.join(root, 'test-results', 'screenshots');
/**
 * Where the guide test puts the pictures of docs/panduan.md, taken from the real screens. Only
 * `npm run guide:pictures` (scripts/guidePictures.ts) writes them into docs/panduan, the tracked
 * folder; any other run (npm test) writes them under test-results/, so a test run changes no
 * tracked file.
 */
export const GUIDE_PICTURES = process.env.CAKAP_GUIDE_PICTURES === 'docs' ? path.join(root, 'docs', 'panduan') : path.join(root, 'test-results', 'panduan');

export const chromiumPath = inject('chromium');
export const hasChromium = chromiumPath !== '';

/** A copy of the demo regency built for this run (globalSetup.ts), in a folder of its own, and what `cakap demo` printed. */
export function demoCopy(prefix: string): { dir: string; stdout: string } {
  const demo = inject('demo');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(demo.dir, dir, { recursive: true });
  return { dir, stdout: demo.stdout };
}

export interface Served {
  url: string;
  dbPath: string;
  dir: string;
  stop(): Promise<void>;
}

/**
 * Starts the real `cakap serve` on a fresh database and waits for the URL it prints. A fresh database
 * has the first-run wizard skipped, as an office that set up long ago, unless `firstRun` asks to see it.
 */
export async function serve(
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakap-e2e-')),
  dbName = 'cakap.sqlite',
  options: { firstRun?: boolean } = {},
): Promise<Served> {
  const dbPath = path.join(dir, dbName);
  const fresh = !fs.existsSync(dbPath);
  const cakap = cakapCommand();
  const child: ChildProcess = spawn(cakap.command, [...cakap.args, 'serve', '--db', dbPath], { cwd: root, env: cakap.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve tidak mencetak alamat: ${out}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /Cakap berjalan di (\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`serve berhenti (${code}): ${out}`)));
  });
  if (fresh && !options.firstRun) {
    // Through the API, before any page loads: an office that skipped the wizard long ago.
    const response = await fetch(new URL('api/call/firstRun.finish', url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Cakap-Token': new URL(url).searchParams.get('token')! },
      body: JSON.stringify({ how: 'skipped' }),
    });
    if (!response.ok) throw new Error(`firstRun.finish: HTTP ${response.status}`);
  }
  return {
    url,
    dbPath,
    dir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A page that records console errors and uncaught exceptions (CSP violations show up here). */
export async function openPage(browser: Browser, url: string, locale = 'id-ID'): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale, acceptDownloads: true });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  return { page, problems };
}

/**
 * Saves the whole page as a person would scroll through it. The app scrolls inside <main>, so the
 * viewport is stretched to the content's height for the shot, then put back.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  const viewport = page.viewportSize() ?? { width: 1366, height: 900 };
  const height = await page.evaluate(() => document.querySelector('main')?.scrollHeight ?? document.body.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.min(height + 48, 6000)) });
  await page.waitForTimeout(150);
  await page.screenshot({ path: file });
  await page.setViewportSize(viewport);
  return file;
}

/** Picks an option of a Fluent Combobox or Dropdown by its visible text. */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option }).click();
}

/** Types a date or month into a DateField/MonthField as a person would, then leaves the field. */
export async function typeDate(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(text);
  await field.press('Tab');
}

/** Opens a page from the navigation pane. */
export async function goTo(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: label }).click();
}

/**
 * A picture for the guide (NAME.png in GUIDE_PICTURES): what a person sees in the window, or one part of
 * the page (`of`), at the size the guide shows it. A copy goes to test-results/screenshots too.
 */
export async function guideShot(page: Page, name: string, options: { of?: Locator; fullPage?: boolean } = {}): Promise<string> {
  fs.mkdirSync(GUIDE_PICTURES, { recursive: true });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(GUIDE_PICTURES, `${name}.png`);
  await page.waitForTimeout(200);
  if (options.of) await options.of.screenshot({ path: file });
  else if (options.fullPage) {
    fs.copyFileSync(await screenshot(page, `panduan-${name}`), file);
    return file;
  } else await page.screenshot({ path: file });
  fs.copyFileSync(file, path.join(SCREENSHOTS, `panduan-${name}.png`));
  return file;
}
