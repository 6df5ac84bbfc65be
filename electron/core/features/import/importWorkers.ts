import fs from 'node:fs';
import { columnLetter, type WorkerField } from '../../../../shared/domain/workerFields';
import { WORKER_DATA_FIELDS, type WorkerData, type WorkerRow } from '../../platform/db/queries/workers';
import type { BatchFinish } from '../../platform/db/queries/workerBatch';
import { NikIndex } from './nikIndex';
import { openRejections } from './openRejections';
import type { Store } from '../../platform/db/store';
import { CancelledError, CakapError } from '../../platform/errors';
import { regencies } from '../regions/areaData';
import { detectSpreadsheetFormat } from '../../platform/spreadsheet/detect';
import { fileHash } from '../../platform/spreadsheet/fileHash';
import type { Cell } from '../../platform/spreadsheet/read';
import { spreadsheetReader } from '../../platform/spreadsheet/readInThread';
import { describeSkipped, isBlankRow, isColumnNumberRow, isHelpSheet, isTotalRow, sameCells, TableEnd, TOTAL_LABEL } from '../../platform/lists/rows';
import { detectHeader, headerSignature, refineWithContent, resolveDuplicates, type ColumnGuess } from './headers';
import { regionResolverOf } from './regionResolver';
import { checkRow, locate, type RowContext, type RowRecord, type SheetLayout } from './rowCheck';
import { cellText } from '../../platform/lists/values';
import { normalizeHeader } from '../../platform/lists/headers';
import { findDate } from '../../platform/lists/titleDates';
import { formatDate, formatNumber } from '../../../../shared/domain/format';
import type { NotWorker } from './notWorkers';
import { NOT_A_WORKER_RULES, type NotWorkerReason } from './rules';
import {
  addressPartsOf,
  mapOpenSidPopulation,
  detectSiak,
  ignoreProgramCardColumns,
  isOpenSidBeneficiaryHeader,
  isOpenSidPopulationHeader,
  isRegistryCodeSheet,
  readOpenSidProgramSheet,
  type RegistryProgram,
  type RegistrySource,
} from './registries';

/**
 * Importing a worker list: every sheet that looks like one, streamed row by row. In preview mode
 * nothing is written and the counts say what would happen; in commit mode everything is one
 * transaction (all accepted rows and the batch record, or nothing).
 */

export interface SheetOverride {
  /** Excel row number of the header, when detection picked the wrong row. */
  headerRow?: number;
  /** Column index -> field, as the operator corrected it. */
  columns?: Record<string, WorkerField>;
  /** The village (code) of every row, chosen by the operator for a sheet without nagari/kecamatan column; null: none (the kecamatan then comes from the NIK). */
  village?: string | null;
}

export interface ImportOptions {
  file: string;
  displayName: string;
  mode: 'preview' | 'commit';
  /** Import only this sheet. */
  sheet?: string;
  /** The village (code) of every sheet without a nagari/kecamatan column (`import --village`). */
  village?: string;
  overrides?: Record<string, SheetOverride>;
  actor: string;
  now: Date;
  /** At most this many issues are returned (all are stored with the batch). */
  issueLimit?: number;
  signal?: { readonly cancelled: boolean };
  onProgress?: (progress: { fraction: number; rows: number }) => void;
}

