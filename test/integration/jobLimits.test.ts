import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOBS } from '../../electron/core/app/jobs/list';
import type { AnyJob } from '../../electron/core/platform/jobs/job';
import { newCore } from '../helpers/core';
import { tempDir } from '../helpers/temp';

/**
 * Every kind of long job runs in a thread capped at its own limit and, when it reaches it, says in its
 * own sentence what it was doing and what to do instead. Issue 27: the letters job reached the cap
 * and the office read the import's "Berkas terlalu besar untuk dibaca".
 */
describe('a job that reaches its memory limit', () => {
  it('every job has its own limit, written with its reason, and its own sentence', () => {
    const kinds = JOBS.map((j) => j.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    const sentences = JOBS.map((j) => j.outOfMemory);
    expect(new Set(sentences).size).toBe(sentences.length);
    for (const job of JOBS) {
      expect(job.outOfMemory).toMatch(/^[A-Z].+; .+\.$/);
      expect(job.limits.maxOldGenerationSizeMb).toBeGreaterThanOrEqual(32);
    }
    // The letters job tells the office to print fewer at once.
    expect(JOBS.find((j) => j.kind === 'complianceLetters')!.outOfMemory).toMatch(/lebih sedikit/);
  });

  it('reports its own sentence, never another job\'s, whichever job it is', async () => {
    const dir = tempDir();
    const core = await newCore({ dir });
    const file = path.join(dir, 'tidak-ada.xlsx');
    for (const job of JOBS) {
      // The same job with a heap far too small for it: its thread runs out of memory while it starts.
      const starved = { ...job, limits: { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 } } as AnyJob;
      const input = { file, displayName: 'x.xlsx', asOf: '2026-11-30', date: '2026-12-03', now: new Date(), actor: 'penguji', subjects: null, filter: null, pdfFile: path.join(dir, 'x.pdf'), xlsxFile: path.join(dir, 'x.xlsx') } as never;
      await expect(core.context.jobs.run(starved, input, { jobId: crypto.randomUUID() }), job.kind).rejects.toMatchObject({ code: 'JOB_OUT_OF_MEMORY', message: job.outOfMemory });
    }
  }, 120_000);
});
