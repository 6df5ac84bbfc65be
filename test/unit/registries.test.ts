import { describe, expect, it } from 'vitest';
import { composeAddress, detectSiak, isOpenSidPopulationHeader, readOpenSidProgramSheet } from '../../electron/core/features/import/registries';

describe('exports of the village registries, recognised by what OpenSID itself checks', () => {
  it('SIAK: "Nomor KK" in A1 and "Petugas Registrasi" in AH1, in any case; one cell elsewhere is not SIAK', () => {
    const header = Array.from({ length: 36 }, (_, i) => `Kolom ${i + 1}`);
    header[0] = 'NOMOR KK';
    header[33] = 'petugas registrasi';
    expect(detectSiak([header])?.columns.filter((c) => c.field !== 'ignore').map((c) => `${c.index}:${c.field}`)).toEqual([
      '1:nik', '2:name', '3:lifeStatus', '4:birthPlace', '5:birthDate', '6:sex', '16:address', '20:occupation',
    ]);
    header[33] = 'Operator';
    header[34] = 'Petugas Registrasi';
    expect(detectSiak([header])).toBeNull();
  });

  it("OpenSID: four or more of its own column names; a hand list's NIK and Nama are not enough", () => {
    expect(isOpenSidPopulationHeader(['nik', 'nama', 'no_kk', 'tanggallahir', 'pekerjaan_id', 'status_dasar'])).toBe(true);
    expect(isOpenSidPopulationHeader(['NIK', 'Nama', 'Tanggal Lahir', 'Pekerjaan', 'Nagari'])).toBe(false);
  });

  it("OpenSID's Program sheet: labels in A, values in B, dates as Y-m-d, the target by its number; \"###\" ends it", () => {
    const rows = [
      ['id', 3],
      ['Nama Program', 'BLT Dana Desa'],
      ['Sasaran Program', 2],
      ['Asal Dana', 'Dana Desa'],
      ['Rentang Waktu (Awal)', '2026-02-01'],
      ['###', null],
      ['Rentang Waktu (Akhir)', '2026-11-30'],
    ];
    expect(readOpenSidProgramSheet('Program', rows)).toEqual({ name: 'BLT Dana Desa', target: 'Keluarga/KK', description: null, fundingSource: 'Dana Desa', from: '2026-02-01', to: null });
    expect(readOpenSidProgramSheet('Rekap', rows)).toBeNull();
    expect(readOpenSidProgramSheet('Program', [['Keterangan', 'tanpa nama']])).toBeNull();
  });

  it('an address from its parts: "-" and blanks say nothing, a dusun already in the street is not repeated', () => {
    const parts = { street: 0, hamlet: 1, rt: 2, rw: 3 };
    expect(composeAddress(['-', 'Koto Tuo', '002', '001'], parts)).toBe('Dusun Koto Tuo, RT 002/RW 001');
    expect(composeAddress(['Jl. Pasar 3', '-', '', ''], parts)).toBe('Jl. Pasar 3');
    expect(composeAddress(['DSN KOTO TUO', 'Koto Tuo', null, '001'], parts)).toBe('DSN KOTO TUO, RW 001');
    expect(composeAddress(['-', '-', '', ''], parts)).toBeNull();
  });
});
