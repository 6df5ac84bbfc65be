import ExcelJS from 'exceljs';
import { formatDate, formatMonthRange, formatNumber } from '../../../../shared/domain/format';
import { monthOf } from '../../../../shared/domain/months';
import { declaredIncome } from '../../../../shared/domain/premiums';
import { FUNDING_SOURCE_LABELS, type FundingSource } from '../../../../shared/domain/programs';
import type { RegistrationCandidate } from '../../platform/db/queries/finance';
import type { ProgramRow } from '../../platform/db/queries/programs';
import type { Store } from '../../platform/db/store';
import { applyPrintSetup } from '../../platform/documents/printSetup';
import { addSafeRow, safeCellValue } from '../../platform/documents/safeCells';
import { styleHeader } from '../../platform/documents/sheets';
import { CakapError, fileUnreadable, invalidInput, notFound } from '../../platform/errors';
import { readListSheets } from '../../platform/lists/readSheets';
import { isColumnNumberRow, isHelpSheet } from '../../platform/lists/rows';
import { detectTable, type DetectedTable } from '../../platform/lists/table';
import { detectSpreadsheetFormat } from '../../platform/spreadsheet/detect';
import { readSettings } from '../settings/settings';
import { NOT_A_PERSON_FIELD, REGISTRATION_FIELDS, type RegistrationField } from './vocabulary';

/**
 * The registration file for the BPJS branch: a program's beneficiaries who are not active on the
 * newest participant list and were not sent before (unless all are asked for), in Cakap's own layout,
 * or written into the branch's own blank template: its header found with the same detection and a
 * vocabulary of what branches call their columns, the rows filled under it, its formatting kept.
 * Every row written is marked with the day it was sent, in the same transaction as the audit line.
 */

export interface RegistrationJob {
  programId: number;
  template: { path: string; name: string } | null;
  all: boolean;
  sentOn: string;
  file: string;
  fileName: string;
  actor: string;
  now: Date;
}

export interface RegistrationOutcome {
  rows: number;
  skipped: { alreadySent: number; registered: number; missingData: number };
  columns: { mapped: string[]; unmapped: string[] };
  sheet: string | null;
  warnings: string[];
}

type Value = string | number | Date | null;

/** What Cakap can write for one beneficiary, per field. */
function valuesOf(c: RegistrationCandidate, program: ProgramRow) {
  const birth = c.birth_date ? new Date(`${c.birth_date}T00:00:00Z`) : null;
  const benefits = program.benefits.split(',');
  const income = declaredIncome(program.premium, c.month_from, benefits);
  const source = `${FUNDING_SOURCE_LABELS[program.source as FundingSource]}${program.source_detail ? ` (${program.source_detail})` : ''}`;
  const dmy = c.birth_date ? `${c.birth_date.slice(8, 10)}-${c.birth_date.slice(5, 7)}-${c.birth_date.slice(0, 4)}` : '';
  const values: Record<Exclude<RegistrationField, 'rowNumber'>, Value> = {
    nik: c.nik,
    name: c.name,
    birthPlaceDate: [c.birth_place, dmy].filter(Boolean).join(', ') || null,
    birthPlace: c.birth_place,
    birthDate: birth,
    sex: c.sex,
    address: c.address,
    district: c.district_name,
    village: c.village_name,
    phone: c.phone,
    occupation: c.occupation,
    income,
    programs: benefits.join(', '),
    period: formatMonthRange(c.month_from, c.month_to),
    funding: source,
    kpj: c.kpj,
  };
  return values;
}

const TEXT_FIELDS = new Set<RegistrationField>(['nik', 'phone', 'kpj']);

/** Who goes into the file, and why the others do not. */
function choose(store: Store, program: ProgramRow, all: boolean, today: string) {
  const memberBatch = store.bpjs.latestMembersBatch();
  const month = monthOf(today);
  const skipped = { alreadySent: 0, registered: 0, missingData: 0 };
  const rows: RegistrationCandidate[] = [];
  for (const c of store.finance.registrationCandidates(program.id, memberBatch)) {
    // An enrolment that has ended needs no registration any more.
    if (c.month_to < month) continue;
    if (c.registered) skipped.registered++;
    else if (c.sent_on !== null && !all) skipped.alreadySent++;
    else if (!c.birth_date || (!c.address && !c.village_name)) skipped.missingData++;
    else rows.push(c);
  }
  return { rows, skipped };
}

