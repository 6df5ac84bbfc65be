import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../electron/core/app/core';

/** The licence list then the BPJS employer list through the real path (contract, job thread, one transaction each, matching included). */
async function main(): Promise<void> {
  const [ossFile, bpjsFile, dbPath] = process.argv.slice(2) as [string, string, string];
  fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
  const core = await createCore({ dbPath, defaultRegency: '13.11', actor: 'bench', dailyBackup: false });
  const importList = (file: string) => core.invoke('compliance.importEmployers', { jobId: crypto.randomUUID(), fileId: core.context.files.register(file).fileId });
  const t0 = performance.now();
  const oss = await importList(ossFile);
  const t1 = performance.now();
  const bpjs = await importList(bpjsFile);
  const t2 = performance.now();
  const summary = await core.invoke('compliance.summary', {});
  const t3 = performance.now();
  const links = core.context.store.compliance.links().filter((l) => l.domain === 'employer').length;
  core.close();
  process.stdout.write(
    JSON.stringify({
      ossSeconds: (t1 - t0) / 1000,
      bpjsSeconds: (t2 - t1) / 1000,
      summarySeconds: (t3 - t2) / 1000,
      businesses: oss.accepted,
      employers: bpjs.accepted,
      matched: links,
      reviews: summary.employers.reviewPending,
    }),
  );
}

void main();
