import crypto from 'node:crypto';
import fs from 'node:fs';
import { FUNDING_KIND_LABELS, type FundingKind, type ProgramCode } from '../../../../shared/domain/compliance';
import { formatDate, formatNumber } from '../../../../shared/domain/format';
import type { ListImportResult } from '../../../../shared/contract/compliance';
import { columnLetter } from '../../../../shared/domain/workerFields';
import type { NewEmployerRecord, NewProjectRecord } from '../../platform/db/queries/compliance';
import type { Store } from '../../platform/db/store';
import { CakapError } from '../../platform/errors';
import { normalizeHeader } from '../../platform/lists/headers';
import { fileHash } from '../../platform/spreadsheet/fileHash';
import { RegionResolver } from '../regions/resolver';
import { cellText, isBlank, MAGNITUDES, readCount, readDate, readRupiah, readText, readYear, workersMagnitude, type Magnitude, type Read } from '../../platform/lists/values';
import { workforceCeiling } from '../workforce/handlers';
import { writeListBatch } from '../../platform/lists/batch';
import { fieldsWithUnsafeText, ListIssues, UNSAFE_TEXT } from '../../platform/lists/issues';
import { isTotalsRow } from '../../platform/lists/notes';
import { readListSheets, type ListSheet } from '../../platform/lists/readSheets';
import { columnsOf, detectTable, type DetectedTable } from '../../platform/lists/table';
import { cleanText } from '../../../../shared/domain/text';
import { findDate } from '../../platform/lists/titleDates';
import { businessNameKey, normalizeCode, normalizeContractNumber, normalizeNib, normalizeNpwp, plainKey } from '../../platform/matching/names';
import { readSettings, requireRegency } from '../settings/settings';
import { detectSpreadsheetFormat } from '../../platform/spreadsheet/detect';
import type { Cell } from '../../platform/spreadsheet/read';
import { isBlankRow, isColumnNumberRow, isHelpSheet, sameCells, tableRows } from '../../platform/lists/rows';
import { refreshCompliance } from './refresh';
import { readRules } from './rules';
import { isConstruction, isYes, readEmployerStatus, readFunding, readPrograms, readScale } from './values';
import { EMPLOYER_LISTS, PROJECT_LISTS, vocabularyOf, type ListKindSpec } from './vocabulary';

/**
 * Importing an employer list (business licences, WLKP, BPJS employers) or a construction list
 * (packages, BPJS project registrations): the kind told from the columns, every row checked with an
 * Indonesian message where something is wrong, and everything (rows, issues, batch, new matches)
 * written in one transaction. The same file twice is recognised and changes nothing.
 */

export interface ComplianceImportOptions {
  file: string;
  displayName: string;
  actor: string;
  now: Date;
  family: 'employers' | 'projects';
}

interface Recognised {
  sheet: ListSheet;
  spec: ListKindSpec;
  table: DetectedTable<string>;
  /** Index (into sheet.rows) of the last header row: data starts after it. */
  lastHeader: number;
}

const FAMILY_WORDS = {
  employers: 'daftar pemberi kerja (izin usaha OSS, laporan WLKP, atau daftar pemberi kerja BPJS)',
  projects: 'daftar paket konstruksi (SiRUP/SPSE/PUPR atau APB Nagari) atau daftar proyek terdaftar BPJS',
};

