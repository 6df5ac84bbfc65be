/**
 * Occupations of the informal (BPU) workers a regency lists, as offices write them: the starting
 * choices of the templates' Pekerjaan drop-down, joined by the occupations already in the database.
 * A sender may still type another; the list only spares them spelling variants.
 */
export const COMMON_OCCUPATIONS: readonly string[] = [
  'Petani',
  'Petani Sawit',
  'Pekebun',
  'Buruh Tani',
  'Buruh Kebun Sawit',
  'Peternak',
  'Nelayan',
  'Nelayan Air Tawar',
  'Pedagang',
  'Pedagang Kaki Lima',
  'Buruh Harian Lepas',
  'Tukang Bangunan',
  'Tukang Ojek',
  'Sopir',
  'Penjahit',
  'Pengrajin',
  'Pembantu Rumah Tangga',
  'Guru Mengaji',
  'Garin/Marbot',
  'Kader Posyandu',
  'Perangkat Nagari/Desa',
  'Pekerja Sosial Keagamaan',
];
