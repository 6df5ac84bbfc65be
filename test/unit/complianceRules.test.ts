import { describe, expect, it } from 'vitest';
import { addWorkingDays, jakonContribution, workingDaysBetween } from '../../shared/domain/compliance';
import { parseRupiah } from '../../shared/domain/numbers';
import { holidayCalendar } from '../../electron/core/features/compliance/holidays';
import { DEFAULT_RULES } from '../../electron/core/features/compliance/rules';
import { readScale, readPrograms, readEmployerStatus, readFunding, isConstruction } from '../../electron/core/features/compliance/values';
import { readDate } from '../../electron/core/platform/lists/values';
import { businessNameKey, nameTokens, normalizeContractNumber, normalizeNib, normalizeNpwp } from '../../electron/core/platform/matching/names';
import { bigrams, nameSimilarity } from '../../electron/core/platform/matching/similarity';
import { matchLists, pairKey, type MatchEntry } from '../../electron/core/platform/matching/twoLists';

const tiers = DEFAULT_RULES.jakon.tiers;

describe('the Jakon contribution an officer would compute by hand from a contract value', () => {
  it('charges each band of the value at its own rate: Rp 750 juta owes JKK 1.215.000 and JKM 160.000', () => {
    expect(jakonContribution(750_000_000, tiers)).toEqual({ jkk: 1_215_000, jkm: 160_000, total: 1_375_000 });
  });

  it('crosses four bands for Rp 1,25 miliar and all five for Rp 6 miliar', () => {
    expect(jakonContribution(1_250_000_000, tiers)).toEqual({ jkk: 1_815_000, jkm: 235_000, total: 2_050_000 });
    expect(jakonContribution(6_000_000_000, tiers)).toEqual({ jkk: 6_840_000, jkm: 710_000, total: 7_550_000 });
  });

  it('a small village work of Rp 50 juta stays in the first band', () => {
    expect(jakonContribution(50_000_000, tiers)).toEqual({ jkk: 105_000, jkm: 15_000, total: 120_000 });
    expect(jakonContribution(0, tiers).total).toBe(0);
  });
});

