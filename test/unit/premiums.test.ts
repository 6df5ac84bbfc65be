import { describe, expect, it } from 'vitest';
import { BillChecker } from '../../electron/core/features/finance/checkBill';
import { referenceKey } from '../../shared/domain/finance';
import { formatDayName, formatNumberInWords } from '../../shared/domain/format';
import { bpuContribution, declaredIncome, DEFAULT_BPU_PREMIUM, expectedPremium, isTransportOccupation, type ProgramPremiumInput } from '../../shared/domain/premiums';
import { DEFAULT_PREMIUM } from '../../shared/domain/programs';

const csr = { premium: 16_800, source: 'csr' as const, benefits: ['JKK', 'JKM'] };

describe('BPU premiums as dated rules', () => {
  it('JKK is 1 % of the declared income, never below the lowest band, plus JKM Rp 6.800: Rp 16.800 by default', () => {
    expect(DEFAULT_BPU_PREMIUM).toBe(16_800);
    expect(DEFAULT_PREMIUM).toBe(16_800);
    expect(bpuContribution(0, '2026-05')).toEqual({ jkk: 10_000, jkm: 6_800, total: 16_800 });
    expect(bpuContribution(1_500_000, '2026-05')).toEqual({ jkk: 15_000, jkm: 6_800, total: 21_800 });
    expect(declaredIncome(16_800, '2026-05', ['JKK', 'JKM'])).toBe(1_000_000);
    expect(declaredIncome(20_000, '2026-05', ['JKK', 'JKM'])).toBe(1_320_000);
    expect(declaredIncome(36_800, '2026-05', ['JKK', 'JKM', 'JHT'])).toBe(1_000_000);
  });

  it('PP 50/2025 halves JKK + JKM for payers other than APBN/APBD: transport Jan 2026–Mar 2027, others Apr–Dec 2026', () => {
    expect(expectedPremium(csr, '2026-11', 'Petani')).toMatchObject({ amount: 8_400 });
    expect(expectedPremium(csr, '2026-03', 'Petani')).toMatchObject({ amount: 16_800, relief: null });
    expect(expectedPremium(csr, '2026-03', 'Tukang Ojek')).toMatchObject({ amount: 8_400 });
    expect(expectedPremium(csr, '2027-02', 'Sopir Angkot')).toMatchObject({ amount: 8_400 });
    expect(expectedPremium(csr, '2027-02', 'Pedagang')).toMatchObject({ amount: 16_800 });
    expect(expectedPremium(csr, '2027-04', 'Kurir')).toMatchObject({ amount: 16_800 });
    expect(expectedPremium({ ...csr, source: 'self' }, '2026-06', null).amount).toBe(8_400);
    // Paid through the APBD (the regency's, the province's, DBH Sawit): excluded.
    for (const source of ['apbd_kabupaten', 'apbd_provinsi', 'dbh_sawit'] as const) expect(expectedPremium({ ...csr, source }, '2026-11', 'Tukang Ojek').amount).toBe(16_800);
    // APB Nagari is not named in the sources: not applied.
    expect(expectedPremium({ ...csr, source: 'apb_nagari' }, '2026-11', 'Petani').amount).toBe(16_800);
    // A premium that also pays JHT cannot be split here: left as it is.
    expect(expectedPremium({ ...csr, premium: 36_800, benefits: ['JKK', 'JKM', 'JHT'] }, '2026-11', 'Petani').amount).toBe(36_800);
    expect(isTransportOccupation('Pengemudi Ojek Online')).toBe(true);
    expect(isTransportOccupation('Petani Sawit')).toBe(false);
  });
});

