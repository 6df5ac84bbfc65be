import { spawnSync } from 'node:child_process';

/**
 * How much memory each kind of job really keeps: the job runs under `node --trace-gc`, and V8's trace
 * gives, for every thread (isolate), the heap still live after each full collection (Mark-Compact).
 * The largest of those in the job's thread is the job's live peak; its limit (jobs.ts) must hold that
 * with room for the garbage between collections. The main thread is the first isolate in the trace.
 */
export interface HeapRun {
  job: string;
  what: string;
  args: string[];
}

const MARK_COMPACT = /^\[\d+:(0x[0-9a-f]+)\]\s+\d+ ms: Mark-Compact(?: \(reduce\))? ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/;

export function liveHeapPeaks(trace: string): { isolate: string; liveMb: number; reachedMb: number }[] {
  const peaks = new Map<string, { liveMb: number; reachedMb: number }>();
  const order: string[] = [];
  for (const line of trace.split('\n')) {
    const m = MARK_COMPACT.exec(line);
    if (!m) continue;
    const isolate = m[1]!;
    if (!peaks.has(isolate)) {
      peaks.set(isolate, { liveMb: 0, reachedMb: 0 });
      order.push(isolate);
    }
    const peak = peaks.get(isolate)!;
    peak.liveMb = Math.max(peak.liveMb, Number(m[4]));
    peak.reachedMb = Math.max(peak.reachedMb, Number(m[2]));
  }
  return order.map((isolate) => ({ isolate, ...peaks.get(isolate)! }));
}

export async function jobHeap(script: string, runs: HeapRun[]): Promise<void> {
  console.log('\nMemori yang benar-benar dipakai tiap jenis pekerjaan (heap hidup setelah pengumpulan penuh, utas pekerjaan):');
  for (const run of runs) {
    const out = spawnSync(process.execPath, ['--trace-gc', script, ...run.args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (out.status !== 0) {
      console.log(`  ${run.job.padEnd(18)} ${run.what}: GAGAL\n${out.stderr}`);
      continue;
    }
    const threads = liveHeapPeaks(out.stdout);
    // The first isolate in the trace is the main thread; of the others, the job's thread keeps the most.
    const job = threads.slice(1).sort((a, b) => b.liveMb - a.liveMb)[0];
    const result = JSON.parse(out.stdout.split('\n').findLast((l) => l.startsWith('{'))!) as { seconds: number };
    console.log(
      `  ${run.job.padEnd(18)} ${run.what}: hidup paling banyak ${job ? job.liveMb.toFixed(0) : '?'} MB, heap terbesar ${job ? job.reachedMb.toFixed(0) : '?'} MB (${result.seconds.toFixed(1)} s)`,
    );
  }
}
