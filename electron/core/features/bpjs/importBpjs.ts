import fs from 'node:fs';
import { formatMonth } from '../../../../shared/domain/format';
import type { Store } from '../../platform/db/store';
import { CakapError, invalidInput } from '../../platform/errors';
import { fileHash } from '../../platform/spreadsheet/fileHash';
import { cellText, isBlank, participantsMagnitude, readCount, readDate, readKpj, readNik, readText } from '../../platform/lists/values';
import { workforceCeiling } from '../workforce/handlers';
import { RegionMatcher } from '../regions/matcher';
import { requireRegency } from '../settings/settings';
import { detectSpreadsheetFormat } from '../../platform/spreadsheet/detect';
import type { Cell } from '../../platform/spreadsheet/read';
import { writeListBatch } from '../../platform/lists/batch';
import { fieldsWithUnsafeText, ListIssues, UNSAFE_TEXT, type ListIssue } from '../../platform/lists/issues';
import { readListSheets, titleTexts } from '../../platform/lists/readSheets';
import { findDate, findMonth } from '../../platform/lists/titleDates';

export { findDate, findMonth } from '../../platform/lists/titleDates';
import { isColumnNumberRow, isTotalRow, sameCells, tableRows, TOTAL_LABEL } from '../../platform/lists/rows';
import { detectTable, MEMBER_FIELDS, RECAP_FIELDS, readActive, readSegment, type MemberField, type RecapField } from './vocabulary';

/**
 * Importing what BPJS sends: a participant list (NIK, KPJ, name, segment, status) or a monthly
 * recap (active participants per kecamatan and segment), told apart by their columns. Same rules as
 * the worker lists: one transaction, a batch with its issues, undo, and the rejected rows kept.
 */

export interface BpjsImportOptions {
  file: string;
  displayName: string;
  actor: string;
  now: Date;
  /** The recap's month when the file does not say it ("YYYY-MM"). */
  month?: string;
  /** The participant list's date when the file does not say it ("YYYY-MM-DD"). */
  asOf?: string;
}

export type BpjsIssue = ListIssue;

export interface BpjsImportResult {
  kind: 'members' | 'recap';
  file: string;
  batchId: number | null;
  accepted: number;
  rejected: number;
  warnings: number;
  asOf: string | null;
  months: string[];
  issues: BpjsIssue[];
  /** The same file was imported before: that import, and how many rows it rejected. */
  duplicateOf: { batchId: number; createdAt: string; rejected: number } | null;
}