describe('one bill row, one reason', () => {
  const beneficiary = (nik: string, from = '2026-01', to = '2026-12', occupation = 'Petani') => [nik, { worker_id: Number(nik.slice(-2)), nik, name: nik, occupation, month_from: from, month_to: to }] as const;
  const checker = (program: ProgramPremiumInput = { ...csr, source: 'apbd_kabupaten' }) =>
    new BillChecker({
      program: { ...program, id: 1, name: 'A' },
      beneficiaries: new Map([beneficiary('1311010101800001'), beneficiary('1311010101800002', '2026-01', '2026-06'), beneficiary('1311010101800003'), beneficiary('1311010101800005'), beneficiary('1311010101800006', '2026-01', '2026-12', 'Tukang Ojek')]),
      deaths: new Map([['1311010101800003', '2026-09-14']]),
      employed: new Set(['1311010101800005', '1311010101800002']),
      memberListAsOf: '2026-11-30',
      billedElsewhere: (month) => new Map(month === '2026-11' ? [['1311010101800006', { program: 'B', batchId: 4, row: 7 }]] : []),
    });

  it('the first reason that holds, in the issue\'s order; a wrong amount withholds only its excess', () => {
    const c = checker();
    expect(c.check('1311019999990001', '2026-11', 16_800, 5, null)).toMatchObject({ reason: 'notEnrolled', exceptionAmount: 16_800 });
    expect(c.check(null, '2026-11', 16_800, 6, 'NIK dan KPJ kosong')).toMatchObject({ reason: 'notEnrolled', detail: 'NIK dan KPJ kosong' });
    // W2 ended in June and is a PU worker too: outside the enrolment comes first.
    expect(c.check('1311010101800002', '2026-11', 16_800, 7, null)).toMatchObject({ reason: 'outsideEnrolment', exceptionAmount: 16_800 });
    expect(c.check('1311010101800003', '2026-10', 16_800, 8, null)).toMatchObject({ reason: 'afterDeath' });
    expect(c.check('1311010101800003', '2026-09', 16_800, 9, null)).toMatchObject({ reason: null });
    expect(c.check('1311010101800001', '2026-11', 20_000, 10, null)).toMatchObject({ reason: 'wrongAmount', exceptionAmount: 3_200, expected: 16_800 });
    // The second row of a person counts, even when the first carried a wrong amount.
    expect(c.check('1311010101800001', '2026-11', 16_800, 11, null)).toMatchObject({ reason: 'doubleBilled', detail: 'sudah ditagih untuk November 2026 di baris 10' });
    expect(c.check('1311010101800006', '2026-11', 16_800, 12, null)).toMatchObject({ reason: 'doubleBilled' });
    expect(c.check('1311010101800006', '2026-10', 16_800, 13, null)).toMatchObject({ reason: null });
    expect(c.check('1311010101800005', '2026-11', 16_800, 14, null)).toMatchObject({ reason: 'employedElsewhere', exceptionAmount: 16_800 });
    // A PU worker's row is not paid, so a second row of theirs is still PU, not double.
    expect(c.check('1311010101800005', '2026-11', 16_800, 15, null)).toMatchObject({ reason: 'employedElsewhere' });
    // Billed less than the premium: flagged, nothing withheld.
    expect(c.check('1311010101800001', '2026-12', 10_000, 16, null)).toMatchObject({ reason: 'wrongAmount', exceptionAmount: 0 });
  });

  it('in a relief month a CSR program owes half the premium: the full premium is an excess', () => {
    const c = checker(csr);
    expect(c.check('1311010101800001', '2026-11', 16_800, 5, null)).toMatchObject({ reason: 'wrongAmount', expected: 8_400, exceptionAmount: 8_400, detail: 'ditagih Rp 16.800, seharusnya Rp 8.400 (keringanan 50 % iuran JKK dan JKM BPU (PP 50/2025))' });
    expect(c.check('1311010101800001', '2026-12', 8_400, 6, null)).toMatchObject({ reason: null });
  });
});

describe('the words of a minute and a payment', () => {
  it('spells the amount agreed and names the day', () => {
    expect(formatNumberInWords(67_200)).toBe('enam puluh tujuh ribu dua ratus');
    expect(formatNumberInWords(1_000)).toBe('seribu');
    expect(formatNumberInWords(1_100_000)).toBe('satu juta seratus ribu');
    expect(formatNumberInWords(42_000_000)).toBe('empat puluh dua juta');
    expect(formatNumberInWords(115)).toBe('seratus lima belas');
    expect(formatNumberInWords(2_011_000_019)).toBe('dua miliar sebelas juta sembilan belas');
    expect(formatNumberInWords(0)).toBe('nol');
    expect(formatDayName('2026-12-15')).toBe('Selasa');
    expect(formatDayName('2026-11-01')).toBe('Minggu');
  });

  it('one SP2D number however it is typed', () => {
    expect(referenceKey('SP2D No. 12/LS/2026')).toBe(referenceKey('sp2d no 12-ls-2026'));
    expect(referenceKey('SP2D 12/LS/2026')).not.toBe(referenceKey('SP2D 1/2LS/2026'));
  });
});
