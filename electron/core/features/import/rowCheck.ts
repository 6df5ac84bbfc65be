import { parseNik } from '../../../../shared/domain/nik';
import { columnLetter, WORKER_FIELD_LABELS, type WorkerField } from '../../../../shared/domain/workerFields';
import type { WorkerData } from '../../platform/db/queries/workers';
import type { Cell } from '../../platform/spreadsheet/read';
import type { RegionResolver } from '../regions/resolver';
import {
  cellText,
  isTicked,
  readDate,
  readKpj,
  readNik,
  readPhone,
  readPlaceAndDate,
  readSex,
  readText,
  tidyName,
} from '../../platform/lists/values';
import { fieldsWithUnsafeText, UNSAFE_TEXT } from '../../platform/lists/issues';
import { isRecordedDead, notWorkerReason, type NotWorker } from './notWorkers';
import { readWorkerOccupation } from './occupations';
import { composeAddress, type AddressParts, type RegistrySource } from './registries';

/** How a sheet's columns map to fields, found once per sheet. */
export interface SheetLayout {
  sheet: string;
  /** Column index per field (fields not in the list are absent). */
  columns: Partial<Record<WorkerField, number>>;
  /** Whether numbers in the NIK column can be trusted to the last digit (see readNik). */
  nikNumbersPrecise: boolean;
  /** Code of the village the whole sheet is about (its name or title, or chosen by the operator), used when a row names none. */
  defaultVillage: string | null;
  /** The registry the list was exported from (its status column then holds codes). */
  source: RegistrySource | null;
  /** The status column holds OpenSID's status_dasar codes (2 = dead), not only words. */
  statusCodes: boolean;
  /** A registry export's address in parts (street or "DSN …", dusun, RT, RW), joined into one. */
  addressParts: AddressParts | null;
  /** The date the list is about (its title), else the day of the import: ages are counted at it. */
  listDate: Date;
}

export interface RowIssue {
  severity: 'error' | 'warning';
  code: string;
  /** 0-based column, or null for the row as a whole. */
  column: number | null;
  field: WorkerField | null;
  text: string;
}

/** A worker record from one row: undefined = column not in this list; null = cell empty. */
export type RowRecord = { nik: string } & { [K in keyof WorkerData]?: WorkerData[K] | null };

export interface RowResult {
  record: RowRecord | null;
  issues: RowIssue[];
  /** The person is not a worker (dead, under working age, a non-working status): passed over, whatever else the row says. */
  notWorker: NotWorker | null;
}

export interface RowContext {
  regions: RegionResolver;
  /** Names of regencies by code ("13.71" -> "Kota Padang"), for the NIK region warning. */
  regencyNames: ReadonlyMap<string, string>;
  today: Date;
}

