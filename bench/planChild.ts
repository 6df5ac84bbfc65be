import { createCore } from '../electron/core/app/core';

/**
 * A gap-closing scenario on a benchmark database, through the API: the first computation (which loads
 * the baseline, the leavers and the regions) and then recomputations as an officer types a budget,
 * digit by digit. The Rencana page follows typing when a recomputation takes well under 200 ms.
 */
async function main(): Promise<void> {
  const [dbPath, asOf] = process.argv.slice(2) as [string, string];
  const year = Number(asOf.slice(0, 4)) + 1;
  const core = await createCore({ dbPath, actor: 'bench', dailyBackup: false });
  const tree = await core.invoke('regions.tree', {});
  // The plan year's figures, as the office would have entered them.
  await core.invoke('workforce.save', { year, source: 'bench', entries: tree.districts.map((d) => ({ areaCode: d.code, count: 300_000 })) });
  await core.invoke('targets.set', { year, percent: 45 });
  const scenario = (budget: number) => ({
    name: 'Bench',
    year,
    asOf,
    programs: [
      { source: 'apbd_kabupaten', budget },
      { source: 'apb_nagari', perNagari: 50_000_000 },
      { source: 'dbh_sawit', workers: 20_000 },
    ],
    employerShare: 0.3,
  });
  let start = performance.now();
  const first = await core.invoke('plans.compute', { scenario: scenario(10_000_000_000) });
  const cold = performance.now() - start;
  const times: number[] = [];
  const typed = '12345678901';
  for (let i = 1; i <= typed.length; i++) {
    start = performance.now();
    await core.invoke('plans.compute', { scenario: scenario(Number(typed.slice(0, i))) });
    times.push(performance.now() - start);
  }
  core.close();
  const sorted = [...times].sort((a, b) => a - b);
  process.stdout.write(
    JSON.stringify({ coldMs: cold, medianMs: sorted[Math.floor(sorted.length / 2)], maxMs: sorted.at(-1), baseline: first.baseline, leavers: first.leavers, basis: first.baselineBasis }),
  );
}

void main();
