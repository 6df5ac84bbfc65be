/**
 * What a column of a worker list can mean. The importer maps each column to one of these; the
 * Impor page lets the operator correct the mapping, using these Indonesian labels.
 */
export const WORKER_FIELDS = [
  'nik',
  'name',
  'birthDate',
  'birthPlace',
  'birthPlaceDate',
  'sex',
  'sexMale',
  'sexFemale',
  'address',
  'village',
  'district',
  'occupation',
  'lifeStatus',
  'phone',
  'kpj',
  'rowNumber',
  'ignore',
] as const;

export type WorkerField = (typeof WORKER_FIELDS)[number];

export const WORKER_FIELD_LABELS: Record<WorkerField, string> = {
  nik: 'NIK',
  name: 'Nama',
  birthDate: 'Tanggal lahir',
  birthPlace: 'Tempat lahir',
  birthPlaceDate: 'Tempat dan tanggal lahir',
  sex: 'Jenis kelamin (L/P)',
  sexMale: 'Tanda laki-laki (kolom L)',
  sexFemale: 'Tanda perempuan (kolom P)',
  address: 'Alamat',
  village: 'Desa/nagari',
  district: 'Kecamatan',
  occupation: 'Pekerjaan',
  lifeStatus: 'Status hidup/mati',
  phone: 'No. HP',
  kpj: 'No. KPJ',
  rowNumber: 'Nomor urut',
  ignore: 'Diabaikan',
};

/** Excel's column letter for a 0-based index: 0 -> "A", 27 -> "AB". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