export async function importComplianceList(store: Store, options: ComplianceImportOptions): Promise<ListImportResult> {
  const format = detectSpreadsheetFormat(options.file, options.displayName);
  const hash = await fileHash(options.file);
  const sheets = await readListSheets(options.file, options.displayName);
  const specs = options.family === 'employers' ? EMPLOYER_LISTS : PROJECT_LISTS;
  // A template's instruction and choices sheets name every column too, but hold no list.
  const found = sheets
    .filter((sheet) => !isHelpSheet(sheet.name))
    .map((sheet) => recognise(sheet, specs, options.displayName))
    .filter((r): r is Recognised => r !== null);
  if (found.length === 0) throw notThisList(options, sheets);

  // One kind per import: the kind most of the file's rows belong to.
  const rowsOf = new Map<string, number>();
  for (const r of found) rowsOf.set(r.spec.kind, (rowsOf.get(r.spec.kind) ?? 0) + r.sheet.rows.length);
  const spec = found.map((r) => r.spec).sort((a, b) => rowsOf.get(b.kind)! - rowsOf.get(a.kind)!)[0]!;
  const used = found.filter((r) => r.spec.kind === spec.kind);

  const now = options.now;
  const today = now.toISOString().slice(0, 10);
  // The list's date from its title rows, sheet name or file name; an undated list counts on any date.
  const titled = findDate([options.displayName, ...used.flatMap((r) => [r.sheet.name, ...r.sheet.rows.slice(0, r.table.headerIndex).flatMap((x) => x.cells.map(cellText))])]);
  const asOf = titled && titled <= addDaysIso(today, 31) ? titled : null;
  const previous = store.imports.activeByHash(hash);
  const result: ListImportResult = {
    file: options.displayName,
    kind: spec.kind,
    kindLabel: spec.label,
    batchId: null,
    accepted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    warnings: 0,
    issues: [],
    asOf,
    duplicateOf: previous ? { batchId: previous.id, createdAt: previous.created_at } : null,
  };
  if (previous) return result;

  const log = new ListIssues(format === 'csv');
  for (const sheet of sheets) {
    const r = found.find((x) => x.sheet === sheet);
    if (r && r.spec.kind === spec.kind) continue;
    if (sheet.rows.length === 0 || isHelpSheet(sheet.name)) continue;
    const why = r ? `tampaknya ${r.spec.label}; impor sheet itu dalam berkas tersendiri.` : `tidak tampak seperti ${spec.label}.`;
    log.general('warning', sheet.name, 'SHEET_SKIPPED', `Sheet "${sheet.name}" dilewati: ${why}`, why);
  }

  const regency = requireRegency(store);
  const regions = new RegionResolver(regency, store.regions.byLevel('district'), store.regions.byLevel('village'), readSettings(store).villageLabel);
  const rules = readRules(store);
  const known = store.compliance.fingerprints(spec.family, spec.kind);
  const employerRows: NewEmployerRecord[] = [];
  const projectRows: NewProjectRecord[] = [];
  const reader: RowReader = { log, regions, now, asOf: asOf ?? '', rules, isCsv: format === 'csv', workers: workersMagnitude(workforceCeiling(store)) };
  for (const r of used) {
    if (spec.family === 'employers') readEmployerSheet(r, reader, result, employerRows);
    else readProjectSheet(r, reader, result, projectRows);
  }
  for (const record of [...employerRows, ...projectRows]) {
    const before = known.get(record.identity);
    if (!before) result.accepted++;
    else if (before.has(record.fingerprint)) result.unchanged++;
    else result.updated++;
  }

  result.issues = log.issues;
  const counts = { accepted: result.accepted, updated: result.updated, unchanged: result.unchanged, rejected: result.rejected, warnings: result.warnings };
  result.batchId = writeListBatch(
    store,
    {
      kind: spec.kind,
      fileName: options.displayName,
      fileHash: hash,
      fileSize: fs.statSync(options.file).size,
      actor: options.actor,
      createdAt: now.toISOString(),
      sheets: used.map((r) => ({ name: r.sheet.name, headers: r.table.columns.map((c) => c.header) })),
      counts,
      audit: { action: 'compliance.import', detail: { kind: spec.kind, asOf, ...counts } },
    },
    log,
    (batchId) => {
      for (const record of employerRows) store.compliance.insertEmployer(batchId, record);
      for (const record of projectRows) store.compliance.insertProject(batchId, record);
      refreshCompliance(store, { now, actor: options.actor, batchId, kind: spec.kind });
    },
  );
  return result;
}

function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The kind of list a sheet is, if any: the one whose telling columns it has most of. */
function recognise(sheet: ListSheet, specs: readonly ListKindSpec[], displayName: string): Recognised | null {
  const rows = sheet.rows.map((r) => r.cells);
  let best: (Recognised & { score: number }) | null = null;
  for (const spec of specs) {
    const table = detectTable(rows, vocabularyOf(spec), spec.required, { exclude: spec.exclude, pick: 'best' });
    if (!table) continue;
    const lastHeader = refineSubHeader(table, rows);
    const mapped = new Set(table.columns.filter((c) => c.field !== 'ignore').map((c) => c.field));
    const telling = [...mapped].reduce((n, f) => n + (spec.weights[f] ?? 0), 0);
    if (telling < 3) continue;
    const title = [displayName, sheet.name, ...rows.slice(0, table.headerIndex).flat().map(cellText)].join(' ');
    const score = telling + (spec.titleWords.test(title) ? 5 : 0) + table.score / 100;
    if (!best || score > best.score) best = { sheet, spec, table, lastHeader, score };
  }
  return best;
}

const SUB_LABEL = /^(l|lk|laki laki|pria|p|pr|perempuan|wanita|jumlah|jml|total|(\(?\d+\)?))$/;

/**
 * A second header row under a merged "Jumlah Tenaga Kerja": "L | P | Jumlah". Returns the index of
 * the last header row (the sub-header when there is one).
 */