export interface ImportIssue {
  severity: 'error' | 'warning';
  sheet: string;
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

export interface SheetReport {
  name: string;
  status: 'imported' | 'skipped';
  reason: string | null;
  headerRow: number | null;
  columns: (ColumnGuess & { letter: string })[];
  /** The village every row without one is taken to be in: its name and code, and whether the sheet's name or title said so or the operator chose it. */
  defaultVillage: string | null;
  defaultVillageCode: string | null;
  defaultVillageSource: 'title' | 'chosen' | null;
  /** The registry the sheet was exported from. */
  source: RegistrySource | null;
  rows: number;
}

export type NotWorkerCounts = Record<NotWorkerReason, number>;

export interface ImportResult {
  file: string;
  batchId: number | null;
  accepted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings: number;
  issues: ImportIssue[];
  issueCount: number;
  sheets: SheetReport[];
  /** Persons the list named who are not workers, per reason: passed over, never stored or counted. */
  notWorkers: NotWorkerCounts;
  /** The registry the list was exported from ("opensid", "siak"), or null for any other list. */
  source: RegistrySource | null;
  /** OpenSID's program export: the program its Program sheet describes, offered for the enrolment of its beneficiaries. */
  offeredProgram: RegistryProgram | null;
  /** Rows taken whose kecamatan came from the NIK (no nagari/kecamatan column, no nagari chosen). */
  regionFromNik: number;
  /** Rows taken with no region at all (no column, no nagari chosen, NIK outside the regency). */
  withoutRegion: number;
  /** The same file was imported before: that import, and how many of its rejected rows still wait to be fixed. */
  duplicateOf: { batchId: number; createdAt: string; rejected: number; stillRejected: number } | null;
}

const DETECT_ROWS = 60;
/** Where each NIK was first seen is kept as sheet index × 2^22 + row. */
const ROWS_PER_SHEET = 4_194_304;

/**
 * Reads a worker list and (in commit mode) stores it, in these steps: start reading the file in its
 * own thread; tell a repeat of an earlier import (and stop there); open the batch; for each sheet,
 * find its header and columns in the first rows, then check each data row, tell new, updated and
 * unchanged workers apart, and keep every rejection and warning; say where the table ended; finish
 * the batch in one commit.
 */
export async function importWorkers(store: Store, options: ImportOptions): Promise<ImportResult> {
  const run = new WorkerListImport(store, options);
  const duplicateOf = await run.findEarlierImport();
  if (duplicateOf && options.mode === 'commit') return run.stopAsRepeat();
  await run.openBatch();
  try {
    await run.readAllRows();
    run.requireWorkerSheets();
    run.summarise();
    await run.finish();
    return run.result;
  } catch (error) {
    run.abort();
    throw error;
  }
}

class WorkerListImport {
  readonly result: ImportResult;
  private readonly isCsv: boolean;
  private readonly fileSize: number;
  // A big file's parsing starts now, in its own thread, while this one loads the regions.
  private readonly reader: ReturnType<typeof spreadsheetReader>;
  /** Importing one sheet, then another sheet of the same file, is two different imports. */
  private readonly sheetSuffix: string;
  private hash: string | null = null;
  private ctx: RowContext | null = null;
  private writer: ReturnType<Store['beginWorkerBatch']> | null = null;
  private readonly seen = new NikIndex();
  private readonly sheetNames: string[] = [];
  /** An empty workers table (the first import) needs no lookups: every NIK is new. */
  private readonly lookups: boolean;
  private readonly issueLimit: number;
  private sheet: SheetState | null = null;
  /** Non-working KTP occupations passed over, per name, for the summary warning. */
  private readonly statuses = new Map<string, number>();
  private readonly ages = new Set<string>();
  private rowsRead = 0;
  private fraction = 0;
  private lastTick = 0;

  constructor(
    private readonly store: Store,
    private readonly options: ImportOptions,
  ) {
    this.isCsv = detectSpreadsheetFormat(options.file, options.displayName) === 'csv';
    this.reader = spreadsheetReader(options.file, options.displayName);
    this.fileSize = fs.statSync(options.file).size;
    this.sheetSuffix = options.sheet === undefined ? '' : `:${options.sheet}`;
    this.lookups = store.workers.any();
    this.issueLimit = options.issueLimit ?? Number.POSITIVE_INFINITY;
    this.result = {
      file: options.displayName,
      batchId: null,
      accepted: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      warnings: 0,
      issues: [],
      issueCount: 0,
      sheets: [],
      notWorkers: { nonWorkingStatus: 0, underAge: 0, dead: 0 },
      source: null,
      offeredProgram: null,
      regionFromNik: 0,
      withoutRegion: 0,
      duplicateOf: null,
    };
  }

  /**
   * The reader hashes the file from the reads it makes anyway. Only a file the size of one imported
   * before can be that file again: that (rare) case is hashed first, so a repeat changes nothing at once.
   */
  async findEarlierImport(): Promise<ImportResult['duplicateOf']> {
    this.hash = this.store.imports.activeOfSize(this.fileSize) ? (await fileHash(this.options.file)) + this.sheetSuffix : null;
    const previous = this.hash === null ? undefined : this.store.imports.activeByHash(this.hash);
    this.result.duplicateOf = previous ? { batchId: previous.id, createdAt: previous.created_at, ...openRejections(this.store, previous) } : null;
    return this.result.duplicateOf;
  }

