/**
 * The NIP (Nomor Induk Pegawai) of a civil servant: 18 digits = birth date YYYYMMDD, appointment
 * YYYYMM, sex (1 man, 2 woman), sequence of 3. Letters print it grouped: "19750312 200003 1 004".
 */

/** Spaces and dots people type between the groups are dropped: "19750312 200003 1 004" -> 18 digits. */
export function normalizeNip(text: string): string {
  return text.replace(/[\s.]+/g, '');
}

export function isValidNip(nip: string): boolean {
  return /^\d{18}$/.test(nip);
}

/** "197503122000031004" -> "19750312 200003 1 004"; anything else is returned as it is. */
export function formatNip(nip: string): string {
  if (!isValidNip(nip)) return nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}
