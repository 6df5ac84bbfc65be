import { defineJob } from '../../platform/jobs/job';
import type { ImportOptions } from './importWorkers';

/**
 * The features' long jobs. Each job's code is loaded when it runs (a dynamic import), so a job thread
 * loads only what its own job needs: an import never loads the PDF or chart libraries.
 */

/** A worker list, read in its own thread and checked and stored here, row by row. */
export const importWorkersJob = defineJob({
  kind: 'importWorkers',
  run: async (store, input: Omit<ImportOptions, 'signal' | 'onProgress'>, io) =>
    (await import('./importWorkers')).importWorkers(store, { ...input, signal: io.signal, onProgress: io.progress }),
  // Rows pass through; what stays grows with the rows. Measured (npm run bench -- --limits): 13 MB live
  // at 100.000 rows, 49 MB at 1.000.000; 160 MB leaves room for three times the million.
  limits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 32 },
  outOfMemory: 'Daftar pekerja terlalu besar untuk dibaca sekaligus; tidak ada yang berubah. Pecah daftar menjadi beberapa berkas.',
});
