import { defineJob } from '../../platform/jobs/job';
import type { ComplianceImportOptions } from './importList';
import type { LettersJob } from './letters';

/** An employer or construction list; the lists are matched again after it. */
export const importComplianceJob = defineJob({
  kind: 'importCompliance',
  run: async (store, input: ComplianceImportOptions) => (await import('./importList')).importComplianceList(store, input),
  // The lists are held in memory to be matched: tens of thousands of businesses fit in 160 MB.
  limits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 32 },
  outOfMemory: 'Berkas terlalu besar untuk dibaca; tidak ada yang berubah. Pecah daftar menjadi beberapa berkas.',
});

/** Letters for the open cases, one PDF, and the follow-up workbook beside it. */
export const complianceLettersJob = defineJob({
  kind: 'complianceLetters',
  run: async (store, input: LettersJob, io) => (await import('./letters')).writeLetters(store, input, io),
  limits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 32 },
  outOfMemory: 'Surat terlalu banyak untuk dibuat sekaligus; tidak ada surat yang dibuat. Cetak lebih sedikit sekaligus, misalnya per kecamatan atau per status.',
});