function refineSubHeader(table: DetectedTable<string>, rows: readonly Cell[][]): number {
  const sub = rows[table.headerIndex + 1];
  if (!sub) return table.headerIndex;
  const texts = sub.map((c) => normalizeHeader(cellText(c)));
  const labels = texts.filter(Boolean);
  if (labels.length < 2 || !labels.every((t) => SUB_LABEL.test(t)) || !labels.some((t) => /[a-z]/.test(t))) return table.headerIndex;
  const has = new Set(table.columns.map((c) => c.field));
  let group = '';
  for (let i = 0; i < Math.max(texts.length, table.columns.length); i++) {
    const column = table.columns[i] ?? { index: i, header: '', field: 'ignore', confidence: 0 };
    table.columns[i] = column;
    if (column.header) group = normalizeHeader(column.header);
    const t = texts[i] ?? '';
    if (!t || !/tenaga kerja|pekerja|\btk\b/.test(group)) continue;
    const field = /^(l|lk|laki laki|pria)$/.test(t) ? 'workersMale' : /^(p|pr|perempuan|wanita)$/.test(t) ? 'workersFemale' : /^(jumlah|jml|total)$/.test(t) ? 'workers' : null;
    if (!field) continue;
    for (const other of table.columns) if (other.field === field) other.field = 'ignore';
    column.field = field;
    column.confidence = 0.9;
    column.header = [column.header || group.toUpperCase(), cellText(sub[i])].filter(Boolean).join(' / ');
    has.add(field);
  }
  return table.headerIndex + 1;
}

/** The file is not a list of this family: say what it seems to be instead. */
function notThisList(options: ComplianceImportOptions, sheets: readonly ListSheet[]): CakapError {
  const other = options.family === 'employers' ? PROJECT_LISTS : EMPLOYER_LISTS;
  const looksOther = sheets.map((s) => recognise(s, other, options.displayName)).find((r) => r !== null);
  const rows = sheets.flatMap((s) => s.rows.slice(0, 30).map((r) => r.cells.map((c) => normalizeHeader(cellText(c))).join(' ')));
  const hint = looksOther
    ? ` Berkas ini tampaknya ${looksOther.spec.label}: impor dengan ${options.family === 'employers' ? 'perintah projects (menu Impor daftar proyek)' : 'perintah employers (menu Impor daftar pemberi kerja)'}.`
    : rows.some((r) => /\bnik\b/.test(r))
      ? ' Berkas ini tampaknya daftar orang (ada kolom NIK): impor di halaman Impor atau Rekonsiliasi BPJS.'
      : '';
  const need =
    options.family === 'employers'
      ? 'kolom Nama Perusahaan beserta NIB, KBLI, skala usaha, nomor WLKP, jumlah tenaga kerja laki-laki/perempuan, NPP atau tenaga kerja aktif'
      : 'kolom Nama Paket beserta OPD, penyedia, nomor/tanggal/nilai kontrak, sumber dana, atau nomor proyek dan tanggal daftar BPJS';
  return new CakapError('NOT_A_LIST', `Berkas "${options.displayName}" bukan ${FAMILY_WORDS[options.family]}: tidak ada baris judul dengan ${need}.${hint}`);
}

interface RowReader {
  log: ListIssues;
  regions: RegionResolver;
  now: Date;
  /** '' for an undated list. */
  asOf: string;
  rules: ReturnType<typeof readRules>;
  isCsv: boolean;
  /** How many workers one business or project can have: at most the regency's working population. */
  workers: Magnitude;
}

interface RowAccess {
  cells: Cell[];
  rowNumber: number;
  at(field: string): Cell | undefined;
  col(field: string): number | null;
  header(field: string): string | undefined;
  has(field: string): boolean;
}

/**
 * The data rows of a recognised table: what follows the list (a signature block, notes, a second
 * table) is skipped with one warning naming its rows (spreadsheet/rows.ts, as every list importer
 * does); the "(1) (2) (3)" row, a totals row and the header repeated on a printed page are not rows.
 * @param keyColumn a column where a data row has digits (NIB, contract value) and an ending has none
 */
function rowsOf(r: Recognised, log: ListIssues, keyColumn: number | undefined): RowAccess[] {
  const map = columnsOf(r.table);
  const headers = r.table.columns.map((c) => c.header);
  const ownHeader = sameCells(headers);
  const vocabulary = vocabularyOf(r.spec);
  const isHeader = (cells: readonly Cell[]) => detectTable([cells as Cell[]], vocabulary, r.spec.required, { exclude: r.spec.exclude }) !== null;
  const body = tableRows(r.sheet.rows.slice(r.lastHeader + 1), keyColumn, isHeader, ownHeader);
  for (const skipped of body.skipped) log.skippedRows(r.sheet.name, skipped);
  return body.rows
    .filter((row) => !isBlankRow(row.cells) && !isColumnNumberRow(row.cells) && !isTotalsRow(row.cells) && !ownHeader(row.cells))
    .map((row) => ({
      cells: row.cells,
      rowNumber: row.rowNumber,
      at: (field) => (map[field] === undefined ? undefined : row.cells[map[field]!]),
      col: (field) => map[field] ?? null,
      header: (field) => (map[field] === undefined ? undefined : headers[map[field]!]),
      has: (field) => map[field] !== undefined,
    }));
}

