import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../electron/core/app/core';
import { peakRssMb } from './peakMemory';

/**
 * `setup LIST DB`: a fresh database with the licence list imported (every business an open case).
 * `letters DB OUT.pdf`: a letter for every open case through the real path (contract, job thread,
 * the PDF and the follow-up workbook written as they are made), in a process of its own so that its
 * peak memory (VmHWM, every thread) is the letters' alone.
 */
async function main(): Promise<void> {
  const [mode, a, b] = process.argv.slice(2) as [string, string, string];
  if (mode === 'setup') {
    fs.rmSync(path.dirname(b), { recursive: true, force: true });
    const core = await createCore({ dbPath: b, defaultRegency: '13.11', actor: 'bench', dailyBackup: false });
    const result = await core.invoke('compliance.importEmployers', { jobId: crypto.randomUUID(), fileId: core.context.files.register(a).fileId });
    core.close();
    process.stdout.write(JSON.stringify({ accepted: result.accepted }));
    return;
  }
  const core = await createCore({ dbPath: a, defaultRegency: '13.11', actor: 'bench', dailyBackup: false });
  const start = performance.now();
  const written = await core.invoke('compliance.letters', { jobId: crypto.randomUUID(), date: '2026-12-03' });
  const seconds = (performance.now() - start) / 1000;
  fs.copyFileSync(core.context.files.resolve(written.pdf.fileId).path, b);
  const bytes = fs.statSync(b).size;
  core.close();
  process.stdout.write(JSON.stringify({ seconds, count: written.count, bytes, maxRssMb: peakRssMb() }));
}

void main();
