import { KTP_OCCUPATIONS, KTP_OCCUPATION_SOURCE } from '../../../../shared/domain/ktpOccupations';

/**
 * Who is not a worker, as data with its source beside each rule. A population list from a village
 * registry (OpenSID, SIAK) holds everyone: children, pupils, housewives, the retired, the dead. They
 * are never stored or counted as workers: each is passed over with its reason, counted per reason,
 * and listed on the rejection file's "Bukan pekerja" sheet so the sender can check them.
 */
export const NOT_A_WORKER_RULES = {
  workingAge: {
    /** Younger than this at the list's date: not of working age. */
    years: 15,
    regulation: {
      name: 'Badan Pusat Statistik, konsep ketenagakerjaan Sakernas (konsep ILO)',
      article: 'Penduduk usia kerja adalah penduduk berumur 15 tahun dan lebih',
      date: 'konsep tetap BPS',
      note: 'UU Nomor 13 Tahun 2003 Pasal 68: pengusaha dilarang mempekerjakan anak (Pasal 1 angka 26: di bawah 18 tahun), kecuali pekerjaan ringan umur 13–15 tahun (Pasal 69). Umur dihitung pada tanggal daftar (judul atau nama sheet), atau tanggal impor.',
    },
  },
  nonWorkingStatus: {
    /** KTP occupations that are a status, not work. */
    codes: KTP_OCCUPATIONS.filter((o) => o.notWorking).map((o) => o.code),
    regulation: {
      ...KTP_OCCUPATION_SOURCE,
      article: 'Jenis pekerjaan 1 BELUM/TIDAK BEKERJA, 2 MENGURUS RUMAH TANGGA, 3 PELAJAR/MAHASISWA, 4 PENSIUNAN: status, bukan pekerjaan',
      note: 'BPS tidak menghitung penduduk yang bersekolah, mengurus rumah tangga atau tidak bekerja sebagai penduduk bekerja.',
    },
  },
  dead: {
    regulation: {
      name: 'Status dasar penduduk di data desa dan Dukcapil (bukan aturan peraturan: orang yang sudah meninggal bukan pekerja)',
      article: 'OpenSID status_dasar 2 = MATI; ekspor SIAK kolom Status "MATI"',
      date: '',
      note: 'OpenSID StatusDasarEnum: 1 Hidup, 2 Mati, 3 Pindah, 4 Hilang, 6 Pergi, 9 Tidak Valid (donjo-app Impor_model.php dan Siak_model.php). Penduduk pindah atau hilang tetap dibaca sebagai pekerja.',
    },
  },
} as const;

export type NotWorkerReason = 'dead' | 'underAge' | 'nonWorkingStatus';
