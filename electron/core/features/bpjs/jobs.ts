import { defineJob } from '../../platform/jobs/job';
import type { BpjsImportOptions } from './importBpjs';

/** A BPJS participant list or monthly recap. */
export const importBpjsJob = defineJob({
  kind: 'importBpjs',
  run: async (store, input: BpjsImportOptions) => (await import('./importBpjs')).importBpjs(store, input),
  // Measured (npm run bench -- --limits): 100.000 participants keep 72 MB live, about 0,6 KB a row, since
  // the rows wait for the one transaction; 192 MB holds some 250.000, more than a regency's participants.
  limits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32 },
  outOfMemory: 'Daftar peserta BPJS terlalu besar untuk dibaca sekaligus; tidak ada yang berubah. Pecah daftar per kecamatan atau per segmen menjadi beberapa berkas.',
});
