import { parseNik } from './nik';

/** Whole years from a birth date to a date (UTC calendar days). */
export function ageOn(birth: Date, at: Date): number {
  let age = at.getUTCFullYear() - birth.getUTCFullYear();
  const before = at.getUTCMonth() < birth.getUTCMonth() || (at.getUTCMonth() === birth.getUTCMonth() && at.getUTCDate() < birth.getUTCDate());
  if (before) age--;
  return age;
}

/**
 * The birth date a NIK holds (DDMMYY), in the century that makes the person at least `minimumAge`
 * years old at `today`: 10 for a worker already in Cakap, 0 for a registry list that holds children.
 */
export function birthDateFromNik(nik: string, today: Date, minimumAge: number): Date | null {
  const parts = parseNik(nik);
  if (!parts || !parts.dateValid) return null;
  const century = 2000 + parts.yearTwoDigits <= today.getUTCFullYear() - minimumAge ? 2000 : 1900;
  return new Date(Date.UTC(century + parts.yearTwoDigits, parts.month - 1, parts.day));
}