  /** The same file again changes nothing: say so instead of importing. */
  stopAsRepeat(): ImportResult {
    this.reader.stop();
    return this.result;
  }

  /** Loads what every row is checked against and, in commit mode, opens the batch's transaction. */
  async openBatch(): Promise<void> {
    this.ctx = await rowContext(this.store, this.options.now).catch((error: unknown) => {
      this.reader.stop();
      throw error;
    });
    if (this.options.mode === 'commit') {
      this.writer = this.store.beginWorkerBatch({
        file_name: this.options.displayName,
        file_size: this.fileSize,
        actor: this.options.actor,
        created_at: this.options.now.toISOString(),
      });
    }
  }

  async readAllRows(): Promise<void> {
    await this.reader.read({
      displayName: this.options.displayName,
      onBytes: (read, total) => {
        this.fraction = total > 0 ? read / total : 0;
      },
      onHash: (sha256) => {
        this.hash ??= sha256 + this.sheetSuffix;
      },
      onSheet: (name, index) => {
        this.finishSheet();
        this.sheetNames[index] = name;
        this.sheet = this.newSheet(name, index, this.options.sheet !== undefined && name !== this.options.sheet);
      },
      onRow: (rowNumber, cells) => this.onRow(rowNumber, cells),
    });
    this.finishSheet();
    if (this.options.signal?.cancelled) throw new CancelledError();
  }

  /** A sheet asked for by name must exist, and at least one sheet must be a worker list. */
  requireWorkerSheets(): void {
    const { sheets } = this.result;
    const { sheet, displayName } = this.options;
    if (sheet !== undefined && !sheets.some((s) => s.name === sheet)) {
      throw new CakapError('NOT_WORKER_LIST', `Sheet "${sheet}" tidak ada di berkas "${displayName}". Sheet yang ada: ${sheets.map((s) => s.name).join(', ')}.`);
    }
    if (!sheets.some((s) => s.status === 'imported')) {
      const why = sheets.length === 1 ? sheets[0]!.reason : 'tidak ada sheet dengan kolom NIK dan Nama';
      throw new CakapError('NOT_WORKER_LIST', `Berkas "${displayName}" bukan daftar pekerja: ${why}`);
    }
  }

  async finish(): Promise<void> {
    if (this.writer) {
      this.result.batchId = this.writer.finish({ ...finishOf(this.result, this.options), fileHash: this.hash ?? (await fileHash(this.options.file)) + this.sheetSuffix });
    }
    this.options.onProgress?.({ fraction: 1, rows: this.rowsRead });
  }

  abort(): void {
    this.reader.stop();
    this.writer?.abort();
  }

  private onRow(rowNumber: number, cells: Cell[]): void {
    if ((++this.rowsRead & 1023) === 0) this.tick();
    const state = this.sheet!;
    if (state.ignored) return;
    if (state.layout === undefined) {
      // The first rows wait until there are enough of them to find the header in.
      if (state.pending.length === 0 && isBlankRow(cells)) return;
      state.pending.push({ rowNumber, cells });
      if (state.pending.length >= DETECT_ROWS) {
        this.decideLayout(state);
        this.flushPending(state);
      }
    } else if (state.layout && rowNumber > state.dataAfter) {
      this.pushRow(state, rowNumber, cells);
    }
  }

  /** Every thousand rows: stop if cancelled, report progress a few times a second. */
  private tick(): void {
    if (this.options.signal?.cancelled) throw new CancelledError();
    const now = Date.now();
    if (now - this.lastTick >= 150) {
      this.lastTick = now;
      this.options.onProgress?.({ fraction: this.fraction, rows: this.rowsRead });
    }
  }

