import { ktpOccupationByCode } from '../../shared/domain/ktpOccupations';
import { writeXlsx } from './spreadsheets';
import { nik } from './workerLists';

/**
 * Population lists as the village registries export them, built by the tests: OpenSID's population
 * export (its own column names, codes or names in coded cells) and SIAK's layout ("Nomor KK" in A1,
 * "Petugas Registrasi" in AH1, names in mixed case, "MATI" in the status column), for one nagari with
 * no nagari or kecamatan column. The people are a village's: working adults, housewives, the retired,
 * students, children and one who died.
 */
export interface RegistryPerson {
  nik: string;
  name: string;
  sex: 'L' | 'P';
  birth: string;
  /** KTP occupation code 1–89. */
  occupation: number;
  dead?: boolean;
  dusun: string;
}

const person = (name: string, sex: 'L' | 'P', birth: string, occupation: number, seq: number, extra: Partial<RegistryPerson> = {}, district = '01'): RegistryPerson => {
  const [year, month, day] = birth.split('-').map(Number) as [number, number, number];
  return { nik: nik({ district, day, month, year, female: sex === 'P', seq }), name, sex, birth, occupation, dusun: 'Koto Tuo', ...extra };
};

/** Thirteen residents of one nagari of Kecamatan Sangir (NIK region 13.11.01). */
export const VILLAGE_PEOPLE: readonly RegistryPerson[] = [
  person('Siti Aminah', 'P', '1980-05-12', 9, 3),
  person('Budi Santoso', 'L', '1975-11-03', 20, 17),
  person('Rina Marlina', 'P', '1985-02-20', 2, 21),
  person('Andi Rahman', 'L', '1990-01-21', 84, 4, { dusun: 'Pasar' }),
  person('Zulkifli', 'L', '1950-07-01', 4, 5),
  person('Dewi Sartika', 'P', '2004-08-15', 3, 6),
  person('Fajar Ramadhan', 'L', '2016-03-02', 3, 7),
  person('Nadia Putri', 'P', '2021-06-10', 1, 8),
  person('Hasan Basri', 'L', '1940-01-01', 9, 9, { dead: true }),
  person('Yusuf Effendi', 'L', '1982-04-04', 5, 10, { dusun: 'Pasar' }),
  person('Rahmat Hidayat', 'L', '1988-09-09', 6, 11),
  person('Lina Marlina', 'P', '1995-12-12', 88, 12),
  person('Joko Susilo', 'L', '1992-05-05', 1, 13),
];

/** What the tests expect of VILLAGE_PEOPLE. */
export const VILLAGE_EXPECTED = {
  workers: ['Siti Aminah', 'Budi Santoso', 'Andi Rahman', 'Yusuf Effendi', 'Rahmat Hidayat', 'Lina Marlina'],
  notWorkers: { nonWorkingStatus: 4, underAge: 2, dead: 1 },
} as const;

/** Impor_model.php's 41 column names, in its order (the import template and the export use them). */
export const OPENSID_COLUMNS = [
  'alamat', 'dusun', 'rw', 'rt', 'nama', 'no_kk', 'nik', 'sex', 'tempatlahir', 'tanggallahir', 'agama_id', 'pendidikan_kk_id',
  'pendidikan_sedang_id', 'pekerjaan_id', 'status_kawin', 'kk_level', 'warganegara_id', 'ayah_nik', 'nama_ayah', 'ibu_nik', 'nama_ibu',
  'golongan_darah_id', 'akta_lahir', 'dokumen_pasport', 'tanggal_akhir_paspor', 'dokumen_kitas', 'akta_perkawinan', 'tanggalperkawinan',
  'akta_perceraian', 'tanggalperceraian', 'cacat_id', 'cara_kb_id', 'hamil', 'ktp_el', 'status_rekam', 'alamat_sekarang', 'status_dasar',
  'suku', 'tag_id_card', 'id_asuransi', 'no_asuransi',
];

/**
 * OpenSID's population export: codes (`form: 'code'`: pekerjaan_id 9, sex 1/2, status_dasar 1/2) or
 * the reference names OpenSID also accepts in coded cells (`'name'`: "PETANI/PEKEBUN", "LAKI-LAKI", "MATI").
 */
