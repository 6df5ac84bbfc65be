import crypto from 'node:crypto';
import fs from 'node:fs';
import { createCore } from '../electron/core/core';

/** One import through the real path (contract, worker thread, one transaction) into a fresh database. */
const [file, dbPath] = process.argv.slice(2) as [string, string];
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
const core = await createCore({ dbPath, defaultRegency: '13.11', actor: 'bench' });
const { fileId } = core.context.files.register(file);
const start = performance.now();
const result = await core.invoke('import.commit', { jobId: crypto.randomUUID(), fileId, issueLimit: 10 });
const seconds = (performance.now() - start) / 1000;
core.close();
process.stdout.write(
  JSON.stringify({ seconds, accepted: result.accepted, rejected: result.rejected, warnings: result.warnings, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
);
