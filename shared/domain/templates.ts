/**
 * The templates Cakap gives to the people who send it lists: one per list it reads. A sender who
 * fills one in sends a file that imports without a question (header recognised for certain, NIK
 * kept as text, kecamatan and village names from the drop-down lists).
 */
export const TEMPLATE_KINDS = ['workers', 'beneficiaries', 'workforce'] as const;
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
};

export function isTemplateKind(value: string): value is TemplateKind {
  return (TEMPLATE_KINDS as readonly string[]).includes(value);
}
