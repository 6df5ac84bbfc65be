import { describe, expect, it } from 'vitest';
import { NOT_A_WORKER_RULES } from '../../electron/core/features/import/rules';
import { notWorkerReason, isRecordedDead } from '../../electron/core/features/import/notWorkers';
import { readWorkerOccupation } from '../../electron/core/features/import/occupations';
import { KTP_OCCUPATIONS, ktpOccupationByName, ktpOccupationByCode, occupationKey } from '../../shared/domain/ktpOccupations';
import { OTHER_SCHEMES, otherSchemeOf } from '../../shared/domain/otherSchemes';

describe('the 89 occupations printed on the KTP', () => {
  it('has every code from 1 to 89 once, with the names OpenSID prints (PekerjaanEnum.php)', () => {
    expect(KTP_OCCUPATIONS.map((o) => o.code)).toEqual(Array.from({ length: 89 }, (_, i) => i + 1));
    expect(Object.fromEntries([1, 2, 3, 4, 5, 9, 19, 20, 48, 63, 85, 88, 89].map((c) => [c, ktpOccupationByCode(c)!.name]))).toEqual({
      1: 'BELUM/TIDAK BEKERJA',
      2: 'MENGURUS RUMAH TANGGA',
      3: 'PELAJAR/MAHASISWA',
      4: 'PENSIUNAN',
      5: 'APARATUR SIPIL NEGARA (ASN)',
      9: 'PETANI/PEKEBUN',
      19: 'BURUH HARIAN LEPAS',
      20: 'BURUH TANI/PERKEBUNAN',
      48: 'ANGGOTA DPR-RI',
      63: 'ANGGOTA DPRD KABUPATEN/KOTA',
      85: 'PERANGKAT DESA',
      88: 'WIRASWASTA',
      89: 'LAINNYA',
    });
  });

  it('reads a name as SIAK, OpenSID and offices write it: case, spaced slashes, short forms, the name before 2026', () => {
    const code = (text: string) => ktpOccupationByName(text)?.code ?? null;
    expect(code('Petani / Pekebun')).toBe(9);
    expect(code('petani/pekebun')).toBe(9);
    expect(code('Mengurus Rumah Tangga')).toBe(2);
    expect(code('MENGATUR RUMAH TANGGA')).toBe(2);
    expect(code('IRT')).toBe(2);
    expect(code('Belum/Tidak Bekerja')).toBe(1);
    expect(code('PEGAWAI NEGERI SIPIL (PNS)')).toBe(5);
    expect(code('Aparatur Sipil Negara (ASN)')).toBe(5);
    expect(code('PNS')).toBe(5);
    expect(code('Kepolisian RI (POLRI)')).toBe(7);
    expect(code('KEPOLISIAN RI')).toBe(7);
    expect(code('TENTARA NASIONAL INDONESIA')).toBe(6);
    expect(code('Anggota DPR-RI')).toBe(48);
    expect(code('Wali Nagari')).toBe(86);
    expect(code('Petani Sawit')).toBeNull();
  });

  it('no spelling, former name or group points at two codes except on purpose ("Pedagang": 84, whose name it is)', () => {
    const owners = new Map<string, Set<number>>();
    for (const o of KTP_OCCUPATIONS) {
      for (const text of [o.name, o.group, ...(o.formerNames ?? []), ...(o.spellings ?? [])]) {
        const key = occupationKey(text);
        owners.set(key, (owners.get(key) ?? new Set()).add(o.code));
      }
    }
    const shared = [...owners].filter(([, codes]) => codes.size > 1).map(([key, codes]) => [key, [...codes]]);
    expect(shared).toEqual([['pedagang', [8, 84]]]);
    expect(ktpOccupationByName('Pedagang')!.code).toBe(84);
  });

  it('an occupation cell: a code (number or text), a KTP name, or free text kept as typed', () => {
    const read = (cell: string | number) => {
      const r = readWorkerOccupation(cell);
      return [r.group, r.ktp?.code ?? null, r.problem?.code ?? null];
    };
    expect(read(88)).toEqual(['Wiraswasta', 88, null]);
    expect(read('09')).toEqual(['Petani', 9, null]);
    expect(read('BURUH TANI/PERKEBUNAN')).toEqual(['Buruh Tani', 20, null]);
    expect(read('buruh  kebun sawit')).toEqual(['Buruh Kebun Sawit', null, null]);
    expect(read(0)).toEqual([null, null, null]);
    expect(read(90)).toEqual([null, null, 'OCCUPATION_CODE_UNKNOWN']);
  });
});

