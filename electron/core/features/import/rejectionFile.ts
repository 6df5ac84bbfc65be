import ExcelJS from 'exceljs';
import { formatDateTime } from '../../../../shared/domain/format';
import type { FileRef } from '../../../../shared/contract';
import type { CoreContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { applyPrintSetup } from '../../platform/documents/printSetup';
import { addSafeRow } from '../../platform/documents/safeCells';
import type { BatchRow, PassedOverRow } from '../../platform/db/queries/imports';
import { NOT_A_WORKER_RULES } from './rules';

/**
 * The rejected rows of an import as an .xlsx to send back to the village: per sheet, the original
 * header and cells of each rejected row plus a "Keterangan" column saying what to fix. Fixed and
 * sent back, the file imports like any other list (its title row is skipped). The persons the list
 * named who are not workers (dead, under working age, a non-working KTP occupation) follow on a
 * sheet of their own, "Bukan pekerja", with the reason beside each, so the sender can check them.
 */
export async function writeRejectionFile(ctx: CoreContext, batchId: number): Promise<FileRef> {
  const batch = ctx.store.imports.byId(batchId);
  if (!batch) throw notFound(`Impor #${batchId} tidak ditemukan.`);
  const sheets = JSON.parse(batch.sheets) as { name: string; headers: string[] }[];
  const errors = ctx.store.imports.errorsOf(batchId);
  const passedOver = ctx.store.imports.passedOverOf(batchId);
  if (errors.length === 0 && passedOver.length === 0) throw notFound(`Impor #${batchId} tidak punya baris yang ditolak atau orang yang bukan pekerja.`);

  const byRow = new Map<string, { sheet: string; row: number; raw: unknown[] | null; notes: string[] }>();
  for (const issue of errors) {
    const key = `${issue.sheet}\u0000${issue.row}`;
    let entry = byRow.get(key);
    if (!entry) {
      entry = { sheet: issue.sheet, row: issue.row ?? 0, raw: null, notes: [] };
      byRow.set(key, entry);
    }
    if (issue.raw) entry.raw = JSON.parse(issue.raw) as unknown[];
    if (!entry.notes.includes(issue.detail)) entry.notes.push(issue.detail);
  }

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cakap';
  for (const sheet of sheets) {
    const rows = [...byRow.values()].filter((r) => r.sheet === sheet.name && r.raw).sort((a, b) => a.row - b.row);
    if (rows.length === 0) continue;
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31));
    const width = Math.max(sheet.headers.length, ...rows.map((r) => r.raw!.length));
    addSafeRow(ws, [
      `Baris yang ditolak dari "${batch.file_name}" (impor #${batch.id}, ${formatDateTime(batch.created_at)}). Perbaiki sesuai kolom Keterangan, lalu kirim kembali.`,
    ]).font = { bold: true };
    ws.addRow([]);
    const header = addSafeRow(ws, [...Array.from({ length: width }, (_, i) => sheet.headers[i] ?? ''), 'Keterangan', 'Baris asal']);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDEECF9' } };
    for (const entry of rows) {
      const cells = Array.from({ length: width }, (_, i) => entry.raw![i] ?? null);
      const row = addSafeRow(ws, [...cells, entry.notes.join('; '), entry.row]);
      row.getCell(width + 1).font = { color: { argb: 'FFC50F1F' } };
    }
    ws.views = [{ state: 'frozen', ySplit: 3 }];
    ws.columns.forEach((column, i) => {
      const values = [sheet.headers[i] ?? '', ...rows.map((r) => String(r.raw![i] ?? ''))];
      column.width = i === width ? 60 : Math.min(40, Math.max(8, ...values.map((v) => v.length + 2)));
    });
    // The header is row 3 (under the title and an empty row): rows 1–3 repeat on every printed page.
    applyPrintSetup(ws, { titleRows: '1:3' });
  }
  if (passedOver.length > 0) addNotWorkersSheet(workbook, batch, sheets, passedOver);
  const name = `ditolak-${batch.file_name.replace(/\.(xlsx|csv)$/i, '')}.xlsx`;
  const target = ctx.files.tempPath(name);
  await workbook.xlsx.writeFile(target);
  ctx.audit('import.rejectionFile', { batchId, rows: byRow.size, notWorkers: passedOver.length });
  return ctx.files.register(target, name, true);
}

const REASONS: Record<PassedOverRow['reason'], string> = {
  dead: 'Meninggal',
  underAge: 'Di bawah usia kerja',
  nonWorkingStatus: 'Bukan pekerjaan (KTP)',
};

/** "Bukan pekerja": per sheet of the list, its header and each passed-over row as it was, with the reason. */
function addNotWorkersSheet(workbook: ExcelJS.Workbook, batch: BatchRow, sheets: { name: string; headers: string[] }[], rows: PassedOverRow[]): void {
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  const ws = workbook.addWorksheet(taken.has('bukan pekerja') ? 'Bukan pekerja (2)' : 'Bukan pekerja');
  const { years } = NOT_A_WORKER_RULES.workingAge;
  addSafeRow(ws, [
    `Orang dalam "${batch.file_name}" (impor #${batch.id}, ${formatDateTime(batch.created_at)}) yang bukan pekerja dan tidak diimpor: meninggal, berumur di bawah ${years} tahun, atau pekerjaan di KTP-nya bukan pekerjaan. Bila ada yang sebenarnya bekerja, perbaiki datanya (pekerjaan, tanggal lahir, status) lalu kirim kembali.`,
  ]).font = { bold: true };
  const bySheet = new Map<string, PassedOverRow[]>();
  for (const row of rows) bySheet.set(row.sheet, [...(bySheet.get(row.sheet) ?? []), row]);
  let width = 0;
  for (const [sheetName, own] of bySheet) {
    const headers = sheets.find((s) => s.name === sheetName)?.headers ?? [];
    const raws = own.map((r) => (r.raw ? (JSON.parse(r.raw) as unknown[]) : []));
    const cells = Math.max(headers.length, ...raws.map((r) => r.length));
    width = Math.max(width, cells);
    ws.addRow([]);
    if (bySheet.size > 1) addSafeRow(ws, [`Sheet "${sheetName}"`]).font = { bold: true };
    const header = addSafeRow(ws, [...Array.from({ length: cells }, (_, i) => headers[i] ?? ''), 'Alasan', 'Keterangan', 'Baris asal']);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDEECF9' } };
    own.forEach((entry, i) => {
      const row = addSafeRow(ws, [...Array.from({ length: cells }, (_, c) => raws[i]![c] ?? null), REASONS[entry.reason], entry.detail, entry.row]);
      row.getCell(cells + 1).font = { bold: true };
    });
  }
  ws.columns.forEach((column, i) => {
    column.width = i === width + 1 ? 60 : i === width ? 24 : 14;
  });
  if (bySheet.size === 1) ws.views = [{ state: 'frozen', ySplit: 3 }];
  applyPrintSetup(ws, { titleRows: bySheet.size === 1 ? '1:3' : '1:1' });
}
