import crypto from 'node:crypto';
import fs from 'node:fs';
import { columnLetter, type WorkerField } from '../../../shared/domain/workerFields';
import type { Db } from '../db/open';
import { WORKER_DATA_FIELDS, type WorkerData, type WorkerRow } from '../db/queries/workers';
import { batchWriter, type BatchFinish } from './batchWrites';
import { NikIndex } from './nikIndex';
import { openRejections } from './openRejections';
import { createStore, type Store } from '../db/store';
import { CancelledError, CakapError } from '../errors';
import { regencies } from '../regions/areaData';
import { readSettings, requireRegency } from '../settings/settings';
import { detectSpreadsheetFormat } from '../spreadsheet/detect';
import type { Cell } from '../spreadsheet/read';
import { spreadsheetReader } from '../spreadsheet/readInThread';
import { describeSkipped, isBlankRow, isColumnNumberRow, isHelpSheet, isTotalRow, sameCells, TableEnd, TOTAL_LABEL } from '../spreadsheet/rows';
import { detectHeader, headerSignature, refineWithContent, resolveDuplicates, type ColumnGuess } from './headers';
import { RegionResolver } from './regions';
import { checkRow, locate, type RowContext, type RowRecord, type SheetLayout } from './rowCheck';
import { cellText } from './values';

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
}

export interface ImportOptions {
  file: string;
  displayName: string;
  mode: 'preview' | 'commit';
  /** Import only this sheet. */
  sheet?: string;
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
  defaultVillage: string | null;
  rows: number;
}

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
  /** The same file was imported before: that import, and how many of its rejected rows still wait to be fixed. */
  duplicateOf: { batchId: number; createdAt: string; rejected: number; stillRejected: number } | null;
}

const DETECT_ROWS = 60;

