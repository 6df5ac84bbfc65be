import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonth, formatNumber, formatPercent, formatPoints, formatRupiah } from '../../shared/domain/format';
import { parseDecimal, parseWholeNumber } from '../../shared/domain/numbers';

describe('figures read the way an Indonesian office writes them', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(91234)).toBe('91.234');
    expect(formatNumber(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('writes money as "Rp 16.800" with a plain space', () => {
    expect(formatRupiah(16800)).toBe('Rp 16.800');
    expect(formatRupiah(1_512_000_000)).toBe('Rp 1.512.000.000');
    expect(formatRupiah(-5000)).toBe('-Rp 5.000');
  });

  it('writes percentages as "19,22 %" and gaps in points', () => {
    expect(formatPercent(19.22)).toBe('19,22 %');
    expect(formatPercent(28.3)).toBe('28,30 %');
    expect(formatPercent(12.345, 1)).toBe('12,3 %');
    expect(formatPoints(9.08)).toBe('9,08 poin');
  });

  it('writes dates with Indonesian month names', () => {
    expect(formatDate('2026-11-24')).toBe('24 November 2026');
    expect(formatDate('2025-05-01')).toBe('1 Mei 2025');
    expect(formatMonth('2025-08')).toBe('Agustus 2025');
    expect(formatDate('bukan tanggal')).toBe('–');
    expect(formatDateTime(new Date(2026, 10, 24, 9, 5))).toBe('24 November 2026 pukul 09.05');
  });
});

describe('numbers typed by hand are understood', () => {
  it('reads whole numbers with id-ID or en-US grouping', () => {
    expect(parseWholeNumber('19.512')).toBe(19512);
    expect(parseWholeNumber('19,512')).toBe(19512);
    expect(parseWholeNumber(' 1 234 567 ')).toBe(1234567);
    expect(parseWholeNumber('19.512,00')).toBe(19512);
    expect(parseWholeNumber(7450)).toBe(7450);
    expect(parseWholeNumber('')).toBeNull();
    expect(parseWholeNumber(null)).toBeNull();
  });

  it('refuses what is not a whole number', () => {
    expect(parseWholeNumber('12,5')).toBeNaN();
    expect(parseWholeNumber('1.2.3')).toBeNaN();
    expect(parseWholeNumber('seribu')).toBeNaN();
    expect(parseWholeNumber(12.5)).toBeNaN();
  });

  it('reads a target typed with a comma or a dot', () => {
    expect(parseDecimal('28,3')).toBe(28.3);
    expect(parseDecimal('28.3')).toBe(28.3);
    expect(parseDecimal('28,3%')).toBe(28.3);
    expect(parseDecimal('dua puluh')).toBeNaN();
  });
});