export async function writeRegistration(store: Store, job: RegistrationJob): Promise<RegistrationOutcome> {
  const program = store.programs.byId(job.programId);
  if (!program) throw notFound(`Program #${job.programId} tidak ada; berkas pendaftaran tidak dibuat.`);
  const { villageLabel } = readSettings(store);
  const chosen = choose(store, program, job.all, job.sentOn);
  const outcome = job.template
    ? await fillTemplate(job.template, chosen.rows, program, job.file)
    : await writeOwnLayout(chosen.rows, program, villageLabel, job);
  const warnings = [...outcome.warnings];
  if (chosen.rows.length === 0) warnings.unshift('Tidak ada penerima yang perlu didaftarkan: semuanya sudah aktif di daftar peserta BPJS, sudah pernah dikirim, atau datanya belum lengkap.');
  if (chosen.skipped.missingData > 0) {
    warnings.push(`${formatNumber(chosen.skipped.missingData)} penerima tidak dimuat karena tanggal lahir atau alamatnya (${villageLabel.toLowerCase()}) belum tercatat; lengkapi datanya lewat daftar pekerja.`);
  }
  store.transaction(() => {
    const at = job.now.toISOString();
    for (const c of chosen.rows) store.finance.insertSent(program.id, c.worker_id, job.fileName, job.sentOn, job.actor, at);
    store.audit.add(at, job.actor, 'finance.registration', {
      programId: program.id,
      program: program.name,
      file: job.fileName,
      sentOn: job.sentOn,
      rows: chosen.rows.length,
      template: job.template?.name ?? null,
      skipped: chosen.skipped,
    });
  });
  return { rows: chosen.rows.length, skipped: chosen.skipped, columns: outcome.columns, sheet: outcome.sheet, warnings };
}

const OWN_COLUMNS = (villageLabel: string): { field: Exclude<RegistrationField, 'rowNumber'> | 'no'; header: string; width: number }[] => [
  { field: 'no', header: 'No', width: 6 },
  { field: 'nik', header: 'NIK', width: 19 },
  { field: 'name', header: 'Nama', width: 28 },
  { field: 'birthPlace', header: 'Tempat lahir', width: 16 },
  { field: 'birthDate', header: 'Tanggal lahir', width: 13 },
  { field: 'sex', header: 'Jenis kelamin (L/P)', width: 10 },
  { field: 'address', header: 'Alamat', width: 28 },
  { field: 'district', header: 'Kecamatan', width: 18 },
  { field: 'village', header: villageLabel, width: 20 },
  { field: 'phone', header: 'No. HP', width: 15 },
  { field: 'occupation', header: 'Pekerjaan', width: 18 },
  { field: 'income', header: 'Penghasilan dilaporkan (Rp)', width: 14 },
  { field: 'programs', header: 'Program', width: 10 },
  { field: 'period', header: 'Periode', width: 22 },
  { field: 'funding', header: 'Sumber dana', width: 24 },
];

/** Cakap's own layout: one header row the branch's systems read, NIK and telephone as Text, a second sheet saying what the file is. */
async function writeOwnLayout(rows: RegistrationCandidate[], program: ProgramRow, villageLabel: string, job: RegistrationJob) {
  const columns = OWN_COLUMNS(villageLabel);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cakap';
  workbook.created = job.now;
  const sheet = workbook.addWorksheet('Pendaftaran', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  styleHeader(addSafeRow(sheet, columns.map((c) => c.header)));
  rows.forEach((c, i) => {
    const values = valuesOf(c, program);
    const row = addSafeRow(sheet, columns.map((col) => (col.field === 'no' ? i + 1 : values[col.field])));
    columns.forEach((col, k) => {
      const cell = row.getCell(k + 1);
      if (col.field !== 'no' && TEXT_FIELDS.has(col.field)) cell.numFmt = '@';
      if (col.field === 'birthDate') cell.numFmt = 'dd-mm-yyyy';
      if (col.field === 'income') cell.numFmt = '#,##0';
    });
  });
  // Empty rows below keep the Text format too, for a row the office adds by hand.
  for (const [k, col] of columns.entries()) if (col.field !== 'no' && TEXT_FIELDS.has(col.field)) sheet.getColumn(k + 1).numFmt = '@';
  applyPrintSetup(sheet, { landscape: true });
  const about = workbook.addWorksheet('Keterangan');
  about.columns = [{ width: 28 }, { width: 80 }];
  for (const [label, value] of [
    ['Program', program.name],
    ['Sumber dana', `${FUNDING_SOURCE_LABELS[program.source as FundingSource]}${program.source_detail ? ` (${program.source_detail})` : ''}`],
    ['Program jaminan', program.benefits.split(',').join(', ')],
    ['Masa program', formatMonthRange(program.period_from, program.period_to)],
    ['Tanggal kirim', formatDate(job.sentOn)],
    ['Jumlah penerima', formatNumber(rows.length)],
    ['Dibuat dengan', 'Cakap. NIK adalah data pribadi (UU Nomor 27 Tahun 2022): kirim hanya kepada kantor cabang BPJS Ketenagakerjaan.'],
  ]) {
    const row = addSafeRow(about, [label, value]);
    row.getCell(1).font = { bold: true };
  }
  applyPrintSetup(about);
  await workbook.xlsx.writeFile(job.file);
  return { columns: { mapped: columns.map((c) => c.header), unmapped: [] as string[] }, sheet: null, warnings: [] as string[] };
}

/** exceljs's value of a cell as plain text (rich text, a formula's result, a hyperlink's text). */
function plainText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return value.result === undefined || value.result === null ? '' : String(value.result);
  if ('text' in value) return String(value.text);
  return '';
}