/** Checks one data row and builds the worker record, or says why it cannot be taken. */
export function checkRow(cells: readonly Cell[], layout: SheetLayout, ctx: RowContext): RowResult {
  const issues: RowIssue[] = [];
  const col = layout.columns;
  const cell = (field: WorkerField) => (col[field] === undefined ? undefined : cells[col[field]!]);
  const problem = (severity: 'error' | 'warning', code: string, field: WorkerField | null, text: string) =>
    issues.push({ severity, code, field, column: field && col[field] !== undefined ? col[field]! : null, text });

  const nik = readNik(cell('nik'), layout.nikNumbersPrecise);
  if (!nik.ok) problem('error', nik.code, 'nik', nik.text);

  const rawName = readText(cell('name'), 200);
  const name = rawName ? tidyName(rawName) : null;
  if (!name) problem('error', 'NAME_MISSING', 'name', 'Nama kosong.');
  else if (!/\p{L}/u.test(name)) problem('error', 'NAME_INVALID', 'name', `Nama "${name}" tidak berisi huruf.`);

  const record: RowRecord = { nik: nik.ok ? nik.value : '' };
  if (name) record.name = name;

  if (col.birthPlaceDate !== undefined) {
    const both = readPlaceAndDate(cell('birthPlaceDate'), ctx.today);
    if (both.ok) {
      record.birth_place = both.value.place;
      record.birth_date = both.value.date;
    } else problem('error', both.code, 'birthPlaceDate', both.text);
  }
  if (col.birthDate !== undefined) {
    const date = readDate(cell('birthDate'), ctx.today);
    if (date.ok) record.birth_date = date.value ?? record.birth_date ?? null;
    else problem('error', date.code, 'birthDate', date.text);
  }
  if (col.birthPlace !== undefined) record.birth_place = readText(cell('birthPlace'), 100) ?? record.birth_place ?? null;

  if (col.sex !== undefined) {
    const sex = readSex(cell('sex'));
    if (sex.ok) record.sex = sex.value;
    else problem('warning', sex.code, 'sex', `${sex.text} Jenis kelamin diambil dari NIK.`);
  } else if (col.sexMale !== undefined || col.sexFemale !== undefined) {
    const male = isTicked(cell('sexMale'));
    const female = isTicked(cell('sexFemale'));
    if (male && female) problem('warning', 'SEX_INVALID', 'sexMale', 'Kolom L dan P sama-sama diisi; jenis kelamin diambil dari NIK.');
    record.sex = male && !female ? 'L' : female && !male ? 'P' : null;
  }

  if (layout.addressParts) record.address = composeAddress(cells, layout.addressParts);
  else if (col.address !== undefined) record.address = readText(cell('address'), 300);
  const occupation = readWorkerOccupation(cell('occupation'));
  if (col.occupation !== undefined) {
    record.occupation = occupation.group;
    record.ktp_occupation = occupation.ktp?.code ?? null;
    if (occupation.problem) problem('warning', occupation.problem.code, 'occupation', occupation.problem.text);
  }
  if (col.phone !== undefined) {
    const phone = readPhone(cell('phone'));
    if (phone.ok) record.phone = phone.value;
    else {
      record.phone = null;
      problem('warning', phone.code, 'phone', `${phone.text} Nomor tidak disimpan.`);
    }
  }
  if (col.kpj !== undefined) {
    const kpj = readKpj(cell('kpj'));
    if (kpj.ok) record.kpj = kpj.value;
    else {
      record.kpj = null;
      problem('warning', kpj.code, 'kpj', `${kpj.text} Nomor KPJ tidak disimpan.`);
    }
  }

  placeWorker(cells, layout, ctx, record, problem);
  if (nik.ok) crossCheckNik(nik.value, record, ctx, problem);
  if (nik.ok && record.region_source === undefined) placeByNik(nik.value, layout, ctx, record);
  for (const field of fieldsWithUnsafeText(cells, col)) problem('warning', UNSAFE_TEXT.code, field, UNSAFE_TEXT.text);

  const status = cell('lifeStatus');
  const notWorker = notWorkerReason(
    {
      nik: nik.ok ? nik.value : null,
      birthDate: record.birth_date,
      ktp: occupation.ktp,
      dead: isRecordedDead(status, layout.statusCodes),
      statusText: cellText(status),
    },
    layout.listDate,
  );
  const rejected = issues.some((i) => i.severity === 'error');
  return { record: rejected ? null : record, issues, notWorker };
}

function placeWorker(
  cells: readonly Cell[],
  layout: SheetLayout,
  ctx: RowContext,
  record: RowRecord,
  problem: (severity: 'error' | 'warning', code: string, field: WorkerField | null, text: string) => void,
): void {
  const col = layout.columns;
  if (col.village === undefined && col.district === undefined && !layout.defaultVillage) return;
  const villageText = col.village !== undefined ? cellText(cells[col.village]) : '';
  const districtText = col.district !== undefined ? cellText(cells[col.district]) : '';
  if (!villageText && !districtText && !layout.defaultVillage) {
    if (col.village !== undefined) problem('warning', 'REGION_MISSING', 'village', `${ctx.regions.villageLabel} kosong.`);
    record.village_code = null;
    record.district_code = null;
    return;
  }
  const placement = ctx.regions.place(villageText || (districtText ? '' : layout.defaultVillage!), districtText);
  for (const p of placement.problems) problem(p.severity, p.code, p.field, p.text);
  record.district_code = placement.districtCode;
  record.village_code = placement.villageCode;
  if (placement.districtCode) record.region_source = 'list';
  if (!villageText && districtText && layout.defaultVillage) {
    // The sheet names a village; use it when it lies in the kecamatan the row gives.
    const fallback = ctx.regions.place(layout.defaultVillage, districtText);
    if (fallback.villageCode && fallback.problems.every((p) => p.severity !== 'error' && p.code !== 'REGION_MISMATCH')) {
      record.village_code = fallback.villageCode;
    }
  }
}

