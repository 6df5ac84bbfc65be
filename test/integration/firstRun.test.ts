import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app/core';
import { demoBuilder } from '../../electron/demo/buildDemo';
import { runCakap } from '../helpers/cli';
import { newCore } from '../helpers/core';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { importList, nik, snapshot } from '../helpers/workerLists';

describe('the first-run wizard', () => {
  it('shows on a new office database until it is finished, and never again after a restart', async () => {
    const dir = tempDir();
    const core = await newCore({ dir });
    expect(await core.invoke('firstRun.status', {})).toEqual({ needed: true, finished: null });
    // What the wizard sets goes through the Pengaturan methods; the wizard stays until it is finished.
    await core.invoke('targets.set', { year: 2026, percent: 28.3 });
    expect((await core.invoke('firstRun.status', {})).needed).toBe(false);
    const done = await core.invoke('firstRun.finish', { how: 'done' });
    expect(done).toEqual({ needed: false, finished: { how: 'done', at: expect.any(String), actor: 'penguji' } });
    core.close();

    const again = await createCore({ dbPath: path.join(dir, 'cakap.sqlite'), actor: 'penguji' });
    try {
      await again.invoke('targets.remove', { year: 2026 });
      expect(await again.invoke('firstRun.status', {})).toMatchObject({ needed: false, finished: { how: 'done' } });
      const log = await again.invoke('audit.list', {});
      expect(log.entries.map((e) => e.description)).toContain('Menyelesaikan persiapan awal');
    } finally {
      again.close();
    }
  });

  it('skipped, it does not come back either, even while the database is still empty', async () => {
    const core = await newCore();
    await core.invoke('firstRun.finish', { how: 'skipped' });
    expect(await core.invoke('firstRun.status', {})).toMatchObject({ needed: false, finished: { how: 'skipped' } });
  });

  it('a database that already holds an office\'s work (made on the command line, or before this version) never shows it', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kantor.sqlite');
    await runCakap(['init', '--db', db]);
    await runCakap(['target', '--db', db, '--year', '2025', '--percent', '28.3']);
    const core = await createCore({ dbPath: db, actor: 'penguji' });
    try {
      expect(await core.invoke('firstRun.status', {})).toEqual({ needed: false, finished: null });
    } finally {
      core.close();
    }
  });
});

describe('the demo data opened from inside the app', () => {
  it('is built in a file of its own beside the office database; the office data stays exactly as it was, and the way back leads to it', async () => {
    const dir = tempDir();
    const officePath = path.join(dir, 'cakap.sqlite');
    const core = await createCore({ dbPath: officePath, defaultRegency: '13.11', actor: 'penguji', buildDemo: demoBuilder, dailyBackup: false });
    try {
      await importList(core, await writeXlsx(path.join(dir, 'nagari.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama'], [nik({ day: 5, month: 6, year: 1985, seq: 1 }), 'Siti Aminah']] }]));
      const office = snapshot(core);
      expect(await core.invoke('demo.status', {})).toEqual({ active: false, asOf: null, canReturn: false });

      const progress: number[] = [];
      const jobId = crypto.randomUUID();
      core.onEvent((event) => {
        if (event.type === 'job.progress' && event.jobId === jobId) progress.push(event.fraction);
      });
      const opened = await core.invoke('demo.open', { jobId });
      expect(opened).toEqual({ active: true, asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), canReturn: true });
      expect(progress.length).toBeGreaterThan(10);
      expect(progress.at(-1)).toBe(1);
      expect(core.context.dbPath).toBe(path.join(dir, 'contoh', 'cakap-demo.sqlite'));
      const demoWorkers = (await core.invoke('workers.list', { limit: 1 })).total;
      expect(demoWorkers).toBeGreaterThan(4000);
      expect((await core.invoke('programs.list', {})).length).toBe(5);
      expect(await core.invoke('firstRun.status', {})).toMatchObject({ needed: false });
      // No report files in the app's demo folder: the app opens the database itself.
      expect(fs.readdirSync(path.join(dir, 'contoh')).filter((f) => f.startsWith('laporan-'))).toEqual([]);

      const back = await core.invoke('demo.close', {});
      expect(back).toEqual({ active: false, asOf: null, canReturn: false });
      expect(core.context.dbPath).toBe(officePath);
      const log = (await core.invoke('audit.list', {})).entries.map((e) => e.description);
      expect(log.slice(0, 2)).toEqual(['Kembali dari data contoh ke data kantor', 'Membuka data contoh (berkas tersendiri; data kantor tidak berubah)']);
      expect(snapshot(core)).toBe(office);
      expect((await core.invoke('workers.list', {})).total).toBe(1);

      // Opened again the same month, the demo built before is used as it is: no second build.
      const built = fs.statSync(path.join(dir, 'contoh', 'cakap-demo.sqlite')).mtimeMs;
      const again: number[] = [];
      const second = crypto.randomUUID();
      core.onEvent((event) => {
        if (event.type === 'job.progress' && event.jobId === second) again.push(event.fraction);
      });
      await core.invoke('demo.open', { jobId: second });
      expect(again).toEqual([1]);
      expect((await core.invoke('workers.list', { limit: 1 })).total).toBe(demoWorkers);
      expect(fs.statSync(path.join(dir, 'contoh', 'cakap-demo.sqlite')).mtimeMs).toBeGreaterThanOrEqual(built);
      await core.invoke('demo.close', {});
    } finally {
      core.close();
    }
  }, 600_000);

  it('a core started without the builder (a script, a test) says in one sentence where the demo comes from', async () => {
    const core = await newCore();
    await expect(core.invoke('demo.open', { jobId: crypto.randomUUID() })).rejects.toThrow('npm run cakap -- demo --out FOLDER');
    expect(await core.invoke('demo.status', {})).toMatchObject({ active: false });
  });
});