const DATE_FIELDS = new Set(['contractDate', 'registeredDate', 'startDate', 'endDate', 'issuedDate', 'reportDate']);
const MONEY_FIELDS = new Set(['value', 'ceiling', 'capital', 'contribution', 'arrearsAmount']);

/**
 * The row as the list wrote it, header by header, for the evidence view. A date Excel stored as a day
 * number, or a sum stored as a bare number, is shown as Excel would display it.
 */
function cellsJson(cells: readonly Cell[], table: DetectedTable<string>, now: Date): string {
  const pairs: [string, string][] = [];
  cells.forEach((cell, i) => {
    const field = table.columns[i]?.field ?? 'ignore';
    let text: string;
    if ((cell instanceof Date || typeof cell === 'number') && DATE_FIELDS.has(field)) {
      const date = readDate(cell, now, 'event');
      text = date.ok && date.value ? formatDate(date.value) : cellText(cell);
    } else if (typeof cell === 'number' && MONEY_FIELDS.has(field)) text = formatNumber(cell);
    else text = cell instanceof Date ? formatDate(cell.toISOString().slice(0, 10)) : cellText(cell);
    text = cleanText(text);
    if (text !== '') pairs.push([cleanText(table.columns[i]?.header ?? '') || `Kolom ${columnLetter(i)}`, text.slice(0, 300)]);
  });
  return JSON.stringify(pairs);
}

