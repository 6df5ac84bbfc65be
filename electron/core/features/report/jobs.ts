import { defineJob } from '../../platform/jobs/job';
import type { ReportJob } from './export';

/** Every figure of the report at a date: a million workers take a second or two to aggregate. */
export const coverageJob = defineJob({
  kind: 'coverage',
  run: async (store, input: { asOf: string; now: Date }) => (await import('./coverage')).computeCoverage(store, input.asOf, input.now),
  // The aggregation runs inside SQLite; the thread keeps one byte per worker. Measured (npm run bench --
  // --limits): 10 MB live on 100.000 workers; 128 MB would hold a million even if all of it grew with them.
  limits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 32 },
  outOfMemory: 'Data terlalu besar untuk dihitung sekaligus; tidak ada yang berubah. Tutup aplikasi lain lalu coba lagi.',
});

/** The report computed and written as PDF, Excel or JSON (with the annex when asked). */
export const reportExportJob = defineJob({
  kind: 'reportExport',
  run: async (store, input: ReportJob) => {
    const [{ computeCoverage }, { writeReport }] = await Promise.all([import('./coverage'), import('./export')]);
    return writeReport(store, computeCoverage(store, input.asOf, input.now), input);
  },
  // The Excel annex is streamed (20 MB live); the PDF annex, capped at PDF_ANNEX_LIMIT rows, is laid out
  // in memory: 102 MB live with its 5.000 rows (npm run bench -- --limits); 192 MB leaves room for it.
  limits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32 },
  outOfMemory: 'Laporan terlalu besar untuk ditulis sekaligus; tidak ada berkas yang dibuat. Buat laporan tanpa lampiran, atau ambil lampirannya dari ekspor Excel.',
});
