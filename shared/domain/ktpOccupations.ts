import { wordKey } from './words';

/**
 * The Dukcapil list of occupations printed on every KTP (jenis pekerjaan 1–89), as data: each code
 * with its name as printed, the names it had before, the spellings offices and SIAK exports use,
 * and the occupation group Cakap reports and program rules use. OpenSID writes the code
 * (`pekerjaan_id`), SIAK the name in mixed case, a hand-typed list anything from "PETANI/PEKEBUN" to
 * "Petani / Pekebun" or "IRT": all of them are read through this list.
 */

export interface KtpOccupation {
  code: number;
  /** The name as printed on the KTP today. */
  name: string;
  /** What Cakap's reports, filters and program rules call it. */
  group: string;
  /** A status, not work: never a worker (see features/import/rules.ts). */
  notWorking?: true;
  /** Names printed before (code 5 until Permendagri 6/2026). */
  formerNames?: readonly string[];
  /** Other ways lists write it: SIAK's short forms, abbreviations, common words. */
  spellings?: readonly string[];
}

/** Where the list was read, and what changed since. */
export const KTP_OCCUPATION_SOURCE = {
  name: 'Permendagri Nomor 109 Tahun 2019 tentang Formulir dan Buku yang Digunakan dalam Administrasi Kependudukan, sebagaimana diubah dengan Permendagri Nomor 6 Tahun 2026',
  article: 'Daftar jenis pekerjaan 1–89 pada KTP-el, biodata dan Kartu Keluarga',
  date: '2019; 2026',
  note:
    'Kode dan nama dibaca dari OpenSID app/Enums/PekerjaanEnum.php (commit 0425cc6, kode 5 "APARATUR SIPIL NEGARA (ASN)"; commit e8382ec masih "PEGAWAI NEGERI SIPIL (PNS)"). ' +
    'Sejak Permendagri 6/2026 PNS dan PPPK tercatat sebagai ASN; KTP dan ekspor lama tetap menulis PNS, dan PPPK sebelumnya sering tercatat 89 LAINNYA.',
} as const;