function digest(value: unknown): string {
  return crypto.createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/** Collects the issues of one row; rejected rows keep their cells for the rejection file. */
class RowIssues {
  rejected = false;
  warned = false;
  constructor(
    private readonly reader: RowReader,
    private readonly sheet: string,
    private readonly row: RowAccess,
  ) {}
  warn(field: string | null, code: string, text: string): void {
    this.warned = true;
    this.reader.log.row('warning', this.sheet, this.row.rowNumber, field === null ? null : this.row.col(field), field === null ? undefined : this.row.header(field), code, text, null);
  }
  /** Text that carried characters unsafe to print: readText took them out; said here once per cell. */
  unsafeText(columns: Partial<Record<string, number>>): void {
    for (const field of fieldsWithUnsafeText(this.row.cells, columns)) this.warn(field, UNSAFE_TEXT.code, UNSAFE_TEXT.text);
  }
  reject(field: string | null, code: string, text: string): void {
    this.reader.log.row('error', this.sheet, this.row.rowNumber, field === null ? null : this.row.col(field), field === null ? undefined : this.row.header(field), code, text, this.rejected ? null : this.row.cells);
    this.rejected = true;
  }
  /**
   * A read value (with its warning, if odd), or null with a warning (soft) or a rejection (hard). A
   * value no column could hold ("angka terlalu besar") rejects the row in any column.
   */
  take<T>(field: string, read: Read<T | null>, hard: boolean): T | null {
    if (read.ok) {
      if (read.warning) this.warn(field, read.warning.code, read.warning.text);
      return read.value;
    }
    if (hard || read.rejectRow) this.reject(field, read.code, read.text);
    else this.warn(field, read.code, `${read.text} Nilai ini diabaikan.`);
    return null;
  }
}

function place(reader: RowReader, issues: RowIssues, row: RowAccess): { district: string | null; village: string | null } {
  const village = readText(row.at('village'), 120) ?? '';
  const district = readText(row.at('district'), 120) ?? '';
  if (!village && !district) return { district: null, village: null };
  const placement = reader.regions.place(village, district);
  for (const problem of placement.problems) {
    // A place the list misspelled does not make the business or project any less real: kept, without the place.
    issues.warn(problem.field, problem.code, problem.severity === 'error' ? `${problem.text} Baris diambil tanpa ${problem.field === 'district' ? 'kecamatan' : reader.regions.villageLabel.toLowerCase()}.` : problem.text);
  }
  return { district: placement.districtCode, village: placement.villageCode };
}

function readEmployerSheet(r: Recognised, reader: RowReader, result: ListImportResult, out: NewEmployerRecord[]): void {
  const { spec, sheet } = r;
  const columns = columnsOf(r.table);
  const seen = new Map<string, { row: number; nameKey: string; fingerprint: string }>();
  const where = (row: number) => `${reader.isCsv ? '' : `sheet "${sheet.name}" `}baris ${row}`;
  for (const row of rowsOf(r, reader.log, columns.nib ?? columns.npwp ?? columns.npp ?? columns.workers)) {
    const issues = new RowIssues(reader, sheet.name, row);
    issues.unsafeText(columns);
    const name = readText(row.at('name'), 200);
    if (!name) {
      issues.reject('name', 'NAME_MISSING', 'Nama perusahaan kosong; baris ini tidak dapat dicocokkan dengan daftar lain.');
      result.rejected++;
      continue;
    }
    const idOf = (field: 'nib' | 'npwp', normalize: (v: string) => string | null, label: string, shape: string): string | null => {
      const cell = row.at(field);
      if (isBlank(cell)) return null;
      const text = typeof cell === 'number' ? String(cell) : cellText(cell);
      if (/^\d([.,]\d+)?e\+?\d+$/i.test(text)) {
        issues.warn(field, `${field.toUpperCase()}_SCIENTIFIC`, `${label} tertulis sebagai angka ilmiah (${text}); digitnya sudah hilang. Ubah format kolom menjadi Teks dan ketik ulang. ${label} ini diabaikan.`);
        return null;
      }
      const value = normalize(text);
      if (!value) issues.warn(field, `${field.toUpperCase()}_INVALID`, `${label} "${text}" bukan ${shape}; diabaikan (pencocokan memakai nama dan kecamatan).`);
      return value;
    };
    const nib = idOf('nib', normalizeNib, 'NIB', '13 angka');
    const npwp = idOf('npwp', normalizeNpwp, 'NPWP', '15 atau 16 angka');
    const npp = row.has('npp') ? normalizeCode(cellText(row.at('npp'))) : null;
    const { district, village } = place(reader, issues, row);

    let scaleRead = row.has('scale') ? readScale(row.at('scale')) : { scale: null, note: null };
    if (scaleRead.note) issues.warn('scale', 'SCALE_UNCLEAR', scaleRead.note);
    const capital = row.has('capital') ? issues.take('capital', readRupiah(row.at('capital'), 'Modal usaha', MAGNITUDES.capital), false) : null;
    if (!scaleRead.scale && capital !== null) {
      const c = reader.rules.scaleByCapital;
      scaleRead = { scale: capital <= c.mikroUpTo ? 'mikro' : capital <= c.kecilUpTo ? 'kecil' : capital <= c.menengahUpTo ? 'menengah' : 'besar', note: null };
    }

    const hardCounts = spec.kind !== 'oss';
    const count = (field: string, what: string, magnitude = reader.workers) => (row.has(field) ? issues.take(field, readCount(row.at(field), what, magnitude), hardCounts) : null);
    let workers: number | null;
    if (spec.kind === 'bpjs_employers') {
      workers = count('activeWorkers', 'Jumlah tenaga kerja aktif');
    } else {
      workers = count('workers', 'Jumlah tenaga kerja');
      const male = count('workersMale', 'Tenaga kerja laki-laki');
      const female = count('workersFemale', 'Tenaga kerja perempuan');
      const foreign = count('foreignWorkers', 'Jumlah TKA');
      if (workers === null && (male !== null || female !== null)) workers = (male ?? 0) + (female ?? 0);
      else if (workers !== null && male !== null && female !== null && male + female !== workers) {
        issues.warn('workers', 'WORKERS_SUM', `Jumlah tenaga kerja ${workers} tidak sama dengan laki-laki ${male} + perempuan ${female}; dipakai ${workers}.`);
      }
      if (workers !== null && foreign) workers += foreign;
      if (workers === null && !issues.rejected && spec.kind === 'wlkp') issues.warn('workers', 'WORKERS_MISSING', 'Jumlah tenaga kerja kosong; pekerja yang belum terlindungi tidak dapat dihitung untuk perusahaan ini.');
    }

    let programs: ProgramCode[] | null = null;
    let active = true;
    let arrears = false;
    let arrearsMonths: number | null = null;
    let arrearsAmount: number | null = null;
    let status: string | null = null;
    let registeredDate: string | null = null;
    if (spec.kind === 'bpjs_employers') {
      programs = readPrograms(row.at('programs'));
      if (row.has('programs') && !isBlank(row.at('programs')) && !programs) issues.warn('programs', 'PROGRAMS_UNKNOWN', `Program "${cellText(row.at('programs'))}" tidak dikenal (JKK, JKM, JHT, JP, JKP); program perusahaan ini dianggap tidak diketahui.`);
      const ticks = (['jkk', 'jkm', 'jht', 'jp', 'jkp'] as const).filter((p) => row.has(p));
      if (ticks.length > 0) {
        const ticked = ticks.filter((p) => isYes(row.at(p)) === true).map((p) => p.toUpperCase() as ProgramCode);
        programs = [...new Set([...(programs ?? []), ...ticked])];
      }
      status = readText(row.at('status'), 80);
      const standing = readEmployerStatus(row.at('status'));
      active = standing.active;
      arrearsMonths = count('arrearsMonths', 'Tunggakan (bulan)', MAGNITUDES.months);
      arrearsAmount = row.has('arrearsAmount') ? issues.take('arrearsAmount', readRupiah(row.at('arrearsAmount'), 'Tunggakan', MAGNITUDES.contribution), false) : null;
      arrears = standing.arrears || (arrearsMonths ?? 0) > 0 || (arrearsAmount ?? 0) > 0;
      registeredDate = row.has('registeredDate') ? issues.take('registeredDate', readDate(row.at('registeredDate'), reader.now, 'event'), false) : null;
    }
    const reportYear = row.has('reportYear') ? issues.take('reportYear', readYear(row.at('reportYear'), 'Tahun laporan'), false) : null;
    if (issues.rejected) {
      result.rejected++;
      continue;
    }

    const nameKey = businessNameKey(name);
    const record: NewEmployerRecord = {
      kind: spec.kind as NewEmployerRecord['kind'],
      sheet: sheet.name,
      row: row.rowNumber,
      identity: '',
      fingerprint: '',
      name,
      name_key: nameKey,
      nib,
      npwp,
      npp,
      kbli: readText(row.at('kbli'), 20),
      field: readText(row.at('field'), 200),
      scale: scaleRead.scale,
      capital,
      district_code: district,
      village_code: village,
      address: readText(row.at('address'), 300),
      workers,
      programs: programs ? programs.join(',') : null,
      status,
      active: active ? 1 : 0,
      arrears: arrears ? 1 : 0,
      arrears_months: arrearsMonths,
      arrears_amount: arrearsAmount,
      registered_date: registeredDate,
      report_year: reportYear,
      as_of: reader.asOf,
      cells: cellsJson(row.cells, r.table, reader.now),
    };
    const { cells: _cells, sheet: _sheet, row: _row, as_of: _asOf, identity: _identity, fingerprint: _fp, ...significant } = record;
    record.fingerprint = digest(significant);
    const base =
      spec.kind === 'bpjs_employers'
        ? (npp && `npp:${npp}`) || (npwp && `npwp:${npwp}`) || (nib && `nib:${nib}`)
        : (nib && `nib:${nib}`) || (npwp && `npwp:${npwp}`);
    let identity = base || `nama:${nameKey}@${district ?? ''}`;

    const first = seen.get(identity);
    if (first) {
      const label = identity.startsWith('nama:') ? `Nama ${name}` : `${identity.split(':')[0]!.toUpperCase()} ${identity.slice(identity.indexOf(':') + 1)}`;
      if (first.fingerprint === record.fingerprint) {
        issues.reject(null, 'DUPLICATE_IN_FILE', `Baris ini sama dengan ${where(first.row)}; tidak diambil dua kali.`);
        result.rejected++;
        continue;
      }
      if (base && first.nameKey !== nameKey) {
        issues.reject(identity.startsWith('npp') ? 'npp' : identity.startsWith('nib') ? 'nib' : 'npwp', 'ID_CONFLICT', `${label} sudah dipakai perusahaan lain di ${where(first.row)}; periksa nomornya. Baris ini tidak diambil.`);
        result.rejected++;
        continue;
      }
      if (spec.kind === 'oss') {
        // OSS lists a business once per activity (KBLI) or location under one NIB: one business, workers added up.
        issues.warn(base ? (base.startsWith('nib') ? 'nib' : 'npwp') : 'name', 'SAME_BUSINESS', `${label} juga ada di ${where(first.row)}: dibaca sebagai kegiatan lain dari usaha yang sama; jumlah tenaga kerjanya dijumlahkan.`);
      } else if (base) {
        issues.reject(base.startsWith('npp') ? 'npp' : base.startsWith('nib') ? 'nib' : 'npwp', 'DUPLICATE_IN_FILE', `${label} sudah ada di ${where(first.row)} dengan data berbeda; perusahaan yang sama tidak boleh dua kali dalam satu daftar. Baris ini tidak diambil.`);
        result.rejected++;
        continue;
      } else {
        // Two businesses of the same name in one kecamatan, without numbers: kept apart by their row.
        identity = `${identity}#${row.rowNumber}`;
        issues.warn('name', 'SAME_NAME', `${label} juga ada di ${where(first.row)} di kecamatan yang sama, tanpa NIB/NPWP; dicatat sebagai usaha tersendiri.`);
      }
    } else {
      seen.set(identity, { row: row.rowNumber, nameKey, fingerprint: record.fingerprint });
    }
    record.identity = identity;
    if (issues.warned) result.warnings++;
    out.push(record);
  }
}

function readProjectSheet(r: Recognised, reader: RowReader, result: ListImportResult, out: NewProjectRecord[]): void {
  const { spec, sheet } = r;
  const columns = columnsOf(r.table);
  const titles = [sheet.name, ...r.sheet.rows.slice(0, r.table.headerIndex).flatMap((x) => x.cells.map(cellText))].join(' ');
  // A sheet of village works (its title or name says APB Nagari): APB Nagari unless a row says otherwise,
  // in the village the title names.
  const sheetFunding: FundingKind | null = /apb\s*nag|apbnag|dana desa|apb\s*des/i.test(titles) ? 'apb_nagari' : null;
  const titleVillage = reader.regions.villageFromText(titles);
  const seen = new Map<string, { row: number; fingerprint: string }>();
  const where = (row: number) => `${reader.isCsv ? '' : `sheet "${sheet.name}" `}baris ${row}`;
  let notConstruction = 0;
  for (const row of rowsOf(r, reader.log, columns.value ?? columns.registrationNumber ?? columns.contractNumber)) {
    const issues = new RowIssues(reader, sheet.name, row);
    issues.unsafeText(columns);
    const procurement = readText(row.at('procurement'), 120);
    if (procurement && isConstruction(procurement) === false) {
      notConstruction++;
      continue;
    }
    const pkg = readText(row.at('package'), 300);
    if (!pkg) {
      issues.reject('package', 'PACKAGE_MISSING', 'Nama paket/pekerjaan kosong; baris ini tidak dapat dicocokkan.');
      result.rejected++;
      continue;
    }
    const contractDate = row.has('contractDate') ? issues.take('contractDate', readDate(row.at('contractDate'), reader.now, 'event'), true) : null;
    let value = row.has('value') ? issues.take('value', readRupiah(row.at('value'), 'Nilai kontrak'), true) : null;
    if (value === null && !issues.rejected && row.has('ceiling')) {
      const ceiling = issues.take('ceiling', readRupiah(row.at('ceiling'), 'Pagu'), false);
      if (ceiling !== null) {
        value = ceiling;
        issues.warn(row.has('value') ? 'value' : 'ceiling', 'VALUE_FROM_CEILING', `Nilai kontrak kosong; dipakai pagu ${ceiling.toLocaleString('id-ID')} untuk perkiraan iuran.`);
      }
    }
    const registeredDate = row.has('registeredDate') ? issues.take('registeredDate', readDate(row.at('registeredDate'), reader.now, 'event'), true) : null;
    if (issues.rejected) {
      result.rejected++;
      continue;
    }
    if (value === null && spec.kind === 'packages') issues.warn(row.has('value') ? 'value' : null, 'VALUE_MISSING', 'Nilai kontrak kosong; iuran terutang proyek ini tidak dapat diperkirakan.');
    if (contractDate === null && spec.kind === 'packages') issues.warn(row.has('contractDate') ? 'contractDate' : null, 'DATE_MISSING', 'Tanggal kontrak/SPK kosong; batas waktu pendaftaran tidak dapat dihitung.');
    let startDate = row.has('startDate') ? issues.take('startDate', readDate(row.at('startDate'), reader.now, 'event'), false) : null;
    let endDate = row.has('endDate') ? issues.take('endDate', readDate(row.at('endDate'), reader.now, 'event'), false) : null;
    const duration = row.has('duration') ? issues.take('duration', readCount(row.at('duration'), 'Jangka waktu', MAGNITUDES.days), false) : null;
    startDate ??= null;
    if (!endDate && duration && (startDate ?? contractDate)) endDate = addDaysIso((startDate ?? contractDate)!, duration);
    if (startDate && endDate && endDate < startDate) {
      issues.warn('endDate', 'DATES_REVERSED', 'Tanggal selesai sebelum tanggal mulai; tanggal selesai diabaikan.');
      endDate = null;
    }
    const fundingText = readText(row.at('funding'), 120);
    const fundingKind = fundingText ? readFunding(fundingText) : sheetFunding;
    const placed = place(reader, issues, row);
    let { district, village } = placed;
    const location = readText(row.at('location'), 300);
    if (!district && !village) {
      const fromText = (fundingKind === 'apb_nagari' && titleVillage) || (location && reader.regions.villageFromText(location)) || null;
      if (fromText) {
        village = fromText.code;
        district = reader.regions.districtOf(fromText.code);
      }
    }
    let opd = readText(row.at('opd'), 200);
    if (!opd && fundingKind === 'apb_nagari' && village) opd = `Pemerintah ${reader.regions.villageLabel} ${reader.regions.name(village)}`;
    const contractor = readText(row.at('contractor'), 200);
    const contractNumber = readText(row.at('contractNumber'), 120);
    const npwpCell = row.at('contractorNpwp');
    const contractorNpwp = isBlank(npwpCell) ? null : normalizeNpwp(cellText(npwpCell));
    const workers = row.has('workers') ? issues.take('workers', readCount(row.at('workers'), 'Jumlah tenaga kerja', reader.workers), false) : null;
    const yearRead = row.has('year') ? issues.take('year', readYear(row.at('year'), 'Tahun anggaran'), false) : null;
    const registrationNumber = row.has('registrationNumber') ? normalizeCode(cellText(row.at('registrationNumber'))) : null;
    const contribution = row.has('contribution') ? issues.take('contribution', readRupiah(row.at('contribution'), 'Iuran', MAGNITUDES.contribution), false) : null;
    if (contractDate && registeredDate && registeredDate < contractDate && spec.kind === 'bpjs_projects') {
      issues.warn('registeredDate', 'REGISTERED_BEFORE_CONTRACT', 'Tanggal daftar sebelum tanggal kontrak; periksa kedua tanggal.');
    }
    if (issues.rejected) {
      // A figure no column could hold (angka terlalu besar) in the columns read last.
      result.rejected++;
      continue;
    }

    const packageKey = plainKey(pkg);
    const contractKey = normalizeContractNumber(contractNumber);
    const contractorKey = contractor ? businessNameKey(contractor) : null;
    const record: NewProjectRecord = {
      kind: spec.kind as NewProjectRecord['kind'],
      sheet: sheet.name,
      row: row.rowNumber,
      identity: '',
      fingerprint: '',
      package: pkg,
      package_key: packageKey,
      opd,
      contractor,
      contractor_key: contractorKey,
      contractor_npwp: contractorNpwp,
      contract_number: contractNumber,
      contract_key: contractKey,
      contract_date: contractDate,
      start_date: startDate,
      end_date: endDate,
      value,
      funding: fundingText ?? (fundingKind ? FUNDING_KIND_LABELS[fundingKind] : null),
      funding_kind: fundingKind,
      year: yearRead ?? (contractDate ? Number(contractDate.slice(0, 4)) : null),
      district_code: district,
      village_code: village,
      location,
      workers,
      procurement,
      registration_number: registrationNumber,
      registered_date: registeredDate,
      contribution,
      status: readText(row.at('status'), 80),
      as_of: reader.asOf,
      cells: cellsJson(row.cells, r.table, reader.now),
    };
    const { cells: _cells, sheet: _sheet, row: _row, as_of: _asOf, identity: _identity, fingerprint: _fp, ...significant } = record;
    record.fingerprint = digest(significant);
    const rupCode = row.has('rupCode') ? normalizeCode(cellText(row.at('rupCode'))) : null;
    const identity =
      (spec.kind === 'bpjs_projects' && registrationNumber && `proyek:${registrationNumber}`) ||
      (contractKey && `kontrak:${contractKey}`) ||
      (rupCode && `rup:${rupCode}`) ||
      `paket:${packageKey}@${contractorKey ?? ''}@${value ?? ''}`;
    const first = seen.get(identity);
    if (first) {
      const what = identity.startsWith('kontrak') ? `Nomor kontrak ${contractNumber}` : identity.startsWith('proyek') ? `Nomor proyek ${registrationNumber}` : `Paket "${pkg}"`;
      issues.reject(identity.startsWith('kontrak') ? 'contractNumber' : identity.startsWith('proyek') ? 'registrationNumber' : 'package', 'DUPLICATE_IN_FILE', `${what} sudah ada di ${where(first.row)}${first.fingerprint === record.fingerprint ? '' : ' dengan data berbeda'}; baris ini tidak diambil.`);
      result.rejected++;
      continue;
    }
    seen.set(identity, { row: row.rowNumber, fingerprint: record.fingerprint });
    record.identity = identity;
    if (issues.warned) result.warnings++;
    out.push(record);
  }
  if (notConstruction > 0) {
    const text = `${notConstruction} paket bukan pekerjaan konstruksi (barang, jasa lainnya, konsultansi non-konstruksi) dilewati: hanya pekerjaan konstruksi yang wajib mendaftarkan pekerjanya sebagai peserta Jakon.`;
    reader.log.general('warning', sheet.name, 'NOT_CONSTRUCTION', `Sheet "${sheet.name}": ${text}`, text);
  }
}

