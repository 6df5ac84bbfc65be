import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { THREAD_FROM_BYTES } from '../../electron/core/platform/spreadsheet/readInThread';
import { runCakap } from '../helpers/cli';
import { writeCsv } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { nik } from '../helpers/workerLists';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The other tests start the CLI and the core's threads from bundles built once per run
 * (test/setup/bundles.ts). A newcomer runs them from source, as README says: `npm run cakap`,
 * whose job and reader threads load tsx's loader themselves. This walks README's commands that way.
 */
describe("README's commands, run from source as a newcomer runs them", () => {
  it('init, workforce, target, import, report and serve work through npm run cakap', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kantor.sqlite');
    const cakap = (args: string[]) => runCakap(args, { fromSource: true });

    const help = await cakap(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Pemakaian: npm run cakap -- PERINTAH [OPSI]');

    expect((await cakap(['init', '--db', db])).stdout).toContain('Kabupaten Solok Selatan (13.11)');
    const bps = writeCsv(path.join(dir, 'penduduk-bekerja.csv'), ['Kecamatan,Penduduk Bekerja', 'Sangir,19512', 'Sungai Pagu,15030']);
    expect(await cakap(['workforce', '--db', db, '--year', '2025', '--source', 'BPS, Sakernas 2024', bps])).toMatchObject({ code: 0, stderr: '' });
    expect(await cakap(['target', '--db', db, '--year', '2025', '--percent', '28.3'])).toMatchObject({ code: 0, stderr: '' });

    // Big enough for the job thread to start the reader thread too, both from source.
    const rows = Array.from({ length: 18_000 }, (_, i) => `${i + 1};${nik({ day: 1 + (i % 28), month: 1 + (i % 12), year: 1970 + (i % 30), seq: (i % 9000) + 1 })};Pekerja Nomor ${i + 1};Lubuk Gadang;Petani;Jorong Koto Baru`);
    const list = writeCsv(path.join(dir, 'nagari-lubuk-gadang.csv'), ['No;NIK;Nama;Nagari;Pekerjaan;Alamat', ...rows]);
    expect(fs.statSync(list).size).toBeGreaterThanOrEqual(THREAD_FROM_BYTES);
    const imported = await cakap(['import', '--db', db, list, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ accepted: 18_000, rejected: 0 });

    const pdf = path.join(dir, 'laporan-oktober.pdf');
    expect(await cakap(['report', '--db', db, '--out', pdf, '--as-of', '2025-10-31'])).toMatchObject({ code: 0, stderr: '' });
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+[1-9]/);

    const server = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'electron/cli/bin.ts'), 'serve', '--db', db], {
      cwd: root,
      env: { ...process.env, CAKAP_THREAD_BUNDLES: '' },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const match = /Cakap berjalan di (\S+)/.exec(out);
          if (match) resolve(match[1]!);
        });
        server.on('exit', () => reject(new Error(`serve berhenti: ${out}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
      const page = new URL(url);
      const call = await fetch(`${page.origin}/api/call/report.coverage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cakap-token': page.searchParams.get('token')! },
        body: JSON.stringify({ asOf: '2025-10-31' }),
      });
      expect(call.status).toBe(200);
      const answer = (await call.json()) as { ok: boolean; result: { coverage: { percent: number } } };
      // 18.000 listed workers, none covered yet: 0 % of 34.542, from the job thread started from source.
      expect(answer).toMatchObject({ ok: true, result: { coverage: { percent: 0 } } });
    } finally {
      server.kill();
    }
  }, 180_000);
});
