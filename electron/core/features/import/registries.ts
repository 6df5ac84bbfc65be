import { cleanText } from '../../../../shared/domain/text';
import type { WorkerField } from '../../../../shared/domain/workerFields';
import { normalizeHeader } from '../../platform/lists/headers';
import { readDate } from '../../platform/lists/values';
import type { Cell } from '../../platform/spreadsheet/read';
import type { ColumnGuess, HeaderDetection } from './headers';

/**
 * Lists from the registries villages already keep, recognised as what they are:
 * - OpenSID's population export (Export_model.php, and its import template contoh_penduduk.xlsx): a
 *   header row of OpenSID's own column names (`nik`, `nama`, `pekerjaan_id`, `status_dasar`, ...),
 *   codes for occupation, sex and status;
 * - SIAK's population export (the layout OpenSID's Siak_model.php imports, format_siak.xls): "Nomor KK"
 *   in A1 and "Petugas Registrasi" in AH1 (Bip_model.php checks exactly these two cells), every
 *   other column read by its place, as Siak_model.php reads it;
 * - OpenSID's program export (Program_bantuan.php expor()): a `Program` sheet of label/value rows and a
 *   `Peserta` sheet whose "No. Peserta" is the program's own card number, never a BPJS KPJ.
 */
export type RegistrySource = 'opensid' | 'siak';

/** OpenSID's column names that no office list uses (Impor_model.php's 41 names, normalised). */
const OPENSID_NAMES = new Set([
  'no kk', 'tempatlahir', 'tanggallahir', 'agama id', 'pendidikan kk id', 'pendidikan sedang id', 'pekerjaan id', 'status kawin',
  'kk level', 'warganegara id', 'ayah nik', 'ibu nik', 'nama ayah', 'nama ibu', 'golongan darah id', 'status dasar', 'ktp el',
  'status rekam', 'alamat sekarang', 'cacat id', 'cara kb id', 'tag id card', 'id asuransi', 'no asuransi',
]);

/** A header row of OpenSID's population export or import template. */
export function isOpenSidPopulationHeader(headers: readonly string[]): boolean {
  return headers.filter((h) => OPENSID_NAMES.has(normalizeHeader(h))).length >= 4;
}

/** OpenSID's names for what Cakap keeps; every other OpenSID column (no_kk, agama_id, no_asuransi, ...) is left out. */
const OPENSID_FIELDS: Record<string, WorkerField> = {
  nik: 'nik',
  nama: 'name',
  sex: 'sex',
  tempatlahir: 'birthPlace',
  tanggallahir: 'birthDate',
  'pekerjaan id': 'occupation',
  'status dasar': 'lifeStatus',
  alamat: 'address',
};

/** OpenSID's columns mapped by their names, which are fixed, instead of guessed. */
export function mapOpenSidPopulation(columns: ColumnGuess[]): void {
  for (const column of columns) {
    const field = OPENSID_FIELDS[normalizeHeader(column.header)];
    Object.assign(column, field ? { field, confidence: 1, source: 'header' } : { field: 'ignore', confidence: 0, source: 'none' });
  }
}

/** Where a registry export keeps the parts of an address: the street (or "DSN …"), the dusun, RT and RW. */
export interface AddressParts {
  street: number | null;
  hamlet: number | null;
  rt: number | null;
  rw: number | null;
}

/** OpenSID: alamat, dusun, rt, rw by name; SIAK: alamat (Q), rw (R), rt (S) by place. */
export function addressPartsOf(source: RegistrySource | null, columns: readonly ColumnGuess[]): AddressParts | null {
  if (source === 'siak') return { street: 16, hamlet: null, rw: 17, rt: 18 };
  if (source !== 'opensid') return null;
  const at = (name: string) => columns.find((c) => normalizeHeader(c.header) === name)?.index ?? null;
  const parts = { street: at('alamat'), hamlet: at('dusun'), rt: at('rt'), rw: at('rw') };
  return parts.hamlet === null && parts.rt === null && parts.rw === null ? null : parts;
}

