import { defineJob } from '../../platform/jobs/job';
import type { BpjsImportOptions } from './importBpjs';

/** A BPJS participant list or monthly recap. */
export const importBpjsJob = defineJob({
  kind: 'importBpjs',
  run: async (store, input: BpjsImportOptions) => (await import('./importBpjs')).importBpjs(store, input),
  // Participant rows are stored as they come; a recap is small.
  limits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 32 },
  outOfMemory: 'Berkas terlalu besar untuk dibaca; tidak ada yang berubah. Pecah daftar menjadi beberapa berkas.',
});
