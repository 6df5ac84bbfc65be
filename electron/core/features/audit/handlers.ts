import ExcelJS from 'exceljs';
import type { AuditEntry } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/domain/format';
import type { CoreContext } from '../../platform/context';
import type { AuditRow } from '../../platform/db/queries/audit';
import type { Handlers } from '../../platform/handlers';
import { printSetup } from '../../platform/documents/printSetup';
import { addSafeRow } from '../../platform/documents/safeCells';
import { describeAuditEntry } from './describe';

function toEntry(row: AuditRow): AuditEntry {
  return { id: row.id, at: row.at, actor: row.actor, action: row.action, description: describeAuditEntry(row.action, row.detail) };
}

/**
 * The whole log as .xlsx, newest first, streamed to the file (flat memory however long the log),
 * every cell written through addSafeRow so nothing a user typed can become a formula.
 */
async function exportAudit(ctx: CoreContext) {
  const day = ctx.now().toISOString().slice(0, 10);
  const name = `log-audit-cakap-${day}.xlsx`;
  const file = ctx.files.tempPath(name);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Cakap';
  const columns = [
    { header: 'Waktu', width: 30 },
    { header: 'Pengguna', width: 20 },
    { header: 'Tindakan', width: 80 },
    { header: 'Kode tindakan', width: 22 },
    { header: 'Rincian (JSON)', width: 60 },
  ];
  const sheet = workbook.addWorksheet('Log audit', { views: [{ state: 'frozen', ySplit: 1 }], ...printSetup({ columnWidths: columns.map((c) => c.width) }) });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let entries = 0;
  for (const row of ctx.store.audit.iterateAll()) {
    addSafeRow(sheet, [formatDateTime(row.at), row.actor, describeAuditEntry(row.action, row.detail), row.action, row.detail]).commit();
    entries++;
  }
  sheet.commit();
  await workbook.commit();
  ctx.audit('audit.export', { entries });
  return ctx.files.register(file, name, true);
}

export const auditHandlers = {
  'audit.list': (input, ctx) => ({
    entries: ctx.store.audit.page(input.pageSize, (input.page - 1) * input.pageSize).map(toEntry),
    page: input.page,
    pageSize: input.pageSize,
    total: ctx.store.audit.count(),
  }),
  'audit.export': (_input, ctx) => exportAudit(ctx),
} satisfies Partial<Handlers>;
