import { describe, expect, it } from 'vitest';
import { parseDateInput, parseMonthInput } from '../../shared/domain/dates';

describe('dates typed into Cakap the way an Indonesian office writes them', () => {
  it('reads a date with the month in words, in full or abbreviated, day first', () => {
    expect(parseDateInput('3 Desember 2026')).toBe('2026-12-03');
    expect(parseDateInput('3 Des 2026')).toBe('2026-12-03');
    expect(parseDateInput('17 agustus 2026')).toBe('2026-08-17');
    expect(parseDateInput(' 1  Nopember 2025 ')).toBe('2025-11-01');
    expect(parseDateInput('28-Feb-2026')).toBe('2026-02-28');
  });

  it('reads numbers day first with a dash, slash or dot, and the ISO form', () => {
    expect(parseDateInput('03-12-2026')).toBe('2026-12-03');
    expect(parseDateInput('3/12/2026')).toBe('2026-12-03');
    expect(parseDateInput('03.12.2026')).toBe('2026-12-03');
    expect(parseDateInput('2026-12-03')).toBe('2026-12-03');
  });

  it('refuses what is not a real date instead of guessing', () => {
    expect(parseDateInput('12/31/2026')).toBeNull(); // month first: there is no 31st month
    expect(parseDateInput('31-04-2026')).toBeNull();
    expect(parseDateInput('29 Februari 2025')).toBeNull();
    expect(parseDateInput('29 Februari 2024')).toBe('2024-02-29');
    expect(parseDateInput('3 Dec 2026')).toBeNull(); // English month names are not Indonesian ones
    expect(parseDateInput('besok')).toBeNull();
    expect(parseDateInput('')).toBeNull();
  });

  it('reads a month in words, as month-year or as year-month', () => {
    expect(parseMonthInput('Desember 2026')).toBe('2026-12');
    expect(parseMonthInput('Des 2026')).toBe('2026-12');
    expect(parseMonthInput('12-2026')).toBe('2026-12');
    expect(parseMonthInput('1/2026')).toBe('2026-01');
    expect(parseMonthInput('2026-01')).toBe('2026-01');
    expect(parseMonthInput('13-2026')).toBeNull();
    expect(parseMonthInput('Desember')).toBeNull();
  });
});