  private newSheet(name: string, index: number, ignored: boolean): SheetState {
    // A template's instructions or drop-down values: passed over quietly, unless asked for by name.
    const help = !ignored && this.options.sheet === undefined && (isHelpSheet(name) || isRegistryCodeSheet(name));
    return {
      index,
      ignored: ignored || help,
      quiet: help,
      pending: [],
      layout: ignored || help ? null : undefined,
      end: null,
      headers: [],
      dataAfter: 0,
      report: {
        name,
        status: 'skipped',
        reason: ignored ? null : help ? 'petunjuk pengisian atau daftar pilihan, bukan data.' : 'sheet kosong',
        headerRow: null,
        columns: [],
        defaultVillage: null,
        defaultVillageCode: null,
        defaultVillageSource: null,
        source: null,
        rows: 0,
      },
    };
  }

  private decideLayout(state: SheetState): void {
    // OpenSID's program export: its Program sheet names the program; the beneficiaries are on the next sheet.
    const program = readOpenSidProgramSheet(state.report.name, state.pending.map((r) => r.cells));
    if (program) {
      this.result.offeredProgram = program;
      this.result.source = 'opensid';
      Object.assign(state, { layout: null, quiet: true });
      state.report.reason = `keterangan program bantuan "${program.name}" dari OpenSID; penerimanya ada di sheet lain.`;
      return;
    }
    const override = this.options.overrides?.[state.report.name];
    const village = override && 'village' in override ? (override.village ?? null) : (this.options.village ?? undefined);
    state.layout = layoutFor(state, this.store, this.ctx!, override, village);
    if (state.layout && state.report.source) this.result.source ??= state.report.source;
    // Signature blocks, notes and a second table after the data are told apart from data rows here.
    if (state.layout) state.end = new TableEnd(state.layout.columns.nik, (cells) => detectHeader([cells as Cell[]]) !== null, sameCells(state.headers));
  }

  private flushPending(state: SheetState): void {
    const rows = state.pending;
    state.pending = [];
    if (!state.layout) return;
    for (const row of rows) if (row.rowNumber > state.dataAfter) this.pushRow(state, row.rowNumber, row.cells);
  }

  /** A row after the header goes through the table's end detection, which hands back the data rows. */
  private pushRow(state: SheetState, rowNumber: number, cells: Cell[]): void {
    for (const row of state.end!.push({ rowNumber, cells })) this.checkDataRow(state, row.rowNumber, row.cells);
  }

  /** The rest of a sheet's rows, where its table ended, and whether it was a worker list at all. */
  private finishSheet(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    if (sheet.layout === undefined) this.decideLayout(sheet);
    this.flushPending(sheet);
    if (sheet.end) {
      for (const row of sheet.end.finish()) this.checkDataRow(sheet, row.rowNumber, row.cells);
      for (const skipped of sheet.end.skipped) {
        const text = describeSkipped(skipped);
        const sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
        this.addIssue(
          {
            severity: 'warning',
            sheet: sheet.report.name,
            row: skipped.from,
            column: null,
            code: skipped.kind === 'table' ? 'SECOND_TABLE_SKIPPED' : 'ENDING_SKIPPED',
            message: this.isCsv ? sentence : `Sheet "${sheet.report.name}": ${text}`,
          },
          sentence,
          null,
        );
      }
    }
    this.result.sheets.push(sheet.report);
    if (sheet.report.status === 'skipped' && sheet.report.reason && !sheet.quiet) {
      this.addIssue(
        { severity: 'warning', sheet: sheet.report.name, row: null, column: null, code: 'SHEET_SKIPPED', message: `Sheet "${sheet.report.name}" dilewati: ${sheet.report.reason}` },
        sheet.report.reason,
        null,
      );
    }
  }