/**
 * The branch's template filled in place: its header found by the shared detection (platform/lists),
 * each recognised column filled from the first row under the header (after a "(1) (2) (3)" row),
 * every cell taking the style of the template's first data cell in its column, so borders, fonts and
 * formats stay the branch's own. Columns Cakap cannot fill are named in a warning.
 */
async function fillTemplate(template: { path: string; name: string }, rows: RegistrationCandidate[], program: ProgramRow, target: string) {
  if (detectSpreadsheetFormat(template.path, template.name) !== 'xlsx') {
    throw fileUnreadable(`Templat "${template.name}" harus berkas Excel (.xlsx) dari kantor cabang; berkas pendaftaran tidak dibuat.`);
  }
  const sheets = await readListSheets(template.path, template.name);
  let found: { sheet: string; table: DetectedTable<RegistrationField>; headerRow: number; firstRow: number } | null = null;
  for (const sheet of sheets) {
    if (isHelpSheet(sheet.name)) continue;
    const table = detectTable(
      sheet.rows.map((r) => r.cells),
      REGISTRATION_FIELDS,
      ['nik', 'name'],
      { exclude: NOT_A_PERSON_FIELD },
    );
    if (!table) continue;
    const headerRow = sheet.rows[table.headerIndex]!.rowNumber;
    const next = sheet.rows[table.headerIndex + 1];
    const firstRow = next && next.rowNumber === headerRow + 1 && isColumnNumberRow(next.cells) ? headerRow + 2 : headerRow + 1;
    found = { sheet: sheet.name, table, headerRow, firstRow };
    break;
  }
  if (!found) {
    throw new CakapError(
      'NOT_A_TEMPLATE',
      `Templat "${template.name}" tidak punya kolom NIK dan kolom nama yang dikenali Cakap, sehingga tidak dapat diisi; berkas pendaftaran tidak dibuat. Periksa judul kolomnya (misalnya "NIK" dan "Nama Lengkap").`,
    );
  }

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(template.path);
  } catch (error) {
    throw fileUnreadable(`Templat "${template.name}" tidak dapat dibuka sebagai berkas Excel (${error instanceof Error ? error.message.slice(0, 80) : 'rusak'}); berkas pendaftaran tidak dibuat.`);
  }
  const sheet = workbook.getWorksheet(found.sheet);
  if (!sheet) throw invalidInput(`Sheet "${found.sheet}" tidak ditemukan di templat "${template.name}".`);

  const mapped: { index: number; field: RegistrationField; header: string }[] = [];
  const unmapped: string[] = [];
  for (const column of found.table.columns) {
    const header = plainText(sheet.getRow(found.headerRow).getCell(column.index + 1).value) || column.header;
    if (column.field === 'ignore') {
      if (header.trim()) unmapped.push(header.trim());
    } else mapped.push({ index: column.index, field: column.field, header: header.trim() });
  }
  // The template's first data row gives each column its look; its styles are copied, never shared.
  const styleRow = sheet.getRow(found.firstRow);
  const styles = new Map(mapped.map((m) => [m.index, JSON.parse(JSON.stringify(styleRow.getCell(m.index + 1).style ?? {})) as Partial<ExcelJS.Style>]));
  rows.forEach((c, i) => {
    const values = valuesOf(c, program);
    const row = sheet.getRow(found!.firstRow + i);
    for (const m of mapped) {
      const cell = row.getCell(m.index + 1);
      cell.style = JSON.parse(JSON.stringify(styles.get(m.index))) as Partial<ExcelJS.Style>;
      const value = m.field === 'rowNumber' ? i + 1 : values[m.field];
      cell.value = safeCellValue(value);
      if (TEXT_FIELDS.has(m.field)) cell.numFmt = '@';
      else if (m.field === 'birthDate' && (!cell.numFmt || cell.numFmt === 'General' || cell.numFmt === '@')) cell.numFmt = 'dd-mm-yyyy';
      else if (m.field === 'income' && (!cell.numFmt || cell.numFmt === 'General')) cell.numFmt = '#,##0';
      if (typeof value === 'string' && /^[=+\-@]/.test(value)) cell.numFmt = '@';
    }
    row.commit();
  });
  await workbook.xlsx.writeFile(target);
  const warnings = unmapped.length > 0 ? [`Kolom templat yang tidak dapat diisi Cakap (dibiarkan kosong): ${unmapped.join(', ')}.`] : [];
  return { columns: { mapped: mapped.map((m) => m.header), unmapped }, sheet: found.sheet, warnings };
}
