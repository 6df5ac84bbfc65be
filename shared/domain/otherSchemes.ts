import { ktpOccupationByCode } from './ktpOccupations';

/**
 * Occupations (KTP codes) whose work-accident and death protection comes from another scheme, so a
 * program for vulnerable (BPU) workers does not pay for them. A default rule, each part with the
 * regulation it follows from; a program can switch it off (programs.exclude_other_schemes). No Perbup
 * or Pergub text naming these groups was found; the rule follows from the national schemes below,
 * as regional programs apply it (README "Lists from the village registries" lists the sources).
 */
export interface OtherScheme {
  codes: readonly number[];
  /** Who they are, in the words a refusal uses. */
  who: string;
  /** The scheme that protects them. */
  scheme: string;
  regulation: { name: string; article: string; date: string; note: string };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const OTHER_SCHEMES: readonly OtherScheme[] = [
  {
    codes: [5],
    who: 'ASN (PNS/PPPK)',
    scheme: 'JKK dan JKM ASN melalui PT Taspen',
    regulation: {
      name: 'PP Nomor 70 Tahun 2015 tentang Jaminan Kecelakaan Kerja dan Jaminan Kematian bagi Pegawai Aparatur Sipil Negara',
      article: 'PT Taspen (Persero) pengelola program JKK dan JKM pegawai ASN',
      date: '2015',
      note: 'Kode 5 KTP: PNS, dan sejak Permendagri 6/2026 juga PPPK (ASN).',
    },
  },
  {
    codes: [6, 7],
    who: 'TNI dan Polri',
    scheme: 'asuransi sosial prajurit TNI dan anggota Polri melalui PT ASABRI',
    regulation: {
      name: 'PP Nomor 102 Tahun 2015 tentang Asuransi Sosial Prajurit Tentara Nasional Indonesia, Anggota Kepolisian Negara Republik Indonesia, dan Pegawai Aparatur Sipil Negara di Lingkungan Kementerian Pertahanan dan Kepolisian Negara Republik Indonesia',
      article: 'Program JKK dan JKM prajurit TNI dan anggota Polri diselenggarakan PT ASABRI (Persero); Pasal 23 ayat (2): iuran JKK 0,41 % dari gaji',
      date: '2015',
      note: '',
    },
  },
  {
    codes: range(48, 63),
    who: 'pejabat negara dan anggota DPR, DPD dan DPRD',
    scheme: 'jaminan pejabat negara dan penyelenggara negara',
    regulation: {
      name: 'PP Nomor 44 Tahun 2015 tentang Penyelenggaraan Program JKK dan JKM sebagaimana diubah dengan PP Nomor 49 Tahun 2023; PP Nomor 70 Tahun 2015',
      article:
        'PP 44/2015 Pasal 5: peserta penerima upah yang bekerja pada penyelenggara negara terpisah dari peserta bukan penerima upah; PP 70/2015 menjadi dasar manfaat JKK dan JKM pejabat negara',
      date: '2015; 2023',
      note: 'Kode 48–63 KTP: anggota DPR-RI, DPD, BPK, Presiden dan Wakil, anggota MK dan kabinet, duta besar, kepala daerah dan wakilnya, anggota DPRD.',
    },
  },
];

const SCHEME_OF = new Map(OTHER_SCHEMES.flatMap((s) => s.codes.map((code) => [code, s] as const)));

/** The other scheme that protects a worker with this KTP occupation, or null. */
export function otherSchemeOf(ktpCode: number | null): OtherScheme | null {
  return ktpCode === null ? null : (SCHEME_OF.get(ktpCode) ?? null);
}

/** "ASN (PNS/PPPK), TNI dan Polri, pejabat negara …": the groups the default rule leaves out. */
export function otherSchemesSentence(): string {
  return OTHER_SCHEMES.map((s) => `${s.who} (${s.scheme}; ${s.regulation.name.split(' tentang ')[0]})`).join('; ');
}

/** The KTP names the rule covers, for a program's description. */
export function otherSchemeOccupations(): string[] {
  return OTHER_SCHEMES.flatMap((s) => s.codes.map((c) => ktpOccupationByCode(c)!.name));
}