export async function writeOpenSidPopulation(file: string, people: readonly RegistryPerson[], form: 'code' | 'name'): Promise<string> {
  const rows = people.map((p) => {
    const value: Record<string, string | number> = {
      alamat: '-',
      dusun: p.dusun,
      rw: '001',
      rt: '002',
      nama: p.name.toUpperCase(),
      no_kk: `1311010101${p.nik.slice(-6)}`,
      nik: p.nik,
      sex: form === 'code' ? (p.sex === 'L' ? 1 : 2) : p.sex === 'L' ? 'LAKI-LAKI' : 'PEREMPUAN',
      tempatlahir: 'SOLOK SELATAN',
      tanggallahir: p.birth,
      agama_id: form === 'code' ? 1 : 'ISLAM',
      pendidikan_kk_id: 5,
      pekerjaan_id: form === 'code' ? p.occupation : ktpOccupationByCode(p.occupation)!.name,
      status_kawin: 2,
      kk_level: 1,
      warganegara_id: 1,
      nama_ayah: 'AYAH',
      nama_ibu: 'IBU',
      ktp_el: 2,
      status_dasar: form === 'code' ? (p.dead ? 2 : 1) : p.dead ? 'MATI' : 'HIDUP',
    };
    return OPENSID_COLUMNS.map((c) => value[c] ?? null);
  });
  return writeXlsx(file, [{ name: 'penduduk', rows: [OPENSID_COLUMNS, ...rows] }]);
}

/** "Petani/Pekebun", "Kepolisian RI (POLRI)": a KTP name in the mixed case SIAK exports write. */
export function mixedCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s/(])([a-z])/g, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * SIAK's layout as Siak_model.php reads it: the 34 header cells from "Nomor KK" (A) to "Petugas
 * Registrasi" (AH), one row per person with NIK in B, name in C, status in D, birth place and date
 * (dd/mm/yyyy) in E–F, sex in G, address ("DSN …") in Q, RW and RT in R–S, occupation name in U.
 * The header labels between A and AH are this test's, not SIAK's (only A1 and AH1 are known).
 */
export async function writeSiakExport(file: string, people: readonly RegistryPerson[]): Promise<string> {
  const header = Array.from({ length: 37 }, (_, i) => `Kolom ${i + 1}`);
  Object.assign(header, {
    0: 'Nomor KK', 1: 'NIK', 2: 'Nama Lengkap', 3: 'Status', 4: 'Tempat Lahir', 5: 'Tanggal Lahir', 6: 'Jenis Kelamin', 16: 'Alamat',
    17: 'RW', 18: 'RT', 19: 'Pendidikan', 20: 'Pekerjaan', 33: 'Petugas Registrasi', 36: 'Tgl Entri',
  });
  const rows = people.map((p) => {
    const cells: (string | null)[] = Array.from({ length: 37 }, () => null);
    const [year, month, day] = p.birth.split('-');
    Object.assign(cells, {
      0: `1311010101${p.nik.slice(-6)}`,
      1: p.nik,
      2: p.name.toUpperCase(),
      3: p.dead ? 'MATI' : 'HIDUP',
      4: 'SOLOK SELATAN',
      5: `${day}/${month}/${year}`,
      6: p.sex === 'L' ? 'LAKI-LAKI' : 'PEREMPUAN',
      16: `DSN ${p.dusun.toUpperCase()}`,
      17: '001',
      18: '002',
      19: 'SLTA / Sederajat',
      20: mixedCase(ktpOccupationByCode(p.occupation)!.name),
      33: 'OPERATOR DUKCAPIL',
      36: '01/02/2024',
    });
    return cells;
  });
  return writeXlsx(file, [{ name: 'Sheet1', rows: [header, ...rows] }]);
}

/** OpenSID's program export: the Program sheet (label, value) and the Peserta sheet with its card numbers. */
export async function writeOpenSidProgram(file: string, programName: string, people: readonly RegistryPerson[]): Promise<string> {
  return writeXlsx(file, [
    {
      name: 'Program',
      rows: [
        ['id', 7],
        ['Nama Program', programName],
        ['Sasaran Program', 1],
        ['Keterangan', 'Iuran BPJS Ketenagakerjaan pekerja rentan nagari'],
        ['Asal Dana', 'APB Nagari'],
        ['Rentang Waktu (Awal)', '2026-01-01'],
        ['Rentang Waktu (Akhir)', '2026-12-31'],
      ],
    },
    {
      name: 'Peserta',
      rows: [
        ['Peserta', 'No. Peserta', 'NIK', 'Nama', 'Tempat Lahir', 'Tanggal Lahir', 'Alamat'],
        // The program's own card numbers: one looks like a KPJ (9 digits), the others do not (7 digits).
        ...people.map((p, i) => [p.nik, i === 0 ? '880000001' : String(2026001 + i), p.nik, p.name.toUpperCase(), 'SOLOK SELATAN', p.birth, `DUSUN ${p.dusun.toUpperCase()}`]),
      ],
    },
  ]);
}
