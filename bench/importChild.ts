import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../electron/core/app/core';
import { peakRssMb } from './peakMemory';

/**
 * One import through the real path (contract, job thread, reader thread, one transaction) into a
 * fresh database; with `--program`, into a new program too (import --program: enrolment included).
 * maxRssMb is the whole process's peak (every thread).
 */
async function main(): Promise<void> {
  const [file, dbPath, flag] = process.argv.slice(2) as [string, string, string | undefined];
  // A fresh folder each run: an old database's backups beside a missing file would (rightly) be refused.
  fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
  const core = await createCore({ dbPath, defaultRegency: '13.11', actor: 'bench', dailyBackup: false });
  const program =
    flag === '--program'
      ? await core.invoke('programs.create', { name: 'Bench', source: 'apbd_kabupaten', year: 2025, budget: 2_000_000 * 12 * 16_800, from: '2025-01', to: '2025-12' })
      : null;
  const { fileId } = core.context.files.register(file);
  const start = performance.now();
  const result = await core.invoke('import.commit', { jobId: crypto.randomUUID(), fileId, issueLimit: 10, programId: program?.id });
  const seconds = (performance.now() - start) / 1000;
  core.close();
  process.stdout.write(
    JSON.stringify({
      seconds,
      accepted: result.accepted,
      rejected: result.rejected,
      warnings: result.warnings,
      enrolled: result.enrollment?.summary?.enrolled ?? null,
      maxRssMb: peakRssMb(),
    }),
  );
}

void main();