export const KTP_OCCUPATIONS: readonly KtpOccupation[] = [
  { code: 1, name: 'BELUM/TIDAK BEKERJA', group: 'Belum/Tidak Bekerja', notWorking: true, spellings: ['BELUM BEKERJA', 'TIDAK BEKERJA', 'TIDAK/BELUM BEKERJA', 'TIDAK ADA', 'PENGANGGURAN'] },
  { code: 2, name: 'MENGURUS RUMAH TANGGA', group: 'Mengurus Rumah Tangga', notWorking: true, spellings: ['MENGATUR RUMAH TANGGA', 'IBU RUMAH TANGGA', 'IRT', 'URUS RUMAH TANGGA'] },
  { code: 3, name: 'PELAJAR/MAHASISWA', group: 'Pelajar/Mahasiswa', notWorking: true, spellings: ['PELAJAR', 'MAHASISWA', 'SISWA', 'MAHASISWI'] },
  { code: 4, name: 'PENSIUNAN', group: 'Pensiunan', notWorking: true, spellings: ['PURNAWIRAWAN', 'PENSIUNAN PNS'] },
  {
    code: 5,
    name: 'APARATUR SIPIL NEGARA (ASN)',
    group: 'ASN (PNS/PPPK)',
    formerNames: ['PEGAWAI NEGERI SIPIL (PNS)'],
    spellings: ['APARATUR SIPIL NEGARA', 'ASN', 'PEGAWAI NEGERI SIPIL', 'PNS', 'ASN (PNS)', 'ASN (PPPK)', 'PPPK', 'PEGAWAI NEGERI'],
  },
  { code: 6, name: 'TENTARA NASIONAL INDONESIA (TNI)', group: 'TNI', spellings: ['TENTARA NASIONAL INDONESIA', 'TNI', 'TENTARA', 'ANGGOTA TNI'] },
  { code: 7, name: 'KEPOLISIAN RI (POLRI)', group: 'Polri', spellings: ['KEPOLISIAN RI', 'POLRI', 'POLISI', 'KEPOLISIAN', 'ANGGOTA POLRI'] },
  { code: 8, name: 'PERDAGANGAN', group: 'Pedagang' },
  { code: 9, name: 'PETANI/PEKEBUN', group: 'Petani', spellings: ['PETANI', 'PEKEBUN', 'BERTANI', 'TANI'] },
  { code: 10, name: 'PETERNAK', group: 'Peternak' },
  { code: 11, name: 'NELAYAN/PERIKANAN', group: 'Nelayan', spellings: ['NELAYAN'] },
  { code: 12, name: 'INDUSTRI', group: 'Industri' },
  { code: 13, name: 'KONSTRUKSI', group: 'Konstruksi' },
  { code: 14, name: 'TRANSPORTASI', group: 'Transportasi' },
  { code: 15, name: 'KARYAWAN SWASTA', group: 'Karyawan Swasta', spellings: ['SWASTA', 'PEGAWAI SWASTA'] },
  { code: 16, name: 'KARYAWAN BUMN', group: 'Karyawan BUMN', spellings: ['PEGAWAI BUMN'] },
  { code: 17, name: 'KARYAWAN BUMD', group: 'Karyawan BUMD', spellings: ['PEGAWAI BUMD'] },
  { code: 18, name: 'KARYAWAN HONORER', group: 'Karyawan Honorer', spellings: ['HONORER', 'TENAGA HONORER', 'PEGAWAI HONORER'] },
  { code: 19, name: 'BURUH HARIAN LEPAS', group: 'Buruh Harian Lepas', spellings: ['BHL'] },
  { code: 20, name: 'BURUH TANI/PERKEBUNAN', group: 'Buruh Tani', spellings: ['BURUH TANI', 'BURUH PERKEBUNAN', 'BURUH TANI PERKEBUNAN'] },
  { code: 21, name: 'BURUH NELAYAN/PERIKANAN', group: 'Buruh Nelayan', spellings: ['BURUH NELAYAN', 'BURUH PERIKANAN'] },
  { code: 22, name: 'BURUH PETERNAKAN', group: 'Buruh Peternakan' },
  { code: 23, name: 'PEMBANTU RUMAH TANGGA', group: 'Pembantu Rumah Tangga', spellings: ['PRT', 'ASISTEN RUMAH TANGGA', 'ART'] },
  { code: 24, name: 'TUKANG CUKUR', group: 'Tukang Cukur' },
  { code: 25, name: 'TUKANG LISTRIK', group: 'Tukang Listrik' },
  { code: 26, name: 'TUKANG BATU', group: 'Tukang Batu' },
  { code: 27, name: 'TUKANG KAYU', group: 'Tukang Kayu' },
  { code: 28, name: 'TUKANG SOL SEPATU', group: 'Tukang Sol Sepatu' },
  { code: 29, name: 'TUKANG LAS/PANDAI BESI', group: 'Tukang Las/Pandai Besi', spellings: ['TUKANG LAS', 'PANDAI BESI'] },
  { code: 30, name: 'TUKANG JAHIT', group: 'Penjahit', spellings: ['PENJAHIT'] },
  { code: 31, name: 'TUKANG GIGI', group: 'Tukang Gigi' },
  { code: 32, name: 'PENATA RIAS', group: 'Penata Rias' },
  { code: 33, name: 'PENATA BUSANA', group: 'Penata Busana' },
  { code: 34, name: 'PENATA RAMBUT', group: 'Penata Rambut' },
  { code: 35, name: 'MEKANIK', group: 'Mekanik', spellings: ['MONTIR'] },
  { code: 36, name: 'SENIMAN', group: 'Seniman' },
  { code: 37, name: 'TABIB', group: 'Tabib' },
  { code: 38, name: 'PARAJI', group: 'Paraji', spellings: ['DUKUN BERANAK'] },
  { code: 39, name: 'PERANCANG BUSANA', group: 'Perancang Busana' },
  { code: 40, name: 'PENTERJEMAH', group: 'Penerjemah', spellings: ['PENERJEMAH'] },
  { code: 41, name: 'IMAM MASJID', group: 'Imam Masjid' },
  { code: 42, name: 'PENDETA', group: 'Pendeta' },
  { code: 43, name: 'PASTOR', group: 'Pastor' },
  { code: 44, name: 'WARTAWAN', group: 'Wartawan' },
  { code: 45, name: 'USTADZ/MUBALIGH', group: 'Ustadz/Mubaligh', spellings: ['USTADZ', 'USTAD', 'MUBALIGH'] },
  { code: 46, name: 'JURU MASAK', group: 'Juru Masak' },
  { code: 47, name: 'PROMOTOR ACARA', group: 'Promotor Acara' },
  { code: 48, name: 'ANGGOTA DPR-RI', group: 'Anggota DPR RI', spellings: ['ANGGOTA DPR RI', 'ANGGOTA DPR'] },
  { code: 49, name: 'ANGGOTA DPD', group: 'Anggota DPD' },
  { code: 50, name: 'ANGGOTA BPK', group: 'Anggota BPK' },
  { code: 51, name: 'PRESIDEN', group: 'Presiden' },
  { code: 52, name: 'WAKIL PRESIDEN', group: 'Wakil Presiden' },
  { code: 53, name: 'ANGGOTA MAHKAMAH KONSTITUSI', group: 'Anggota Mahkamah Konstitusi' },
  { code: 54, name: 'ANGGOTA KABINET KEMENTERIAN', group: 'Anggota Kabinet/Kementerian', spellings: ['MENTERI'] },
  { code: 55, name: 'DUTA BESAR', group: 'Duta Besar' },
  { code: 56, name: 'GUBERNUR', group: 'Gubernur' },
  { code: 57, name: 'WAKIL GUBERNUR', group: 'Wakil Gubernur' },
  { code: 58, name: 'BUPATI', group: 'Bupati' },
  { code: 59, name: 'WAKIL BUPATI', group: 'Wakil Bupati' },
  { code: 60, name: 'WALIKOTA', group: 'Wali Kota', spellings: ['WALI KOTA'] },
  { code: 61, name: 'WAKIL WALIKOTA', group: 'Wakil Wali Kota', spellings: ['WAKIL WALI KOTA'] },
  { code: 62, name: 'ANGGOTA DPRD PROVINSI', group: 'Anggota DPRD Provinsi', spellings: ['ANGGOTA DPRD PROV'] },
  { code: 63, name: 'ANGGOTA DPRD KABUPATEN/KOTA', group: 'Anggota DPRD Kabupaten/Kota', spellings: ['ANGGOTA DPRD KABUPATEN', 'ANGGOTA DPRD KOTA', 'ANGGOTA DPRD KAB', 'ANGGOTA DPRD'] },
  { code: 64, name: 'DOSEN', group: 'Dosen' },
  { code: 65, name: 'GURU', group: 'Guru' },
  { code: 66, name: 'PILOT', group: 'Pilot' },
  { code: 67, name: 'PENGACARA', group: 'Pengacara', spellings: ['ADVOKAT'] },
  { code: 68, name: 'NOTARIS', group: 'Notaris' },
  { code: 69, name: 'ARSITEK', group: 'Arsitek' },
  { code: 70, name: 'AKUNTAN', group: 'Akuntan' },
  { code: 71, name: 'KONSULTAN', group: 'Konsultan' },
  { code: 72, name: 'DOKTER', group: 'Dokter' },
  { code: 73, name: 'BIDAN', group: 'Bidan' },
  { code: 74, name: 'PERAWAT', group: 'Perawat' },
  { code: 75, name: 'APOTEKER', group: 'Apoteker' },
  { code: 76, name: 'PSIKIATER/PSIKOLOG', group: 'Psikiater/Psikolog', spellings: ['PSIKOLOG', 'PSIKIATER'] },
  { code: 77, name: 'PENYIAR TELEVISI', group: 'Penyiar Televisi' },
  { code: 78, name: 'PENYIAR RADIO', group: 'Penyiar Radio' },
  { code: 79, name: 'PELAUT', group: 'Pelaut' },
  { code: 80, name: 'PENELITI', group: 'Peneliti' },
  { code: 81, name: 'SOPIR', group: 'Sopir', spellings: ['SUPIR'] },
  { code: 82, name: 'PIALANG', group: 'Pialang' },
  { code: 83, name: 'PARANORMAL', group: 'Paranormal' },
  { code: 84, name: 'PEDAGANG', group: 'Pedagang', spellings: ['BERDAGANG'] },
  { code: 85, name: 'PERANGKAT DESA', group: 'Perangkat Nagari/Desa', spellings: ['PERANGKAT NAGARI', 'PERANGKAT NAGARI/DESA', 'WALI JORONG', 'KEPALA JORONG', 'KEPALA DUSUN'] },
  { code: 86, name: 'KEPALA DESA', group: 'Kepala Desa/Wali Nagari', spellings: ['WALI NAGARI', 'KEPALA DESA/WALI NAGARI', 'LURAH'] },
  { code: 87, name: 'BIARAWATI', group: 'Biarawati' },
  { code: 88, name: 'WIRASWASTA', group: 'Wiraswasta', spellings: ['WIRAUSAHA', 'USAHA SENDIRI'] },
  { code: 89, name: 'LAINNYA', group: 'Lainnya', spellings: ['LAIN LAIN', 'LAIN-LAIN'] },
];

