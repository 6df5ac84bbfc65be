import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateList } from '../../bench/generate';
import { runCakap } from '../helpers/cli';
import { tempDir } from '../helpers/temp';
import { cakapCommand } from '../helpers/cli';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Starts `cakap import` and kills it (SIGKILL: no cleanup of any kind) after `ms` milliseconds, or,
 * with `ms` = 'writing', as soon as the transaction has spilled a megabyte into the WAL file.
 */
function importAndKill(db: string, file: string, ms: number | 'writing'): Promise<{ walBytes: number; exitedEarly: boolean }> {
  return new Promise((resolve) => {
    // One process (the bundled CLI, else node with tsx's loader), so the kill hits the process doing the import itself.
    const cakap = cakapCommand();
    const args = cakap.args.length === 1 ? cakap.args : ['--import', 'tsx', path.join(root, 'electron/cli/bin.ts')];
    const child = spawn(cakap.command, [...args, 'import', '--db', db, file], { cwd: root, env: cakap.env, stdio: 'ignore' });
    let exitedEarly = false;
    child.on('exit', () => (exitedEarly = true));
    const walBytes = () => (fs.existsSync(`${db}-wal`) ? fs.statSync(`${db}-wal`).size : 0);
    const kill = () => {
      const bytes = walBytes();
      const early = exitedEarly;
      if (early) return resolve({ walBytes: bytes, exitedEarly: early });
      child.on('close', () => resolve({ walBytes: bytes, exitedEarly: early }));
      child.kill('SIGKILL');
    };
    if (ms !== 'writing') {
      setTimeout(kill, ms);
      return;
    }
    const poll = setInterval(() => {
      if (walBytes() > 1_000_000 || exitedEarly) {
        clearInterval(poll);
        kill();
      }
    }, 20);
  });
}

function inspect(db: string) {
  const conn = new Database(db);
  try {
    return {
      integrity: conn.pragma('integrity_check', { simple: true }),
      batches: conn.prepare('SELECT COUNT(*) FROM import_batches').pluck().get(),
      workers: conn.prepare('SELECT COUNT(*) FROM workers').pluck().get(),
      issues: conn.prepare('SELECT COUNT(*) FROM import_issues').pluck().get(),
    };
  } finally {
    conn.close();
  }
}

describe('an import killed in the middle', () => {
  it('leaves a sound database with no partial batch, several times at different moments, and a new import then works', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'daftar-200000.xlsx');
    await generateList(file, 200_000);
    const db = path.join(dir, 'kantor.sqlite');
    await runCakap(['init', '--db', db]);

    // While starting, while reading and checking rows, and while the open transaction is writing.
    for (const moment of [1_500, 5_000, 'writing'] as const) {
      const { walBytes, exitedEarly } = await importAndKill(db, file, moment);
      expect(exitedEarly).toBe(false);
      if (moment === 'writing') expect(walBytes).toBeGreaterThan(1_000_000);
      expect(inspect(db)).toEqual({ integrity: 'ok', batches: 0, workers: 0, issues: 0 });
    }

    const result = await runCakap(['import', '--db', db, file, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.accepted + json.rejected).toBe(200_000);
    expect(json.accepted).toBeGreaterThan(195_000);
    expect(inspect(db)).toMatchObject({ integrity: 'ok', batches: 1, workers: json.accepted });
  }, 300_000);
});
