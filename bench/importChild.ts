import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../electron/core/core';

/** One import through the real path (contract, worker thread, one transaction) into a fresh database. */
async function main(): Promise<void> {
  const [file, dbPath] = process.argv.slice(2) as [string, string];
  // A fresh folder each run: an old database's backups beside a missing file would (rightly) be refused.
  fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
  const core = await createCore({ dbPath, defaultRegency: '13.11', actor: 'bench', dailyBackup: false });
  const { fileId } = core.context.files.register(file);
  const start = performance.now();
  const result = await core.invoke('import.commit', { jobId: crypto.randomUUID(), fileId, issueLimit: 10 });
  const seconds = (performance.now() - start) / 1000;
  core.close();
  process.stdout.write(
    JSON.stringify({ seconds, accepted: result.accepted, rejected: result.rejected, warnings: result.warnings, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
  );
}

void main();