describe('who is not a worker', () => {
  const at = new Date('2026-06-30T00:00:00Z');
  const person = (birthDate: string | null, ktp: number | null, dead = false, nik: string | null = null) => ({
    nik,
    birthDate,
    ktp: ktp === null ? null : ktpOccupationByCode(ktp),
    dead,
    statusText: dead ? 'MATI' : '',
  });

  it('under 15 at the list\'s date, by the birth date or else by the NIK; 15 on the day is of working age', () => {
    expect(NOT_A_WORKER_RULES.workingAge.years).toBe(15);
    expect(notWorkerReason(person('2011-07-01', 19), at)?.reason).toBe('underAge');
    expect(notWorkerReason(person('2011-06-30', 19), at)).toBeNull();
    // NIK 1311010107140001: born 1 July 2014 (a registry list holds children: the recent century).
    expect(notWorkerReason(person(null, null, false, '1311010107140001'), at)).toMatchObject({ reason: 'underAge', detail: 'Umur 11 tahun pada 30 Juni 2026 (lahir 1 Juli 2014 menurut NIK); usia kerja 15 tahun ke atas.' });
  });

  it('the dead first, then age, then a non-working status; the regulation of each rule is beside it', () => {
    expect(notWorkerReason(person('2016-01-01', 3, true), at)?.reason).toBe('dead');
    expect(notWorkerReason(person('2016-01-01', 3), at)?.reason).toBe('underAge');
    expect(notWorkerReason(person('1990-01-01', 3), at)).toEqual({ reason: 'nonWorkingStatus', detail: 'Pekerjaan di KTP: PELAJAR/MAHASISWA (bukan pekerjaan).', status: 'PELAJAR/MAHASISWA' });
    expect(notWorkerReason(person('1990-01-01', 9), at)).toBeNull();
    expect(NOT_A_WORKER_RULES.nonWorkingStatus.codes).toEqual([1, 2, 3, 4]);
    expect(NOT_A_WORKER_RULES.workingAge.regulation.article).toBe('Penduduk usia kerja adalah penduduk berumur 15 tahun dan lebih');
  });

  it('"MATI", "Meninggal Dunia", and OpenSID\'s status_dasar 2 are death; 3 (moved) and HIDUP are not', () => {
    expect(isRecordedDead('MATI', false)).toBe(true);
    expect(isRecordedDead('Meninggal Dunia', false)).toBe(true);
    expect(isRecordedDead(2, true)).toBe(true);
    expect(isRecordedDead(2, false)).toBe(false);
    expect(isRecordedDead(3, true)).toBe(false);
    expect(isRecordedDead('HIDUP', true)).toBe(false);
  });
});

describe('occupations other schemes protect', () => {
  it('ASN (Taspen), TNI and Polri (ASABRI), officials and members of parliament (48–63), each with its regulation', () => {
    expect(OTHER_SCHEMES.map((s) => [s.codes, s.regulation.name.split(' tentang ')[0]])).toEqual([
      [[5], 'PP Nomor 70 Tahun 2015'],
      [[6, 7], 'PP Nomor 102 Tahun 2015'],
      [Array.from({ length: 16 }, (_, i) => 48 + i), 'PP Nomor 44 Tahun 2015'],
    ]);
    expect(otherSchemeOf(9)).toBeNull();
    expect(otherSchemeOf(null)).toBeNull();
    expect(otherSchemeOf(62)!.who).toBe('pejabat negara dan anggota DPR, DPD dan DPRD');
  });
});