export async function importWorkers(db: Db, options: ImportOptions): Promise<ImportResult> {
  const store = createStore(db);
  const format = detectSpreadsheetFormat(options.file, options.displayName);
  // A big file's parsing starts now, in its own thread, while this one loads the regions.
  const reader = spreadsheetReader(options.file, options.displayName);
  const fileSize = fs.statSync(options.file).size;
  // Importing one sheet, then another sheet of the same file, is two different imports.
  const sheetSuffix = options.sheet === undefined ? '' : `:${options.sheet}`;
  // The reader hashes the file from the reads it makes anyway. Only a file the size of one imported
  // before can be that file again: that (rare) case is hashed first, so a repeat changes nothing at once.
  let hash: string | null = store.imports.activeOfSize(fileSize) ? (await fileHash(options.file)) + sheetSuffix : null;
  const previous = hash === null ? undefined : store.imports.activeByHash(hash);
  const duplicateOf = previous ? { batchId: previous.id, createdAt: previous.created_at, ...openRejections(store, previous) } : null;

  const result: ImportResult = {
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
    duplicateOf,
  };
  // The same file again changes nothing: say so instead of importing.
  if (duplicateOf && options.mode === 'commit') {
    reader.stop();
    return result;
  }

  const ctx = await rowContext(store, options.now).catch((error: unknown) => {
    reader.stop();
    throw error;
  });
  const writer =
    options.mode === 'commit'
      ? batchWriter(db, {
          file_name: options.displayName,
          file_size: fileSize,
          actor: options.actor,
          created_at: options.now.toISOString(),
        })
      : null;
  // Where each NIK was first seen, as sheet index * 2^22 + row.
  const seen = new NikIndex();
  const sheetNames: string[] = [];
  // An empty workers table (the first import) needs no lookups: every NIK is new.
  const lookups = store.workers.any();
  const issueLimit = options.issueLimit ?? Number.POSITIVE_INFINITY;
  const isCsv = format === 'csv';
  let rowsRead = 0;
  let fraction = 0;
  let lastTick = 0;

  const addIssue = (issue: ImportIssue, detail: string, raw: string | null) => {
    result.issueCount++;
    if (result.issues.length < issueLimit) result.issues.push(issue);
    writer?.issue({ severity: issue.severity, sheet: issue.sheet, row: issue.row, col: issue.column, code: issue.code, message: issue.message, detail, raw });
  };

  let sheet: SheetState | null = null;
  const finishSheet = () => {
    if (!sheet) return;
    if (sheet.layout === undefined) decideLayout(sheet);
    flushPending(sheet);
    if (sheet.end) {
      for (const row of sheet.end.finish()) processDataRow(sheet, row.rowNumber, row.cells);
      for (const skipped of sheet.end.skipped) {
        const text = describeSkipped(skipped);
        const sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
        addIssue(
          {
            severity: 'warning',
            sheet: sheet.report.name,
            row: skipped.from,
            column: null,
            code: skipped.kind === 'table' ? 'SECOND_TABLE_SKIPPED' : 'ENDING_SKIPPED',
            message: isCsv ? sentence : `Sheet "${sheet.report.name}": ${text}`,
          },
          sentence,
          null,
        );
      }
    }
    result.sheets.push(sheet.report);
    if (sheet.report.status === 'skipped' && sheet.report.reason && !sheet.quiet) {
      addIssue(
        { severity: 'warning', sheet: sheet.report.name, row: null, column: null, code: 'SHEET_SKIPPED', message: `Sheet "${sheet.report.name}" dilewati: ${sheet.report.reason}` },
        sheet.report.reason,
        null,
      );
    }
  };

  const decideLayout = (state: SheetState) => {
    state.layout = layoutFor(state, store, ctx, options.overrides?.[state.report.name]);
    // Signature blocks, notes and a second table after the data are told apart from data rows here.
    if (state.layout) state.end = new TableEnd(state.layout.columns.nik, (cells) => detectHeader([cells as Cell[]]) !== null, sameCells(state.headers));
  };

  const flushPending = (state: SheetState) => {
    const rows = state.pending;
    state.pending = [];
    if (!state.layout) return;
    for (const row of rows) if (row.rowNumber > state.dataAfter) processRow(state, row.rowNumber, row.cells);
  };

  const processRow = (state: SheetState, rowNumber: number, cells: Cell[]) => {
    for (const row of state.end!.push({ rowNumber, cells })) processDataRow(state, row.rowNumber, row.cells);
  };

  const processDataRow = (state: SheetState, rowNumber: number, cells: Cell[]) => {
    const layout = state.layout!;
    if (!isDataRow(cells, layout)) return;
    state.report.rows++;
    const { record, issues } = checkRow(cells, layout, ctx);
    let duplicate = false;
    if (record) {
      const first = seen.getOrAdd(Number(record.nik), state.index * 4_194_304 + rowNumber);
      if (first !== undefined) {
        duplicate = true;
        const firstRow = first % 4_194_304;
        const where = isCsv ? `baris ${firstRow}` : `sheet "${sheetNames[Math.floor(first / 4_194_304)]}" baris ${firstRow}`;
        issues.push({ severity: 'error', code: 'DUPLICATE_IN_FILE', field: 'nik', column: layout.columns.nik ?? null, text: `NIK ${record.nik} sudah ada di ${where}; baris ini tidak diambil.` });
      }
    }
    const rejected = !record || duplicate;
    let rawSaved = false;
    for (const issue of issues) {
      const { where, columnPart } = locate(state.report.name, rowNumber, issue, state.headers, isCsv);
      const detail = columnPart ? `${columnPart.charAt(0).toUpperCase()}${columnPart.slice(1)}: ${issue.text}` : issue.text;
      const raw = rejected && issue.severity === 'error' && !rawSaved ? JSON.stringify(cells.map(rawCell)) : null;
      if (raw) rawSaved = true;
      addIssue(
        {
          severity: issue.severity,
          sheet: state.report.name,
          row: rowNumber,
          column: issue.column === null ? null : columnLetter(issue.column),
          code: issue.code,
          message: `${where}: ${issue.text}`,
        },
        detail,
        raw,
      );
    }
    if (rejected) {
      result.rejected++;
      return;
    }
    if (issues.length > 0) result.warnings++;
    const outcome: Outcome = lookups ? classify(store, record!) : NEW;
    if (outcome.kind === 'new') {
      result.accepted++;
      writer?.insert([record!.nik, ...WORKER_DATA_FIELDS.map((f) => record![f] ?? null)]);
    } else if (outcome.kind === 'updated') {
      result.updated++;
      // The old batch and time go into the history too, so undo restores the row exactly.
      const before = { ...outcome.before, updated_batch: outcome.existing.updated_batch, updated_at: outcome.existing.updated_at };
      writer?.update({ id: outcome.existing.id, data: outcome.changed, before, after: outcome.after });
    } else {
      result.unchanged++;
      writer?.unchanged(outcome.existing.id);
    }
  };

  try {
    await reader.read({
      displayName: options.displayName,
      onBytes: (read, total) => {
        fraction = total > 0 ? read / total : 0;
      },
      onHash: (sha256) => {
        hash ??= sha256 + sheetSuffix;
      },
      onSheet: (name, index) => {
        finishSheet();
        sheetNames[index] = name;
        sheet = newSheet(name, index, options.sheet !== undefined && name !== options.sheet);
      },
      onRow: (rowNumber, cells) => {
        if ((++rowsRead & 1023) === 0) {
          if (options.signal?.cancelled) throw new CancelledError();
          const now = Date.now();
          if (now - lastTick >= 150) {
            lastTick = now;
            options.onProgress?.({ fraction, rows: rowsRead });
          }
        }
        const state = sheet!;
        if (state.ignored) return;
        if (state.layout === undefined) {
          if (state.pending.length === 0 && isBlankRow(cells)) return;
          state.pending.push({ rowNumber, cells });
          if (state.pending.length >= DETECT_ROWS) {
            decideLayout(state);
            flushPending(state);
          }
        } else if (state.layout && rowNumber > state.dataAfter) {
          processRow(state, rowNumber, cells);
        }
      },
    });
    finishSheet();
    if (options.signal?.cancelled) throw new CancelledError();

    if (options.sheet !== undefined && !result.sheets.some((s) => s.name === options.sheet)) {
      throw new CakapError('NOT_WORKER_LIST', `Sheet "${options.sheet}" tidak ada di berkas "${options.displayName}". Sheet yang ada: ${result.sheets.map((s) => s.name).join(', ')}.`);
    }
    if (!result.sheets.some((s) => s.status === 'imported')) {
      const why = result.sheets.length === 1 ? result.sheets[0]!.reason : 'tidak ada sheet dengan kolom NIK dan Nama';
      throw new CakapError('NOT_WORKER_LIST', `Berkas "${options.displayName}" bukan daftar pekerja: ${why}`);
    }
    if (writer) result.batchId = writer.finish({ ...finishOf(result, options), fileHash: hash ?? (await fileHash(options.file)) + sheetSuffix });
    options.onProgress?.({ fraction: 1, rows: rowsRead });
    return result;
  } catch (error) {
    reader.stop();
    writer?.abort();
    throw error;
  }

  function newSheet(name: string, index: number, ignored: boolean): SheetState {
    // A template's instructions or drop-down values: passed over quietly, unless asked for by name.
    const help = !ignored && options.sheet === undefined && isHelpSheet(name);
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
        rows: 0,
      },
    };
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