/**
 * A list with no nagari or kecamatan column, and no nagari for the whole list: the kecamatan is
 * the NIK's region code (its first 6 digits) when it lies in the regency, marked "dari NIK".
 */
function placeByNik(nik: string, layout: SheetLayout, ctx: RowContext, record: RowRecord): void {
  const col = layout.columns;
  if (col.village !== undefined || col.district !== undefined || layout.defaultVillage) return;
  const district = parseNik(nik)!.districtCode;
  if (!ctx.regions.isDistrict(district)) return;
  record.district_code = district;
  record.region_source = 'nik';
}

function crossCheckNik(
  nik: string,
  record: RowRecord,
  ctx: RowContext,
  problem: (severity: 'error' | 'warning', code: string, field: WorkerField | null, text: string) => void,
): void {
  const parts = parseNik(nik)!;
  const regency = ctx.regions.regency;
  if (parts.regencyCode !== regency.code) {
    const where = ctx.regencyNames.get(parts.regencyCode);
    problem(
      'warning',
      'NIK_OTHER_REGION',
      'nik',
      where
        ? `NIK terdaftar di ${where} (kode ${parts.regencyCode}), bukan di ${regency.name}.`
        : `Kode wilayah NIK (${parts.regencyCode}) tidak dikenal; periksa NIK.`,
    );
  }
  if (!parts.dateValid) {
    problem('warning', 'NIK_DATE_INVALID', 'nik', `Digit 7–12 NIK (${nik.slice(6, 12)}) bukan tanggal lahir yang mungkin; periksa NIK.`);
    return;
  }
  if (record.birth_date) {
    const [year, month, day] = record.birth_date.split('-').map(Number) as [number, number, number];
    if (day !== parts.day || month !== parts.month || year % 100 !== parts.yearTwoDigits) {
      const fromNik = `${String(parts.day).padStart(2, '0')}-${String(parts.month).padStart(2, '0')}-..${String(parts.yearTwoDigits).padStart(2, '0')}`;
      problem('warning', 'NIK_BIRTHDATE_MISMATCH', 'birthDate', `Tanggal lahir tidak sama dengan yang tertera di NIK (${fromNik}).`);
    }
  }
  if (record.sex && record.sex !== parts.sex) {
    problem('warning', 'NIK_SEX_MISMATCH', 'sex', `Jenis kelamin ${record.sex} tidak sama dengan NIK (${parts.sex === 'P' ? 'perempuan' : 'laki-laki'}).`);
  } else if (!record.sex) {
    record.sex = parts.sex;
  }
}

/** "Sheet "Lubuk Gadang" baris 12 kolom B (NIK)": where the operator finds the cell in Excel. */
export function locate(sheet: string, row: number, issue: RowIssue, headers: readonly string[], isCsv: boolean): { where: string; columnPart: string } {
  const columnPart =
    issue.column === null
      ? ''
      : `kolom ${columnLetter(issue.column)} (${headers[issue.column] || (issue.field ? WORKER_FIELD_LABELS[issue.field] : '')})`;
  const sheetPart = isCsv ? '' : `Sheet "${sheet}" `;
  const where = `${sheetPart}baris ${row}${columnPart ? ` ${columnPart}` : ''}`;
  return { where: where.charAt(0).toUpperCase() + where.slice(1), columnPart };
}