  /** One data row: checked, a NIK seen before in the file refused, its issues kept, then stored as new, updated or unchanged. */
  private checkDataRow(state: SheetState, rowNumber: number, cells: Cell[]): void {
    const layout = state.layout!;
    if (!isDataRow(cells, layout)) return;
    state.report.rows++;
    const { record, issues, notWorker } = checkRow(cells, layout, this.ctx!);
    if (notWorker) {
      this.passOver(state, rowNumber, cells, notWorker);
      return;
    }
    let duplicate = false;
    if (record) {
      const first = this.seen.getOrAdd(Number(record.nik), state.index * ROWS_PER_SHEET + rowNumber);
      if (first !== undefined) {
        duplicate = true;
        const firstRow = first % ROWS_PER_SHEET;
        const where = this.isCsv ? `baris ${firstRow}` : `sheet "${this.sheetNames[Math.floor(first / ROWS_PER_SHEET)]}" baris ${firstRow}`;
        issues.push({ severity: 'error', code: 'DUPLICATE_IN_FILE', field: 'nik', column: layout.columns.nik ?? null, text: `NIK ${record.nik} sudah ada di ${where}; baris ini tidak diambil.` });
      }
    }
    const rejected = !record || duplicate;
    let rawSaved = false;
    for (const issue of issues) {
      const { where, columnPart } = locate(state.report.name, rowNumber, issue, state.headers, this.isCsv);
      const detail = columnPart ? `${columnPart.charAt(0).toUpperCase()}${columnPart.slice(1)}: ${issue.text}` : issue.text;
      // The rejection file gives the sender back the row as it was: its cells are kept with its first error.
      const raw = rejected && issue.severity === 'error' && !rawSaved ? JSON.stringify(cells.map(rawCell)) : null;
      if (raw) rawSaved = true;
      this.addIssue(
        { severity: issue.severity, sheet: state.report.name, row: rowNumber, column: issue.column === null ? null : columnLetter(issue.column), code: issue.code, message: `${where}: ${issue.text}` },
        detail,
        raw,
      );
    }
    if (rejected) {
      this.result.rejected++;
      return;
    }
    if (issues.length > 0) this.result.warnings++;
    if (record!.region_source === 'nik') this.result.regionFromNik++;
    else if (!record!.district_code && !hasRegionSource(layout)) this.result.withoutRegion++;
    this.storeWorker(record!);
  }

  /** Not a worker: counted under its reason and kept, with the row as it was, for the rejection file's "Bukan pekerja" sheet. */
  private passOver(state: SheetState, rowNumber: number, cells: Cell[], notWorker: NotWorker): void {
    this.result.notWorkers[notWorker.reason]++;
    if (notWorker.status) this.statuses.set(notWorker.status, (this.statuses.get(notWorker.status) ?? 0) + 1);
    if (notWorker.reason === 'underAge') this.ages.add(formatDate(isoDay(state.layout!.listDate)));
    this.writer?.passedOver({ sheet: state.report.name, row: rowNumber, reason: notWorker.reason, detail: notWorker.detail, raw: JSON.stringify(cells.map(rawCell)) });
  }