function layoutFor(state: SheetState, store: Store, ctx: RowContext, override: SheetOverride | undefined): SheetLayout | null {
  const rows = state.pending;
  if (rows.length === 0) return null;
  let detection = detectHeader(rows.map((r) => r.cells));
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

  const signature = headerSignature(columns);
  const remembered = store.imports.mapping(signature);
  if (remembered && !override?.columns) {
    const fields = JSON.parse(remembered) as Record<string, WorkerField>;
    for (const column of columns) {
      const field = fields[String(column.index)];
      if (field) Object.assign(column, { field, confidence: 1, source: 'remembered' });
    }
  } else {
    refineWithContent(columns, sample);
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

  if (map.nik === undefined || map.name === undefined) {
    const missing = [map.nik === undefined ? 'NIK' : null, map.name === undefined ? 'Nama' : null].filter(Boolean).join(' dan ');
    state.report.reason = `kolom ${missing} tidak ditemukan.`;
    return null;
  }

  // Numbers with a non-zero last digit in the NIK column mean the file was not typed in Excel.
  const nikNumbers = sample.map((r) => r[map.nik!]).filter((c): c is number => typeof c === 'number');
  const nikNumbersPrecise = nikNumbers.some((n) => n % 10 !== 0);

  let defaultVillage: string | null = null;
  if (map.village === undefined) {
    const titles = [state.report.name, ...rows.slice(0, detection.headerIndex).flatMap((r) => r.cells.map(cellText))].join(' | ');
    const found = ctx.regions.villageFromText(state.report.name) ?? ctx.regions.villageFromText(titles);
    defaultVillage = found?.name ?? null;
  }
  state.report.defaultVillage = defaultVillage;
  state.report.status = 'imported';
  state.report.reason = null;
  return { sheet: state.report.name, columns: map, nikNumbersPrecise, defaultVillage };
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
  for (const field of WORKER_DATA_FIELDS) {
    const given = record[field];
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
      })),
    ),
    accepted: result.accepted,
    updated: result.updated,
    unchanged: result.unchanged,
    rejected: result.rejected,
    warnings: result.warnings,
    // A mapping the operator corrected is remembered for the next file with the same headers.
    mappings: result.sheets
      .filter((s) => s.columns.some((c) => c.source === 'operator'))
      .map((s) => ({
        signature: headerSignature(s.columns),
        mapping: JSON.stringify(Object.fromEntries(s.columns.filter((c) => c.field !== 'ignore').map((c) => [String(c.index), c.field]))),
      })),
    audit: { file: options.displayName, accepted: result.accepted, updated: result.updated, rejected: result.rejected },
  };
}

async function rowContext(store: Store, now: Date): Promise<RowContext> {
  const regency = requireRegency(store);
  const { villageLabel } = readSettings(store);
  const regions = new RegionResolver(regency, store.regions.byLevel('district'), store.regions.byLevel('village'), villageLabel);
  const regencyNames = new Map((await regencies()).map((r) => [r.code, r.name]));
  return { regions, regencyNames, today: now };
}

export async function fileHash(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
