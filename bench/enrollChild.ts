import { createCore } from '../electron/core/app/core';

/** Enrols every worker of a benchmark database into a new program, in one transaction, and times it. */
async function main(): Promise<void> {
  const dbPath = process.argv[2]!;
  const core = await createCore({ dbPath, actor: 'bench', dailyBackup: false });
  const workers = (await core.invoke('workers.list', { limit: 1 })).total;
  const program = await core.invoke('programs.create', {
    name: `Bench ${Date.now()}`,
    source: 'apbd_kabupaten',
    year: 2025,
    budget: workers * 12 * 16_800,
    from: '2025-01',
    to: '2025-12',
  });
  const start = performance.now();
  const summary = await core.invoke('enrollments.add', { programId: program.id, filter: {} });
  const seconds = (performance.now() - start) / 1000;
  core.close();
  process.stdout.write(JSON.stringify({ seconds, workers, enrolled: summary.enrolled, refused: summary.refused }));
}

void main();