  /**
   * One warning per reason a person was passed over, and per kind of region the list left unsaid:
   * the counts and where to look, instead of a line for each of hundreds of rows.
   */
  summarise(): void {
    const { notWorkers, regionFromNik, withoutRegion } = this.result;
    const say = (code: string, message: string) => this.addIssue({ severity: 'warning', sheet: '', row: null, column: null, code, message }, message, null);
    if (notWorkers.dead > 0) say('NOT_WORKER_DEAD', `${formatNumber(notWorkers.dead)} orang tercatat meninggal; tidak diimpor sebagai pekerja.`);
    if (notWorkers.underAge > 0) {
      const { years } = NOT_A_WORKER_RULES.workingAge;
      say(
        'NOT_WORKER_UNDER_AGE',
        `${formatNumber(notWorkers.underAge)} orang berumur di bawah ${years} tahun pada ${[...this.ages].join(', ')}; tidak diimpor sebagai pekerja (usia kerja ${years} tahun ke atas, BPS).`,
      );
    }
    if (notWorkers.nonWorkingStatus > 0) {
      const which = [...this.statuses].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${formatNumber(n)}`).join(', ');
      say('NOT_WORKER_STATUS', `${formatNumber(notWorkers.nonWorkingStatus)} orang dengan pekerjaan di KTP yang bukan pekerjaan (${which}); tidak diimpor sebagai pekerja.`);
    }
    const label = this.ctx!.regions.villageLabel.toLowerCase();
    if (regionFromNik > 0) {
      say(
        'REGION_FROM_NIK',
        `${formatNumber(regionFromNik)} pekerja tanpa kolom ${label} atau kecamatan: kecamatannya diambil dari kode wilayah NIK (ditandai "dari NIK"), ${label}nya belum diketahui. Bila daftar ini dari satu ${label}, pilih ${label}nya untuk seluruh daftar (halaman Impor, atau import --village).`,
      );
    }
    if (withoutRegion > 0) {
      say(
        'REGION_NONE',
        `${formatNumber(withoutRegion)} pekerja tanpa wilayah: tidak ada kolom ${label} atau kecamatan, dan NIK-nya terdaftar di luar ${this.ctx!.regions.regency.name}. Mereka dihitung di baris "Wilayah tidak diketahui" pada laporan.`,
      );
    }
  }

  private storeWorker(record: RowRecord): void {
    const outcome: Outcome = this.lookups ? classify(this.store, record) : NEW;
    if (outcome.kind === 'new') {
      this.result.accepted++;
      this.writer?.insert([record.nik, ...WORKER_DATA_FIELDS.map((f) => record[f] ?? null)]);
    } else if (outcome.kind === 'updated') {
      this.result.updated++;
      // The old batch and time go into the history too, so undo restores the row exactly.
      const before = { ...outcome.before, updated_batch: outcome.existing.updated_batch, updated_at: outcome.existing.updated_at };
      this.writer?.update({ id: outcome.existing.id, data: outcome.changed, before, after: outcome.after });
    } else {
      this.result.unchanged++;
      this.writer?.unchanged(outcome.existing.id);
    }
  }

  private addIssue(issue: ImportIssue, detail: string, raw: string | null): void {
    this.result.issueCount++;
    if (this.result.issues.length < this.issueLimit) this.result.issues.push(issue);
    this.writer?.issue({ severity: issue.severity, sheet: issue.sheet, row: issue.row, col: issue.column, code: issue.code, message: issue.message, detail, raw });
  }
}

interface SheetState {
  index: number;
  ignored: boolean;
  /** Skipped without a warning (a template's instruction or drop-down sheet). */
  quiet: boolean;
  pending: { rowNumber: number; cells: Cell[] }[];
  /** undefined: not decided yet; null: not a worker list. */
  layout: SheetLayout | null | undefined;
  /** Follows the rows after the header: data, or the list's ending (signature, notes, a second table). */
  end: TableEnd | null;
  headers: string[];
  /** Rows up to this Excel row number are header, sub-header or title. */
  dataAfter: number;
  report: SheetReport;
}

function layoutFor(state: SheetState, store: Store, ctx: RowContext, override: SheetOverride | undefined, chosenVillage: string | null | undefined): SheetLayout | null {
  const rows = state.pending;
  if (rows.length === 0) return null;
  // SIAK's export is read by the place of its columns, as OpenSID reads it; any other list by its headers.
  const siak = detectSiak(rows.map((r) => r.cells));
  let detection = siak ?? detectHeader(rows.map((r) => r.cells));
  if (override?.headerRow !== undefined) {
    const index = rows.findIndex((r) => r.rowNumber === override.headerRow);
    if (index >= 0) {
      const forced = detectHeader([rows[index]!.cells, ...(rows[index + 1] ? [rows[index + 1]!.cells] : [])]);
      detection = forced
        ? { ...forced, headerIndex: index, subHeaderIndex: forced.subHeaderIndex === null ? null : index + 1 }
        : {
            headerIndex: index,
            subHeaderIndex: null,
            columns: rows[index]!.cells.map((c, i) => ({ index: i, header: cellText(c), field: 'ignore' as WorkerField, confidence: 0, source: 'none' as const })),
          };
    }
  }
  if (!detection) {
    state.report.reason = 'tidak tampak seperti daftar pekerja (tidak ada baris judul kolom dengan NIK dan Nama).';
    return null;
  }
  const headerRow = rows[detection.headerIndex]!;
  const lastHeader = rows[detection.subHeaderIndex ?? detection.headerIndex]!;
  const sample = rows
    .slice((detection.subHeaderIndex ?? detection.headerIndex) + 1)
    .map((r) => r.cells)
    .filter((cells) => !isColumnNumberRow(cells) && !isTotalRow(cells));
  const columns = detection.columns;
  const headers = columns.map((c) => c.header);
  const beneficiaries = isOpenSidBeneficiaryHeader(headers);
  const source: RegistrySource | null = siak && detection === siak ? 'siak' : beneficiaries || isOpenSidPopulationHeader(headers) ? 'opensid' : null;

  const signature = headerSignature(columns);
  const remembered = store.imports.mapping(signature);
  if (remembered && !override?.columns) {
    const fields = JSON.parse(remembered) as Record<string, WorkerField>;
    for (const column of columns) {
      const field = fields[String(column.index)];
      if (field) Object.assign(column, { field, confidence: 1, source: 'remembered' });
    }
  } else if (source === 'opensid' && !beneficiaries) {
    mapOpenSidPopulation(columns);
  } else if (source !== 'siak') {
    refineWithContent(columns, sample);
    if (beneficiaries) ignoreProgramCardColumns(columns);
  }
  if (override?.columns) {
    for (const [index, field] of Object.entries(override.columns)) {
      const column = columns[Number(index)] ?? { index: Number(index), header: '', field, confidence: 1, source: 'operator' as const };
      Object.assign(column, { field, confidence: 1, source: 'operator' });
      columns[Number(index)] = column;
    }
    resolveDuplicates(columns.filter((c) => c.source !== 'operator').concat(columns.filter((c) => c.source === 'operator')));
  }

  const map: Partial<Record<WorkerField, number>> = {};
  for (const column of columns) if (column.field !== 'ignore') map[column.field] = column.index;
  state.headers = columns.map((c) => c.header);
  state.dataAfter = lastHeader.rowNumber;
  state.report.headerRow = headerRow.rowNumber;
  state.report.columns = columns.map((c) => ({ ...c, letter: columnLetter(c.index) }));
  state.report.source = source;

  if (map.nik === undefined || map.name === undefined) {
    const missing = [map.nik === undefined ? 'NIK' : null, map.name === undefined ? 'Nama' : null].filter(Boolean).join(' dan ');
    state.report.reason = `kolom ${missing} tidak ditemukan.`;
    return null;
  }

  // Numbers with a non-zero last digit in the NIK column mean the file was not typed in Excel.
  const nikNumbers = sample.map((r) => r[map.nik!]).filter((c): c is number => typeof c === 'number');
  const nikNumbersPrecise = nikNumbers.some((n) => n % 10 !== 0);

  const titles = [state.report.name, ...rows.slice(0, detection.headerIndex).flatMap((r) => r.cells.map(cellText))];
  let defaultVillage: { code: string; name: string; from: 'title' | 'chosen' } | null = null;
  if (map.village === undefined) {
    // The operator's choice (the Impor page, --village) first; else the sheet's name or title.
    if (chosenVillage) defaultVillage = { code: chosenVillage, name: ctx.regions.name(chosenVillage), from: 'chosen' };
    else if (chosenVillage === undefined) {
      const found = ctx.regions.villageFromText(state.report.name) ?? ctx.regions.villageFromText(titles.join(' | '));
      if (found) defaultVillage = { ...found, from: 'title' };
    }
  }
  state.report.defaultVillage = defaultVillage?.name ?? null;
  state.report.defaultVillageCode = defaultVillage?.code ?? null;
  state.report.defaultVillageSource = defaultVillage?.from ?? null;
  state.report.status = 'imported';
  state.report.reason = null;
  // Ages are counted at the date the title gives ("per 31 Desember 2025"), never later than today.
  const titleDate = findDate(titles);
  const today = isoDay(ctx.today);
  const listDate = new Date(`${titleDate && titleDate <= today ? titleDate : today}T00:00:00Z`);
  const statusCodes = source !== null || (map.lifeStatus !== undefined && normalizeHeader(columns[map.lifeStatus]!.header) === 'status dasar');
  // A registry's address is in parts (street, dusun, RT, RW) unless the operator mapped the columns.
  const addressParts = override?.columns || remembered ? null : addressPartsOf(source, columns);
  return { sheet: state.report.name, columns: map, nikNumbersPrecise, defaultVillage: defaultVillage?.code ?? null, source, statusCodes, listDate, addressParts };
}

/** A sheet that says where its workers are: a nagari or kecamatan column, or a nagari for all of it. */
function hasRegionSource(layout: SheetLayout): boolean {
  return layout.columns.village !== undefined || layout.columns.district !== undefined || layout.defaultVillage !== null;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Data rows have content; "(1) (2) (3)", totals and a lone group title do not count. (Signature
 * blocks, notes and second tables after the data never get here: TableEnd keeps them out.)
 */
function isDataRow(cells: Cell[], layout: SheetLayout): boolean {
  if (isBlankRow(cells)) return false;
  if (isColumnNumberRow(cells)) return false;
  const nik = layout.columns.nik === undefined ? '' : cellText(cells[layout.columns.nik]);
  if (/\d/.test(nik)) return true;
  const filled = cells.map(cellText).filter((t) => t !== '');
  if (filled.some((t) => TOTAL_LABEL.test(t))) return false;
  if (nik) return true;
  const name = layout.columns.name === undefined ? '' : cellText(cells[layout.columns.name]);
  // A lone note or group title ("JORONG KOTO BARU") in some other column is not a worker.
  if (!name && filled.length <= 1) return false;
  return true;
}

function rawCell(cell: Cell): string | number | boolean | null {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell ?? null;
}

type Outcome = { kind: 'new' } | { kind: 'unchanged'; existing: WorkerRow } | { kind: 'updated'; existing: WorkerRow; changed: WorkerData; before: Partial<WorkerData>; after: Partial<WorkerData> };

/** New, updated or unchanged: only fields the list gives (non-empty) can change a known worker. */
function classify(store: Store, record: RowRecord): Outcome {
  const existing = store.workers.byNik(record.nik);
  if (!existing) return { kind: 'new' };
  const merged = {} as WorkerData;
  const before: Partial<WorkerData> = {};
  const after: Partial<WorkerData> = {};
  // A kecamatan read from the NIK never replaces a place a list gave.
  const keepPlace = record.region_source === 'nik' && existing.region_source === 'list';
  for (const field of WORKER_DATA_FIELDS) {
    const given = keepPlace && (field === 'district_code' || field === 'region_source') ? undefined : record[field];
    const old = existing[field];
    if (given !== undefined && given !== null && given !== old) {
      (merged as Record<string, unknown>)[field] = given;
      (before as Record<string, unknown>)[field] = old;
      (after as Record<string, unknown>)[field] = given;
    } else {
      (merged as Record<string, unknown>)[field] = old;
    }
  }
  return Object.keys(after).length === 0 ? { kind: 'unchanged', existing } : { kind: 'updated', existing, changed: merged, before, after };
}

const NEW: Outcome = { kind: 'new' };

/** What the writer thread stores once every row is read: counts, sheets, confirmed mappings. */
function finishOf(result: ImportResult, options: ImportOptions): Omit<BatchFinish, 'fileHash'> {
  const imported = result.sheets.filter((s) => s.status === 'imported');
  return {
    sheets: JSON.stringify(
      imported.map((s) => ({
        name: s.name,
        headerRow: s.headerRow,
        headers: s.columns.map((c) => c.header),
        columns: s.columns.filter((c) => c.field !== 'ignore').map((c) => ({ index: c.index, field: c.field })),
        defaultVillage: s.defaultVillage,
        source: s.source,
      })),
    ),
    accepted: result.accepted,
    updated: result.updated,
    unchanged: result.unchanged,
    rejected: result.rejected,
    warnings: result.warnings,
    passedOver: result.notWorkers.dead + result.notWorkers.underAge + result.notWorkers.nonWorkingStatus,
    // A mapping the operator corrected is remembered for the next file with the same headers.
    mappings: result.sheets
      .filter((s) => s.columns.some((c) => c.source === 'operator'))
      .map((s) => ({
        signature: headerSignature(s.columns),
        mapping: JSON.stringify(Object.fromEntries(s.columns.filter((c) => c.field !== 'ignore').map((c) => [String(c.index), c.field]))),
      })),
    audit: { file: options.displayName, accepted: result.accepted, updated: result.updated, rejected: result.rejected, notWorkers: result.notWorkers, source: result.source },
  };
}

async function rowContext(store: Store, now: Date): Promise<RowContext> {
  const regions = regionResolverOf(store);
  const regencyNames = new Map((await regencies()).map((r) => [r.code, r.name]));
  return { regions, regencyNames, today: now };
}