/** "Jl. Pasar 3, Dusun Koto Tuo, RT 002/RW 001": the parts that say something ("-" and blanks say nothing). */
export function composeAddress(cells: readonly Cell[], parts: AddressParts): string | null {
  const value = (index: number | null) => {
    const cell = index === null ? null : cells[index];
    const shown = cell === null || cell === undefined || cell instanceof Date ? '' : String(cell).replace(/\s+/g, ' ').trim();
    return shown === '-' ? '' : shown.replace(/^'+/, '');
  };
  const street = value(parts.street);
  const hamlet = value(parts.hamlet);
  const rt = value(parts.rt);
  const rw = value(parts.rw);
  const out = [street];
  if (hamlet && !street.toLowerCase().includes(hamlet.toLowerCase())) out.push(`Dusun ${hamlet}`);
  if (rt || rw) out.push([rt && `RT ${rt}`, rw && `RW ${rw}`].filter(Boolean).join('/'));
  const text = cleanText(out.filter(Boolean).join(', '));
  return text ? text.slice(0, 300) : null;
}

/**
 * SIAK's columns by place (1-based in Siak_model.php's KOLOM_IMPOR_SIAK: no_kk 1, nik 2, nama 3,
 * status_dasar 4, tempatlahir 5, tanggallahir 6, sex 7, alamat 17, pekerjaan_id 21), here 0-based.
 */
const SIAK_COLUMNS: Record<number, WorkerField> = { 1: 'nik', 2: 'name', 3: 'lifeStatus', 4: 'birthPlace', 5: 'birthDate', 6: 'sex', 16: 'address', 20: 'occupation' };
const SIAK_MARK_COLUMN = 33;

function text(cell: Cell | undefined): string {
  return cell === null || cell === undefined || cell instanceof Date ? '' : normalizeHeader(String(cell));
}

/** The SIAK header among the first rows ("Nomor KK" in A, "Petugas Registrasi" in AH), as a detection by place. */
export function detectSiak(rows: readonly Cell[][]): HeaderDetection | null {
  const index = rows.slice(0, 5).findIndex((r) => text(r[0]) === 'nomor kk' && text(r[SIAK_MARK_COLUMN]) === 'petugas registrasi');
  if (index < 0) return null;
  const header = rows[index]!;
  const columns: ColumnGuess[] = header.map((cell, i) => {
    const field = SIAK_COLUMNS[i];
    const shown = cell === null || cell === undefined ? '' : String(cell).replace(/\s+/g, ' ').trim();
    return { index: i, header: shown, field: field ?? 'ignore', confidence: field ? 1 : 0, source: field ? 'header' : 'none' };
  });
  return { headerIndex: index, subHeaderIndex: null, columns };
}

/** OpenSID's program export's beneficiary sheet: "Peserta", "No. Peserta", "NIK", "Nama", ... */
export function isOpenSidBeneficiaryHeader(headers: readonly string[]): boolean {
  const names = new Set(headers.map(normalizeHeader));
  return names.has('peserta') && names.has('no peserta') && names.has('nik') && names.has('nama');
}

/**
 * In OpenSID's beneficiary sheet, "Peserta" (the NIK, No. KK or group code by the program's target)
 * and "No. Peserta" (the program's card number) are not the worker's; the latter is never a KPJ.
 */
export function ignoreProgramCardColumns(columns: ColumnGuess[]): void {
  for (const column of columns) {
    const name = normalizeHeader(column.header);
    if (name === 'no peserta' || name === 'peserta') Object.assign(column, { field: 'ignore', confidence: 1, source: 'header' });
  }
}

export interface RegistryProgram {
  name: string;
  target: string | null;
  description: string | null;
  fundingSource: string | null;
  from: string | null;
  to: string | null;
}

const PROGRAM_LABELS: Record<string, keyof RegistryProgram | 'id'> = {
  id: 'id',
  'nama program': 'name',
  'sasaran program': 'target',
  keterangan: 'description',
  'asal dana': 'fundingSource',
  'rentang waktu awal': 'from',
  'rentang waktu akhir': 'to',
};

/** OpenSID's SasaranEnum, for the program's target when the export writes its number. */
const TARGETS: Record<string, string> = { '1': 'Penduduk', '2': 'Keluarga/KK', '3': 'Rumah Tangga', '4': 'Kelompok' };

/** The `Program` sheet of OpenSID's program export (label in A, value in B; "###" ends it), or null. */
export function readOpenSidProgramSheet(sheetName: string, rows: readonly Cell[][]): RegistryProgram | null {
  if (normalizeHeader(sheetName) !== 'program') return null;
  const found: Partial<Record<keyof RegistryProgram | 'id', string>> = {};
  for (const row of rows) {
    if (typeof row[0] === 'string' && row[0].trim() === '###') break;
    const label = text(row[0]);
    if (label === '') continue;
    const key = PROGRAM_LABELS[label];
    if (!key) continue;
    const value = row[1];
    if (value === null || value === undefined || value === '') continue;
    found[key] = key === 'from' || key === 'to' ? isoOrText(value) : cleanText(String(value)).replace(/\s+/g, ' ').trim();
  }
  if (!found.name) return null;
  return {
    name: found.name,
    target: found.target ? (TARGETS[found.target] ?? found.target) : null,
    description: found.description ?? null,
    fundingSource: found.fundingSource ?? null,
    from: found.from ?? null,
    to: found.to ?? null,
  };
}

function isoOrText(value: Cell): string {
  const date = readDate(value, new Date(), 'event');
  return date.ok && date.value ? date.value : String(value).trim();
}

/** OpenSID's import template carries a code sheet; it is not a list. */
export function isRegistryCodeSheet(name: string): boolean {
  return normalizeHeader(name) === 'kode data';
}
