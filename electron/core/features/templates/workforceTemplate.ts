import type { TemplateLists, TemplateSpec } from './spec';

/**
 * Working population per kecamatan for one year (the denominator of every coverage figure), as BPS
 * or the regency's statistics section fills it in: one row per kecamatan, already listed.
 */
export function workforceTemplate(lists: TemplateLists, year: number): TemplateSpec {
  return {
    fileName: `templat-penduduk-bekerja-${year}.xlsx`,
    sheetName: 'Penduduk Bekerja',
    dataNote: 'Isi kolom Penduduk Bekerja untuk setiap kecamatan yang sudah tercantum.',
    rowUnit: 'satu kecamatan',
    personalData: false,
    title: `PENDUDUK BEKERJA PER KECAMATAN, ${lists.regencyName.toUpperCase()}, TAHUN ${year}`,
    purpose: [
      `Templat ini untuk mengisi jumlah penduduk berumur 15 tahun ke atas yang bekerja, per kecamatan di ${lists.regencyName}, tahun ${year}: angka BPS (Sakernas Agustus) atau perkiraan resmi kabupaten.`,
      'Angka ini menjadi penyebut semua persentase cakupan (UCJ), jadi isi angka dari sumber resmi dan sebut sumbernya saat mengirim.',
    ],
    columns: [
      { header: 'No', width: 6, type: 'whole', numbering: true, explain: 'Nomor urut; sudah terisi.', example: '1' },
      { header: 'Kecamatan', width: 30, type: 'text', required: true, explain: 'Nama kecamatan; sudah terisi, jangan diubah.', example: lists.districts[0]?.name ?? 'Sangir' },
      { header: 'Kode Kecamatan', width: 16, type: 'text', explain: 'Kode Kemendagri; sudah terisi.', example: lists.districts[0]?.code ?? '13.11.01' },
      {
        header: 'Penduduk Bekerja',
        width: 20,
        type: 'whole',
        required: true,
        explain: `Jumlah penduduk bekerja di kecamatan itu pada tahun ${year}, bilangan bulat tanpa titik ribuan.`,
        example: '19512',
      },
    ],
    prefilled: lists.districts.map((d, i) => [i + 1, d.name, d.code, null]),
    blankRows: 0,
    notes: ['Isi angka setiap kecamatan: berkas yang masih punya angka kosong tidak disimpan, supaya persentase cakupan tidak dihitung dari angka yang belum lengkap.'],
    showRegions: false,
  };
}
