/**
 * The templates Cakap gives to the people who send it lists: one per list it reads. A sender who
 * fills one in sends a file that imports without a question (header recognised for certain, NIK
 * kept as text, kecamatan and village names from the drop-down lists).
 */
export const TEMPLATE_KINDS = ['workers', 'beneficiaries', 'workforce', 'oss', 'wlkp', 'bpjs_employers', 'packages', 'bpjs_projects', 'nagari_budget'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_KIND_INFO: Record<TemplateKind, { label: string; sender: string; importedAt: string }> = {
  workers: {
    label: 'Daftar pekerja',
    sender: 'nagari/desa, OPD, koperasi',
    importedAt: 'Impor',
  },
  beneficiaries: {
    label: 'Daftar calon penerima satu program',
    sender: 'pengelola program, nagari/desa',
    importedAt: 'Impor (pilih programnya di "Daftarkan juga ke program")',
  },
  workforce: {
    label: 'Penduduk bekerja per kecamatan',
    sender: 'BPS atau bagian statistik',
    importedAt: 'Pengaturan › Penduduk bekerja',
  },
  oss: {
    label: 'Daftar izin usaha (OSS)',
    sender: 'DPMPTSP',
    importedAt: 'Kepatuhan › Impor daftar pemberi kerja',
  },
  wlkp: {
    label: 'Daftar laporan WLKP',
    sender: 'bidang WLKP Disnaker',
    importedAt: 'Kepatuhan › Impor daftar pemberi kerja',
  },
  bpjs_employers: {
    label: 'Daftar pemberi kerja terdaftar BPJS',
    sender: 'kantor cabang BPJS Ketenagakerjaan',
    importedAt: 'Kepatuhan › Impor daftar pemberi kerja',
  },
  packages: {
    label: 'Daftar paket pekerjaan konstruksi',
    sender: 'OPD, bagian pengadaan, nagari/desa',
    importedAt: 'Kepatuhan › Impor daftar proyek',
  },
  bpjs_projects: {
    label: 'Daftar proyek konstruksi terdaftar BPJS',
    sender: 'kantor cabang BPJS Ketenagakerjaan',
    importedAt: 'Kepatuhan › Impor daftar proyek',
  },
  nagari_budget: {
    label: 'Anggaran iuran per nagari/desa (APB Nagari)',
    sender: 'nagari/desa, bagian keuangan',
    importedAt: 'Rencana › sumber dana APB Nagari › Impor dari lembar kerja',
  },
};

/** The templates of the lists the Kepatuhan page imports, in the order its menu offers them. */
export const COMPLIANCE_TEMPLATE_KINDS = ['oss', 'wlkp', 'bpjs_employers', 'packages', 'bpjs_projects'] as const satisfies readonly TemplateKind[];

export function isTemplateKind(value: string): value is TemplateKind {
  return (TEMPLATE_KINDS as readonly string[]).includes(value);
}