describe('14 working days after the contract, without weekends, national holidays and cuti bersama', () => {
  const calendar = holidayCalendar();

  it('a contract of Thursday 5 March 2026 must be registered by 1 April 2026: Nyepi and Lebaran 2026 do not count', () => {
    expect(addWorkingDays('2026-03-05', 14, calendar.isHoliday)).toBe('2026-04-01');
    expect(workingDaysBetween('2026-04-01', '2026-04-20', calendar.isHoliday)).toBe(12);
  });

  it('around Lebaran 2025 (31 March – 7 April) the deadline moves to 22 April', () => {
    expect(addWorkingDays('2025-03-21', 14, calendar.isHoliday)).toBe('2025-04-22');
  });

  it('the cuti bersama of 18 August 2025, added by the revised SKB, is not a working day', () => {
    expect(calendar.isHoliday('2025-08-18')).toBe(true);
    expect(addWorkingDays('2025-08-15', 1, calendar.isHoliday)).toBe('2025-08-19');
  });

  it('a year without a decree in Cakap counts weekends only, and says it does not know the year', () => {
    expect(calendar.knows(2030)).toBe(false);
    expect(addWorkingDays('2030-01-01', 14, calendar.isHoliday)).toBe('2030-01-21');
    expect(calendar.years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    for (const year of calendar.years) expect(year.source).toMatch(/SKB/);
  });
});

describe('money, dates, scales and programs as the lists write them', () => {
  it('reads Rupiah typed as text', () => {
    expect(parseRupiah('Rp 1.250.000.000,-')).toBe(1_250_000_000);
    expect(parseRupiah('Rp. 1.250.000.000,00')).toBe(1_250_000_000);
    expect(parseRupiah('1,25 M')).toBe(1_250_000_000);
    expect(parseRupiah('1,25 miliar')).toBe(1_250_000_000);
    expect(parseRupiah('2,1 M')).toBe(2_100_000_000);
    expect(parseRupiah('750 jt')).toBe(750_000_000);
    expect(parseRupiah('Rp 95 Juta')).toBe(95_000_000);
    expect(parseRupiah('IDR 1,250,000,000')).toBe(1_250_000_000);
    expect(parseRupiah(480_000_000)).toBe(480_000_000);
    expect(parseRupiah('-')).toBeNull();
    expect(parseRupiah('lima ratus juta')).toBeNaN();
    expect(parseRupiah('12,5')).toBeNaN();
  });

  it('reads contract dates in any common form, future ones included', () => {
    const today = new Date('2026-12-03T00:00:00Z');
    for (const text of ['05-03-2026', '5/3/2026', '5 Maret 2026', '05-Mar-26', 'Kamis, 5 Maret 2026', '2026-03-05', '05.03.2026', '05/03/2026 00:00']) {
      expect(readDate(text, today, 'event'), text).toEqual({ ok: true, value: '2026-03-05' });
    }
    expect(readDate(46086, today, 'event')).toEqual({ ok: true, value: '2026-03-05' });
    expect(readDate('2027-01-10', today, 'event')).toEqual({ ok: true, value: '2027-01-10' });
    expect(readDate('31-02-2026', today, 'event')).toMatchObject({ ok: false, code: 'DATE_INVALID' });
    // A birth date keeps its own rules: never in the future.
    expect(readDate('2027-01-10', today).ok).toBe(false);
  });

  it('reads the OSS business scale; "UMK" (micro or small) reads as micro, saying so', () => {
    expect(readScale('Usaha Menengah').scale).toBe('menengah');
    expect(readScale('MIKRO').scale).toBe('mikro');
    expect(readScale('Besar').scale).toBe('besar');
    expect(readScale('UMK')).toMatchObject({ scale: 'mikro' });
    expect(readScale('UMK').note).toMatch(/mikro atau kecil/);
    expect(readScale('Sedang').scale).toBeNull();
  });

  it('reads programs written every which way', () => {
    expect(readPrograms('JKK, JKM, JHT, JP')).toEqual(['JKK', 'JKM', 'JHT', 'JP']);
    expect(readPrograms('JKK+JKM')).toEqual(['JKK', 'JKM']);
    expect(readPrograms('JKK-JKM')).toEqual(['JKK', 'JKM']);
    expect(readPrograms('4 PROGRAM')).toEqual(['JKK', 'JKM', 'JHT', 'JP']);
    expect(readPrograms('Jaminan Kecelakaan Kerja dan Jaminan Kematian')).toEqual(['JKK', 'JKM']);
    expect(readPrograms('lengkap')).toBeNull();
  });

  it('reads statuses, funding and procurement types', () => {
    expect(readEmployerStatus('AKTIF - MENUNGGAK')).toEqual({ active: true, arrears: true });
    expect(readEmployerStatus('Non Aktif')).toEqual({ active: false, arrears: false });
    expect(readFunding('APB Nagari')).toBe('apb_nagari');
    expect(readFunding('Dana Desa (DD)')).toBe('apb_nagari');
    expect(readFunding('DAK Fisik')).toBe('apbd_kabupaten');
    expect(readFunding('APBD Provinsi Sumatera Barat')).toBe('apbd_provinsi');
    expect(readFunding('APBN')).toBe('apbn');
    expect(isConstruction('Pekerjaan Konstruksi')).toBe(true);
    expect(isConstruction('Jasa Konsultansi Konstruksi')).toBe(true);
    expect(isConstruction('Jasa Konsultansi Badan Usaha Non Konstruksi')).toBe(false);
    expect(isConstruction('Barang')).toBe(false);
  });
});

describe('business names and numbers as two offices write them', () => {
  it('removes legal forms in front or behind, with any punctuation', () => {
    const variants = ['PT Sawit Jaya Lestari', 'PT. Sawit Jaya Lestari', 'P.T. SAWIT JAYA LESTARI', 'P.T SAWIT  JAYA LESTARI', 'Sawit Jaya Lestari, PT', 'SAWIT JAYA LESTARI, PT.', 'PT Sawit Jaya Lestari Tbk', 'PT Sawit Jaya Lestari (Persero)'];
    for (const v of variants) expect(businessNameKey(v), v).toBe('sawit jaya lestari');
    expect(businessNameKey('CV. Karya Bersama')).toBe('karya bersama');
    expect(businessNameKey('Karya Bersama, CV')).toBe('karya bersama');
    expect(businessNameKey('U.D. Maju Jaya')).toBe('maju jaya');
    expect(businessNameKey('UD Maju Jaya')).toBe('maju jaya');
    expect(businessNameKey('Koperasi Unit Desa Sumber Rezeki')).toBe(businessNameKey('KUD Sumber Rezeki'));
    expect(businessNameKey('Toko Maju & Sejahtera')).toBe('toko maju dan sejahtera');
    expect(businessNameKey('Koperasi')).toBe('koperasi');
  });

  it('reads NIB, NPWP (15 or 16 digits) and contract numbers whatever their punctuation', () => {
    expect(normalizeNib('9120301234567')).toBe('9120301234567');
    expect(normalizeNib(9120301234567)).toBe('9120301234567');
    expect(normalizeNib('912030123456')).toBeNull();
    expect(normalizeNpwp('01.234.567.8-201.000')).toBe('0012345678201000');
    expect(normalizeNpwp('012345678201000')).toBe('0012345678201000');
    expect(normalizeNpwp('0012345678201000')).toBe('0012345678201000');
    expect(normalizeNpwp('12.345')).toBeNull();
    expect(normalizeContractNumber('027/SPK/PUPR-BM/2026')).toBe(normalizeContractNumber('27 / SPK / PUPR.BM / 2026'));
    expect(normalizeContractNumber('027/SPK/PUPR-BM/2026')).not.toBe(normalizeContractNumber('028/SPK/PUPR-BM/2026'));
  });

  it('finds names alike despite a typo, a shortened word or initials', () => {
    const entry = (name: string) => ({ tokens: nameTokens(businessNameKey(name)), grams: bigrams(businessNameKey(name)) });
    expect(nameSimilarity(entry('PT Sawit Jaya Lestari'), entry('PT SAWIT JAYA LESTRI'))).toBeGreaterThan(0.9);
    expect(nameSimilarity(entry('Rumah Makan Sederhana Minang'), entry('RM. Sederhana Minang (Rumah Makan)'))).toBeGreaterThan(0.8);
    expect(nameSimilarity(entry('Toko Maju'), entry('Bengkel Sinar Terang'))).toBeLessThan(0.3);
  });
});

describe('matching two lists', () => {
  const entry = (key: string, name: string, block: string | null, ids: Record<string, string | null> = {}): MatchEntry => {
    const n = businessNameKey(name);
    return { key, ids, name: n, tokens: nameTokens(n), block };
  };
  const similarity = (a: MatchEntry, b: MatchEntry, ga: ReadonlySet<string>, gb: ReadonlySet<string>) => nameSimilarity({ tokens: a.tokens, grams: ga }, { tokens: b.tokens, grams: gb });
  const none = new Set<string>();

  it('matches by number first, then by the same name in the same kecamatan; a similar name only goes to review', () => {
    const { links, reviews } = matchLists(
      [entry('a', 'PT Sawit Jaya', '01', { nib: '9120301234567' }), entry('b', 'CV Karya', '02'), entry('c', 'Sawit Jaya Lestari', '03'), entry('d', 'Toko Maju', '04')],
      [entry('x', 'SAWIT JAYA, PT', '09', { nib: '9120301234567' }), entry('y', 'KARYA, CV', '02'), entry('z', 'SAWIT JAYA LESTRI', '03'), entry('w', 'TOKO MAJU', '05')],
      { idTypes: ['nib'], similarity, reviewAt: 0.8, confirmed: none, rejected: none },
    );
    expect(links).toEqual([
      { left: 'a', right: 'x', method: 'nib', score: 1 },
      { left: 'b', right: 'y', method: 'name', score: 1 },
    ]);
    // Same name in another kecamatan: another business, neither linked nor proposed.
    expect(reviews.map((r) => [r.left, r.right])).toEqual([['c', 'z']]);
  });

  it('never links silently when two entries share the name or the number', () => {
    const { links, reviews } = matchLists(
      [entry('a', 'Warung Barokah', '01'), entry('b', 'Warung Barokah', '01')],
      [entry('x', 'WARUNG BAROKAH', '01')],
      { idTypes: ['nib'], similarity, reviewAt: 0.8, confirmed: none, rejected: none },
    );
    expect(links).toEqual([]);
    expect(reviews.map((r) => r.reason.kind)).toEqual(['ambiguous', 'ambiguous']);
  });

  it('keeps what a person decided: a confirmed pair is linked, a rejected one never proposed again', () => {
    const lefts = [entry('c', 'Sawit Jaya Lestari', '03'), entry('e', 'Rumah Makan Minang', '03')];
    const rights = [entry('z', 'SAWIT JAYA LESTRI', '03'), entry('v', 'RUMAH MAKAN MINANG JAYA', '03')];
    const { links, reviews } = matchLists(lefts, rights, { idTypes: [], similarity, reviewAt: 0.8, confirmed: new Set([pairKey('c', 'z')]), rejected: new Set([pairKey('e', 'v')]) });
    expect(links).toEqual([{ left: 'c', right: 'z', method: 'confirmed', score: 1 }]);
    expect(reviews).toEqual([]);
  });

  it('without blocks (construction packages), the same name and the same contractor and value are one project', () => {
    const pkg = (key: string, name: string) => entry(key, name, null);
    const { links, reviews } = matchLists([pkg('a', 'Rehabilitasi Jalan Lubuk Gadang Utara')], [pkg('x', 'REHABILITASI JALAN LUBUK GADANG UTARA')], {
      idTypes: ['contract'],
      similarity,
      reviewAt: 0.8,
      confirmed: none,
      rejected: none,
      requireBlock: false,
    });
    expect(links).toEqual([{ left: 'a', right: 'x', method: 'name', score: 1 }]);
    expect(reviews).toEqual([]);
  });

  it('compares only pairs that share a word: 3.000 businesses against 2.000 employers without comparing every pair', () => {
    const words = ['sawit', 'jaya', 'makmur', 'sentosa', 'abadi', 'karya', 'bersama', 'mandiri', 'lestari', 'sejahtera', 'maju', 'indah', 'permai', 'agung', 'sumber', 'rezeki', 'putra', 'minang', 'solok', 'selatan'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const name = (i: number) => `${words[Math.floor(random() * words.length)]} ${words[Math.floor(random() * words.length)]} ${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}x`;
    const lefts = Array.from({ length: 3000 }, (_, i) => entry(`l${i}`, name(i), String(i % 7)));
    const rights = Array.from({ length: 2000 }, (_, i) => entry(`r${i}`, i % 2 === 0 ? lefts[i]!.name : name(i + 5000), String(i % 7)));
    let calls = 0;
    const { links } = matchLists(lefts, rights, { idTypes: [], similarity: (...args) => (calls++, similarity(...args)), reviewAt: 0.8, confirmed: none, rejected: none });
    expect(links.length).toBe(1000);
    expect(calls).toBeLessThan((3000 * 2000) / 20);
  });
});