/** "Petani / Pekebun", "KEPOLISIAN RI (POLRI)", "ibu  rumah tangga" -> one key: lower case, words only. */
export const occupationKey = wordKey;

const BY_CODE = new Map(KTP_OCCUPATIONS.map((o) => [o.code, o]));
/**
 * Every name, former name, spelling and group, by key. The printed names go first so a spelling can
 * never take a printed name from its code; two codes sharing a group ("Pedagang": 8 and 84) keep the
 * code whose printed name or spelling it is.
 */
const BY_KEY = (() => {
  const map = new Map<string, KtpOccupation>();
  const add = (text: string, entry: KtpOccupation) => {
    const key = occupationKey(text);
    if (!map.has(key)) map.set(key, entry);
  };
  for (const o of KTP_OCCUPATIONS) add(o.name, o);
  for (const o of KTP_OCCUPATIONS) for (const s of [...(o.formerNames ?? []), ...(o.spellings ?? [])]) add(s, o);
  for (const o of KTP_OCCUPATIONS) add(o.group, o);
  return map;
})();

export function ktpOccupationByCode(code: number): KtpOccupation | null {
  return BY_CODE.get(code) ?? null;
}

/** The KTP occupation a text names ("Petani / Pekebun", "Belum/Tidak Bekerja", "PNS"), or null. */
export function ktpOccupationByName(text: string): KtpOccupation | null {
  return BY_KEY.get(occupationKey(text)) ?? null;
}

/** "9 PETANI/PEKEBUN": how a stored KTP occupation is shown. */
export function ktpOccupationLabel(code: number | null): string | null {
  const entry = code === null ? null : ktpOccupationByCode(code);
  return entry ? `${entry.code} ${entry.name}` : null;
}

/** The working occupations' printed names in the KTP's order, for a template's drop-down. */
export function ktpWorkingOccupationNames(): string[] {
  return KTP_OCCUPATIONS.filter((o) => !o.notWorking).map((o) => o.name);
}
