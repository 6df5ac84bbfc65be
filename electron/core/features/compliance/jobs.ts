import { defineJob } from '../../platform/jobs/job';
import type { ComplianceImportOptions } from './importList';
import type { LettersJob } from './letters';

/** An employer or construction list; the lists are matched again after it. */
export const importComplianceJob = defineJob({
  kind: 'importCompliance',
  run: async (store, input: ComplianceImportOptions) => (await import('./importList')).importComplianceList(store, input),
  // The lists are held in memory to be matched. Measured (npm run bench -- --limits): 20.000 licences,
  // then 10.000 BPJS employers matched against them, keep 104 MB live; 224 MB leaves room for twice that.
  limits: { maxOldGenerationSizeMb: 224, maxYoungGenerationSizeMb: 32 },
  outOfMemory: 'Daftar pemberi kerja atau proyek terlalu besar untuk dibaca dan dicocokkan sekaligus; tidak ada yang berubah. Pecah daftar menjadi beberapa berkas, misalnya per kecamatan.',
});

/** Letters for the open cases, one PDF, and the follow-up workbook beside it. */
export const complianceLettersJob = defineJob({
  kind: 'complianceLetters',
  run: async (store, input: LettersJob, io) => (await import('./letters')).writeLetters(store, input, io),
  // Letters are written one at a time, so the count does not matter; the cases' state does. Measured
  // (npm run bench -- --limits): 5.000 letters keep 54 MB live, flat from the first letter to the last;
  // 20.000 letters ran in 160 MB (the state of 20.000 businesses is the larger part).
  limits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 32 },
  outOfMemory: 'Surat terlalu banyak untuk dibuat sekaligus; tidak ada surat yang dibuat. Cetak lebih sedikit sekaligus, misalnya per kecamatan atau per status.',
});
