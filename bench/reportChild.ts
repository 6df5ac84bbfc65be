import { createCore } from '../electron/core/app/core';

/** The leadership report of a benchmark database as a PDF, through the API, timed. */
async function main(): Promise<void> {
  const [dbPath, asOf] = process.argv.slice(2) as [string, string];
  const core = await createCore({ dbPath, actor: 'bench', dailyBackup: false });
  const coverageStart = performance.now();
  await core.invoke('report.coverage', { asOf });
  const coverage = (performance.now() - coverageStart) / 1000;
  const start = performance.now();
  const file = await core.invoke('report.export', { format: 'pdf', asOf });
  const seconds = (performance.now() - start) / 1000;
  core.close();
  process.stdout.write(JSON.stringify({ seconds, coverage, bytes: file.size }));
}

void main();
