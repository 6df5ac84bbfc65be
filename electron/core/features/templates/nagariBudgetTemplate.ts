import { normalizeHeader } from '../../platform/lists/headers';
import { NAGARI_SHEET_VOCABULARY } from '../plans/nagariSheet';
import { FIRST_DATA_ROW, type TemplateLists, type TemplateSpec } from './spec';

/**
 * Each nagari's own amount for the APB Nagari line of a plan, as the nagari or the finance office
 * fills it in: the sheet the Rencana page reads (plans/nagariSheet.ts). One row per nagari that
 * budgets contributions; a nagari that does not is left out rather than written with an empty amount.
 */

/** The village column named as the office calls its villages, when the sheet reader knows that name. */
function villageHeader(label: string): string {
  return NAGARI_SHEET_VOCABULARY.village.includes(normalizeHeader(label)) ? label : 'Desa/Kelurahan';
}

export function nagariBudgetTemplate(lists: TemplateLists, year: number): TemplateSpec {
  const label = lists.villageLabel;
  const village = villageHeader(label);
  return {
    fileName: `templat-anggaran-${label.toLowerCase()}-${year}.xlsx`,
    sheetName: `Anggaran ${label}`,
    title: `ANGGARAN IURAN BPJS KETENAGAKERJAAN DARI APB ${label.toUpperCase()}, ${lists.regencyName.toUpperCase()}, TAHUN ${year}`,
    dataNote: `Isi satu baris untuk setiap ${label.toLowerCase()} yang menganggarkan iuran, mulai baris ${FIRST_DATA_ROW}.`,
    rowUnit: `satu ${label.toLowerCase()}`,
    personalData: false,
    purpose: [
      `Templat ini untuk ${label.toLowerCase()} atau bagian keuangan yang mengumpulkan APB ${label}: berapa rupiah setiap ${label.toLowerCase()} menganggarkan pada tahun ${year} untuk iuran BPJS Ketenagakerjaan pekerja rentan di wilayahnya.`,
      `Dinas membaca berkas ini di halaman Rencana (baris sumber dana APB ${label}, "Impor dari lembar kerja") untuk menghitung berapa pekerja yang dapat dilindungi dari anggaran itu.`,
    ],
    columns: [
      { header: 'No', width: 6, type: 'whole', numbering: true, explain: 'Nomor urut; boleh dikosongkan.', example: '1' },
      {
        header: village,
        width: 28,
        type: 'text',
        required: true,
        choices: { list: 'villages' },
        strictness: 'warning',
        explain: `Nama ${label.toLowerCase()}, dipilih dari daftar.`,
        example: lists.districts[0]?.villages[0] ?? 'Lubuk Gadang',
      },
      {
        header: 'Kecamatan',
        width: 24,
        type: 'text',
        choices: { list: 'districts' },
        strictness: 'warning',
        explain: `Kecamatan ${label.toLowerCase()} itu; membedakan dua ${label.toLowerCase()} yang namanya sama.`,
        example: lists.districts[0]?.name ?? 'Sangir',
      },
      {
        header: 'Anggaran (Rp)',
        width: 20,
        type: 'rupiah',
        required: true,
        explain: `Anggaran iuran tahun ${year} dalam rupiah penuh.`,
        example: '25000000',
      },
    ],
    blankRows: Math.max(100, lists.districts.reduce((n, d) => n + d.villages.length, 0)),
    notes: [`Setiap ${label.toLowerCase()} cukup satu baris; ${label.toLowerCase()} yang tidak menganggarkan iuran tidak perlu ditulis.`],
    showRegions: true,
  };
}
