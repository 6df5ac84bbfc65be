import { defineJob } from '../../platform/jobs/job';
import type { FinanceExportJob } from './export';
import type { BillImportOptions } from './importBill';
import type { ClaimsImportOptions } from './importClaims';
import type { MinutesJob } from './minutes';
import type { RegistrationJob } from './registration';

/**
 * The loop's long jobs, each in its own thread: a bill of a hundred thousand rows, a claim list,
 * the minute with its lampiran, the registration file, the year's realisation as a document.
 */

export const importBillJob = defineJob({
  kind: 'importBill',
  run: async (store, input: BillImportOptions, io) => (await import('./importBill')).importBill(store, input, io),
  // The program's beneficiaries and the bill's parts (JSON) stay until the end; the rows themselves pass
  // through the young generation, sized so that a hundred thousand of them are not collected forty times.
  limits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 64 },
  outOfMemory: 'Tagihan terlalu besar untuk diperiksa sekaligus; tidak ada yang berubah. Minta kantor cabang memecah rincian tagihan per kecamatan.',
});

export const importClaimsJob = defineJob({
  kind: 'importClaims',
  run: async (store, input: ClaimsImportOptions, io) => (await import('./importClaims')).importClaims(store, input, io),
  limits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 32 },
  outOfMemory: 'Daftar klaim terlalu besar untuk dibaca sekaligus; tidak ada yang berubah. Pecah daftarnya menjadi beberapa berkas.',
});

export const minutesJob = defineJob({
  kind: 'financeMinutes',
  run: async (store, input: MinutesJob) => (await import('./minutes')).writeMinutes(store, input),
  // The lampiran is capped (MINUTE_ROW_LIMIT rows).
  limits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32 },
  outOfMemory: 'Berita acara terlalu besar untuk dibuat; tidak ada berkas yang dibuat.',
});

export const registrationJob = defineJob({
  kind: 'financeRegistration',
  run: async (store, input: RegistrationJob) => (await import('./registration')).writeRegistration(store, input),
  limits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32 },
  outOfMemory: 'Berkas pendaftaran terlalu besar untuk dibuat sekaligus; tidak ada yang berubah.',
});

export const financeExportJob = defineJob({
  kind: 'financeExport',
  run: async (store, input: FinanceExportJob) => (await import('./export')).writeFinanceExport(store, input),
  limits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 32 },
  outOfMemory: 'Laporan terlalu besar untuk ditulis; tidak ada berkas yang dibuat.',
});