export async function importBpjs(store: Store, options: BpjsImportOptions): Promise<BpjsImportResult> {
  const format = detectSpreadsheetFormat(options.file, options.displayName);
  const hash = await fileHash(options.file);
  const previous = store.imports.activeByHash(hash);

  const sheets = await readListSheets(options.file, options.displayName);

  const members = sheets
    .map((s) => ({ sheet: s, table: detectTable(s.rows.map((r) => r.cells), MEMBER_FIELDS, ['nik']) }))
    .filter((t) => t.table);
  const recaps = sheets
    .map((s) => ({ sheet: s, table: detectTable(s.rows.map((r) => r.cells), RECAP_FIELDS, ['district']) }))
    .filter((t) => t.table && t.table.columns.some((c) => ['active', 'pu', 'bpu', 'jakon', 'pmi', 'total'].includes(c.field)));
  const kind = members.length > 0 ? 'members' : recaps.length > 0 ? 'recap' : null;
  if (!kind) {
    throw new CakapError(
      'NOT_WORKER_LIST',
      `Berkas "${options.displayName}" bukan daftar peserta BPJS (kolom NIK) maupun rekap peserta aktif per kecamatan (kolom Kecamatan dan jumlah peserta).`,
    );
  }
  const result: BpjsImportResult = {
    kind,
    file: options.displayName,
    batchId: null,
    accepted: 0,
    rejected: 0,
    warnings: 0,
    asOf: null,
    months: [],
    issues: [],
    duplicateOf: previous ? { batchId: previous.id, createdAt: previous.created_at, rejected: previous.rejected } : null,
  };
  if (previous) return result;

  const log = new ListIssues(format === 'csv');
  const problem = log.row.bind(log);

  const used = kind === 'members' ? members : recaps;
  const sheetRecords = used.map(({ sheet, table }) => ({ name: sheet.name, headers: table!.columns.map((c) => c.header) }));
  const writes: ((batchId: number) => void)[] = [];

  if (kind === 'members') {
    const asOf = options.asOf ?? findDate(titleTexts(options.displayName, sheets)) ?? options.now.toISOString().slice(0, 10);
    result.asOf = asOf;
    const seen = new Map<string, string>();
    for (const { sheet, table } of members) {
      const col = Object.fromEntries(table!.columns.filter((c) => c.field !== 'ignore').map((c) => [c.field, c.index])) as Partial<Record<MemberField, number>>;
      const headers = table!.columns.map((c) => c.header);
      // A signature block, notes or a second table after the participants are left out, and said once.
      const isHeader = (cells: readonly Cell[]) => detectTable([cells as Cell[]], MEMBER_FIELDS, ['nik']) !== null;
      const body = tableRows(sheet.rows.slice(table!.headerIndex + 1), col.nik, isHeader, sameCells(headers));
      for (const skipped of body.skipped) log.skippedRows(sheet.name, skipped);
      for (const row of body.rows) {
        if (isColumnNumberRow(row.cells) || isTotalRow(row.cells)) continue;
        const at = (f: MemberField) => (col[f] === undefined ? undefined : row.cells[col[f]!]);
        const nik = readNik(at('nik'), true);
        if (!nik.ok) {
          problem('error', sheet.name, row.rowNumber, col.nik!, headers[col.nik!], nik.code, nik.text, row.cells);
          result.rejected++;
          continue;
        }
        const first = seen.get(nik.value);
        if (first) {
          problem('error', sheet.name, row.rowNumber, col.nik!, headers[col.nik!], 'DUPLICATE_IN_FILE', `NIK ${nik.value} sudah ada di ${first}.`, row.cells);
          result.rejected++;
          continue;
        }
        seen.set(nik.value, `${format === 'csv' ? '' : `sheet "${sheet.name}" `}baris ${row.rowNumber}`);
        let warned = false;
        const segment = col.segment === undefined ? null : readSegment(at('segment'));
        if (col.segment !== undefined && !segment && !isBlank(at('segment'))) {
          problem('warning', sheet.name, row.rowNumber, col.segment, headers[col.segment], 'SEGMENT_UNKNOWN', `Segmen "${cellText(at('segment'))}" tidak dikenal (PU, BPU, Jakon atau PMI).`, null);
          warned = true;
        }
        const active = col.status === undefined ? true : readActive(at('status'));
        if (active === null) {
          problem('warning', sheet.name, row.rowNumber, col.status ?? null, col.status === undefined ? undefined : headers[col.status], 'STATUS_UNKNOWN', `Status "${cellText(at('status'))}" tidak dikenal; dianggap aktif.`, null);
          warned = true;
        }
        for (const field of fieldsWithUnsafeText(row.cells, { name: col.name })) {
          problem('warning', sheet.name, row.rowNumber, col[field]!, headers[col[field]!], UNSAFE_TEXT.code, UNSAFE_TEXT.text, null);
          warned = true;
        }
        const kpj = readKpj(at('kpj'));
        const start = readDate(at('startDate'), options.now);
        if (warned) result.warnings++;
        result.accepted++;
        const member = {
          nik: nik.value,
          kpj: kpj.ok ? kpj.value : null,
          name: readText(at('name'), 200),
          segment,
          active: active === false ? 0 : 1,
          start_date: start.ok ? start.value : null,
        };
        writes.push((batchId) => store.bpjs.insertMember(batchId, member, asOf));
      }
    }
  } else {
    const regency = requireRegency(store);
    const matcher = new RegionMatcher(store.regions.byLevel('district').map((d) => ({ code: d.code, name: d.name })));
    const regencyName = regency.name.toLowerCase().replace(/^kabupaten |^kota /, '');
    const fileMonth = options.month ?? findMonth(titleTexts(options.displayName, sheets));
    const participants = participantsMagnitude(workforceCeiling(store));
    const months = new Set<string>();
    for (const { sheet, table } of recaps) {
      const col = Object.fromEntries(table!.columns.filter((c) => c.field !== 'ignore').map((c) => [c.field, c.index])) as Partial<Record<RecapField, number>>;
      const headers = table!.columns.map((c) => c.header);
      const wide = (['pu', 'bpu', 'jakon', 'pmi'] as const).filter((f) => col[f] !== undefined);
      const isHeader = (cells: readonly Cell[]) => detectTable([cells as Cell[]], RECAP_FIELDS, ['district']) !== null;
      const body = tableRows(sheet.rows.slice(table!.headerIndex + 1), undefined, isHeader, sameCells(headers));
      for (const skipped of body.skipped) log.skippedRows(sheet.name, skipped);
      for (const row of body.rows) {
        if (isColumnNumberRow(row.cells)) continue;
        const districtText = cellText(row.cells[col.district!]);
        if (!districtText || TOTAL_LABEL.test(districtText)) continue;
        let districtCode: string | null = null;
        if (districtText.toLowerCase().replace(/^kabupaten |^kab\.? /, '') !== regencyName) {
          const match = matcher.match(districtText);
          if (match.kind !== 'exact' && match.kind !== 'loose') {
            const hint = match.kind === 'unknown' && match.suggestions.length ? ` (maksud Anda ${match.suggestions.map((s) => s.name).join(' atau ')}?)` : '';
            problem('error', sheet.name, row.rowNumber, col.district!, headers[col.district!], 'REGION_UNKNOWN', `Kecamatan "${districtText}" tidak ada di ${regency.name}${hint}.`, row.cells);
            result.rejected++;
            continue;
          }
          districtCode = match.region.code;
        }
        const monthText = col.month === undefined ? null : findMonth([cellText(row.cells[col.month])]) ?? monthOfDate(row.cells[col.month]);
        const month = monthText ?? fileMonth;
        if (!month) {
          throw invalidInput(`Bulan rekap tidak ditemukan di berkas "${options.displayName}". Sebutkan bulannya, misalnya --month 2025-10.`);
        }
        const counts: [string, Cell | undefined, number | null][] = wide.length
          ? wide.map((f) => [f.toUpperCase(), row.cells[col[f]!], col[f]!])
          : col.segment !== undefined
            ? [[readSegment(row.cells[col.segment]) ?? '', row.cells[col.active ?? col.total!], col.active ?? col.total!]]
            : [['ALL', row.cells[col.active ?? col.total!], col.active ?? col.total!]];
        let bad = false;
        let warned = false;
        const values: [string, number][] = [];
        for (const [segment, cell, index] of counts) {
          if (!segment) {
            problem('error', sheet.name, row.rowNumber, col.segment ?? null, undefined, 'SEGMENT_UNKNOWN', `Segmen "${cellText(row.cells[col.segment!])}" tidak dikenal (PU, BPU, Jakon atau PMI).`, row.cells);
            bad = true;
            break;
          }
          const read = readCount(cell, 'Jumlah peserta', participants);
          if (!read.ok) {
            problem('error', sheet.name, row.rowNumber, index, index === null ? undefined : headers[index], read.code, read.text, row.cells);
            bad = true;
            break;
          }
          if (read.value === null) continue;
          if (read.warning) {
            problem('warning', sheet.name, row.rowNumber, index, index === null ? undefined : headers[index], read.warning.code, read.warning.text, null);
            warned = true;
          }
          values.push([segment, read.value]);
        }
        if (bad) {
          result.rejected++;
          continue;
        }
        result.accepted++;
        if (warned) result.warnings++;
        months.add(month);
        for (const [segment, value] of values) writes.push((batchId) => store.bpjs.insertRecap(batchId, month, districtCode, segment, value));
      }
    }
    result.months = [...months].sort();
    for (const month of result.months) {
      const earlier = store.bpjs.recapBatchesOfMonth(month);
      if (earlier.length > 0) {
        log.general(
          'warning',
          '',
          'RECAP_REPLACES',
          `Rekap ${formatMonth(month)} sudah pernah diimpor (impor #${earlier.join(', #')}); rekap baru ini yang dipakai, yang lama tetap tersimpan dan dapat dipakai lagi dengan membatalkan impor ini.`,
          'Rekap bulan yang sama sudah ada.',
        );
      }
    }
  }

  result.issues = log.issues;
  result.batchId = writeListBatch(
    store,
    {
      kind: kind === 'members' ? 'bpjs_members' : 'bpjs_recap',
      fileName: options.displayName,
      fileHash: hash,
      fileSize: fs.statSync(options.file).size,
      actor: options.actor,
      createdAt: options.now.toISOString(),
      sheets: sheetRecords,
      counts: { accepted: result.accepted, updated: 0, unchanged: 0, rejected: result.rejected, warnings: result.warnings },
      audit: { action: `bpjs.${kind}`, detail: { accepted: result.accepted, asOf: result.asOf, months: result.months } },
    },
    log,
    (batchId) => {
      for (const write of writes) write(batchId);
    },
  );
  return result;
}

function monthOfDate(cell: Cell | undefined): string | null {
  if (cell instanceof Date) return cell.toISOString().slice(0, 7);
  return null;
}

