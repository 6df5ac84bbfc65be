import { birthDateFromNik } from '../../../../shared/domain/age';
import { formatDate } from '../../../../shared/domain/format';
import type { KtpOccupation } from '../../../../shared/domain/ktpOccupations';
import type { Cell } from '../../platform/spreadsheet/read';
import { cellText } from '../../platform/lists/values';
import { NOT_A_WORKER_RULES, type NotWorkerReason } from './rules';

/**
 * Telling the persons of a population list who are not workers (rules.ts): the dead, those under
 * the working age at the list's date, and those whose KTP occupation is a status, not work.
 */

const DEAD = new Set(['mati', 'meninggal', 'meninggal dunia', 'wafat', 'almarhum', 'almarhumah', 'alm', 'almh', 'md', 'sudah meninggal']);

/**
 * Whether a status cell says the person died: "MATI", "Meninggal Dunia", or (`codes`: OpenSID's
 * status_dasar) the number 2. Anything else (HIDUP, PINDAH, HILANG, empty) is not death.
 */
export function isRecordedDead(cell: Cell | undefined, codes: boolean): boolean {
  const text = cellText(cell).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  if (!text) return false;
  if (codes && /^\d+$/.test(text)) return Number(text) === 2;
  return DEAD.has(text);
}

export interface NotWorker {
  reason: NotWorkerReason;
  /** Why, in a sentence for the sender. */
  detail: string;
  /** The KTP occupation's name, for a non-working status. */
  status?: string;
}

/**
 * The reason a person is not a worker, or null: dead first, then under age, then a non-working KTP
 * occupation (a child at school counts once, as under age). The age is from the birth date, or else
 * from the NIK (in the century that makes sense for a registry list, which holds children too).
 */
export function notWorkerReason(
  person: { nik: string | null; birthDate: string | null | undefined; ktp: KtpOccupation | null; dead: boolean; statusText: string },
  listDate: Date,
): NotWorker | null {
  if (person.dead) return { reason: 'dead', detail: `Tercatat meninggal (status "${person.statusText}").` };
  // Ages compare as text ("2011-07-01" against "2026-06-30"): this runs for every row of a list.
  const at = isoDate(listDate);
  const born = person.birthDate ?? (person.nik ? isoOrNull(birthDateFromNik(person.nik, listDate, 0)) : null);
  if (born && born <= at) {
    const age = Number(at.slice(0, 4)) - Number(born.slice(0, 4)) - (at.slice(5) < born.slice(5) ? 1 : 0);
    const { years } = NOT_A_WORKER_RULES.workingAge;
    if (age < years) {
      const from = person.birthDate ? '' : ' menurut NIK';
      return {
        reason: 'underAge',
        detail: `Umur ${age} tahun pada ${formatDate(at)} (lahir ${formatDate(born)}${from}); usia kerja ${years} tahun ke atas.`,
      };
    }
  }
  if (person.ktp && (NOT_A_WORKER_RULES.nonWorkingStatus.codes as readonly number[]).includes(person.ktp.code)) {
    return { reason: 'nonWorkingStatus', detail: `Pekerjaan di KTP: ${person.ktp.name} (bukan pekerjaan).`, status: person.ktp.name };
  }
  return null;
}

let lastDate: { date: Date; iso: string } | null = null;
/** The list's date as text, worked out once per list (every row asks). */
function isoDate(date: Date): string {
  if (lastDate?.date !== date) lastDate = { date, iso: date.toISOString().slice(0, 10) };
  return lastDate.iso;
}

function isoOrNull(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
