import { ktpOccupationByCode, ktpOccupationByName, type KtpOccupation } from '../../../../shared/domain/ktpOccupations';
import type { Cell } from '../../platform/spreadsheet/read';
import { cellText, readOccupation } from '../../platform/lists/values';

/**
 * An occupation cell read through the KTP list: a Dukcapil code (OpenSID's `pekerjaan_id`: 88, "09")
 * or a name as printed or commonly spelled (SIAK's "Mengurus Rumah Tangga", "Petani / Pekebun",
 * "PNS") gives the KTP occupation and its Cakap group; any other text stays the worker's occupation
 * as typed (tidied to "Buruh Kebun Sawit"), with no KTP occupation.
 */
export interface OccupationReading {
  /** Cakap's occupation group (reports, filters, program rules). */
  group: string | null;
  /** The KTP occupation, when the cell names one. */
  ktp: KtpOccupation | null;
  /** A number that is no KTP code: said once per row, the occupation is left empty. */
  problem: { code: string; text: string } | null;
}

const NONE: OccupationReading = { group: null, ktp: null, problem: null };
/** A list has a few dozen spellings for 100.000 rows: each is read once. */
const cache = new Map<string, OccupationReading>();

export function readWorkerOccupation(cell: Cell | undefined): OccupationReading {
  const text = cellText(cell);
  if (!text) return NONE;
  const key = typeof cell === 'number' ? `#${text}` : text;
  let reading = cache.get(key);
  if (!reading) {
    if (cache.size > 10_000) cache.clear();
    reading = read(cell, text);
    cache.set(key, reading);
  }
  return reading;
}

function read(cell: Cell | undefined, text: string): OccupationReading {
  if (typeof cell === 'number' || /^\d{1,3}$/.test(text)) {
    const code = Number(text);
    if (code === 0) return NONE;
    const entry = Number.isInteger(code) ? ktpOccupationByCode(code) : null;
    if (!entry) {
      return {
        group: null,
        ktp: null,
        problem: { code: 'OCCUPATION_CODE_UNKNOWN', text: `Kode pekerjaan ${text} tidak ada di daftar pekerjaan KTP (1–89); pekerjaan tidak disimpan.` },
      };
    }
    return { group: entry.group, ktp: entry, problem: null };
  }
  const entry = ktpOccupationByName(text);
  if (entry) return { group: entry.group, ktp: entry, problem: null };
  return { group: readOccupation(cell), ktp: null, problem: null };
}
