/**
 * What an import batch brought in (import_batches.kind), in words. Each list's history is shown
 * where its data lives: worker lists on Impor, BPJS lists on Rekonsiliasi BPJS; a feature that
 * reads another list adds its kinds here.
 */
export const BATCH_KIND_LABELS: Record<string, string> = {
  workers: 'Daftar pekerja',
  bpjs_members: 'Daftar peserta BPJS',
  bpjs_recap: 'Rekap bulanan BPJS',
  oss: 'Izin usaha (OSS)',
  wlkp: 'WLKP',
  bpjs_employers: 'Pemberi kerja BPJS',
  packages: 'Paket konstruksi',
  bpjs_projects: 'Proyek terdaftar BPJS',
  bill: 'Tagihan iuran BPJS',
  claims: 'Daftar klaim BPJS',
};

export const WORKER_LIST_KINDS = ['workers'] as const;
export const BPJS_LIST_KINDS = ['bpjs_members', 'bpjs_recap'] as const;
export const BILL_LIST_KINDS = ['bill'] as const;
export const CLAIM_LIST_KINDS = ['claims'] as const;
export const FINANCE_LIST_KINDS = [...BILL_LIST_KINDS, ...CLAIM_LIST_KINDS] as const;

export function batchKindLabel(kind: string): string {
  return BATCH_KIND_LABELS[kind] ?? kind;
}
