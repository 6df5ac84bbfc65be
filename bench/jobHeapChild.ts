import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../electron/core/app/core';

/**
 * One job of each kind at the size its limit is meant for, run under `node --trace-gc` by
 * `npm run bench -- --limits`, which reads from V8's trace how much of the job thread's heap is still
 * live after each full collection. `SCENARIO DB FILES...`; a fresh database for the imports.
 */
async function main(): Promise<void> {
  const [scenario, dbPath, ...files] = process.argv.slice(2) as [string, string, ...string[]];
  const fresh = ['workers', 'bpjs', 'employers'].includes(scenario);
  if (fresh) fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
  const core = await createCore({ dbPath, defaultRegency: '13.11', actor: 'bench', dailyBackup: false });
  const fileId = (file: string) => core.context.files.register(file).fileId;
  const jobId = () => crypto.randomUUID();
  const start = performance.now();
  let detail: unknown;
  if (scenario === 'workers') detail = (await core.invoke('import.commit', { jobId: jobId(), fileId: fileId(files[0]!), issueLimit: 10 })).accepted;
  else if (scenario === 'bpjs') detail = (await core.invoke('bpjs.import', { jobId: jobId(), fileId: fileId(files[0]!), asOf: '2025-10-31' })).accepted;
  else if (scenario === 'employers') {
    for (const file of files) detail = (await core.invoke('compliance.importEmployers', { jobId: jobId(), fileId: fileId(file) })).accepted;
  } else if (scenario === 'letters') detail = (await core.invoke('compliance.letters', { jobId: jobId(), date: '2026-12-03' })).count;
  else if (scenario === 'coverage') detail = (await core.invoke('report.coverage', { asOf: '2025-10-31' })).asOf;
  else if (scenario === 'reportPdf') detail = (await core.invoke('report.export', { format: 'pdf', asOf: '2025-10-31', annex: true })).size;
  else if (scenario === 'reportXlsx') detail = (await core.invoke('report.export', { format: 'xlsx', asOf: '2025-10-31', annex: true })).size;
  else throw new Error(`unknown scenario ${scenario}`);
  const seconds = (performance.now() - start) / 1000;
  core.close();
  process.stdout.write(`\n${JSON.stringify({ seconds, detail })}\n`);
}

void main();
