import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Content } from 'pdfmake/interfaces';
import { formatDateTime } from '../../../../shared/domain/format';
import type { Store } from '../../platform/db/store';
import { COLORS, forPrint, letterheadBlock, MARGIN, officeDocument, pageFooter, signatureBlock } from '../../platform/documents/letterhead';
import { writePdf } from '../../platform/documents/pdfmake';
import { pdfTable } from '../../platform/documents/pdfTables';
import { addSummarySheet, addTableSheet } from '../../platform/documents/sheets';
import type { SummaryItem } from '../../platform/documents/tables';
import { readOffice } from '../office/office';
import { financeSummary } from './summary';
import { financeFindings, financeHeadline, financeTables } from './tables';

/**
 * The year's realisation and benefits on their own (`finance --out`): a PDF on the office's paper,
 * a workbook (Ringkasan and one sheet per table), or the JSON of finance.summary.
 */

export interface FinanceExportJob {
  year: number;
  format: 'pdf' | 'xlsx' | 'json';
  file: string;
  now: Date;
}

export async function writeFinanceExport(store: Store, job: FinanceExportJob): Promise<{ year: number }> {
  const summary = financeSummary(store, job.year);
  if (job.format === 'json') {
    fs.writeFileSync(job.file, `${JSON.stringify(summary, null, 2)}\n`);
    return { year: job.year };
  }
  const tables = financeTables(summary);
  const findings = financeFindings(summary);
  if (job.format === 'xlsx') {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: job.file, useStyles: true, useSharedStrings: false });
    workbook.creator = 'Cakap';
    workbook.created = job.now;
    const t = summary.totals;
    const items: SummaryItem[] = [
      { label: 'Tahun anggaran', value: String(summary.year), kind: 'text' },
      { label: 'Anggaran iuran', value: t.budget, kind: 'rupiah' },
      { label: 'Ditagih kantor cabang', value: t.billed, kind: 'rupiah' },
      { label: 'Dicegah pemeriksaan tagihan', value: t.exceptionAmount, kind: 'rupiah' },
      { label: 'Layak dibayar', value: t.payable, kind: 'rupiah' },
      { label: 'Dibayar (SP2D)', value: t.paid, kind: 'rupiah' },
      { label: 'Realisasi', value: t.realisationPercent, kind: 'percent' },
      { label: 'Manfaat klaim penerima program', value: t.claims.amount, kind: 'rupiah', note: `${t.claims.count} klaim` },
      { label: 'Manfaat dibanding iuran (kali)', value: summary.benefits.ratio, kind: 'count' },
    ];
    addSummarySheet(workbook, items, [['Dibuat', formatDateTime(job.now)]], { title: 'Temuan', lines: findings });
    for (const table of tables) addTableSheet(workbook, table);
    await workbook.commit();
    return { year: job.year };
  }
  const office = readOffice(store);
  const content: Content[] = [
    letterheadBlock(office),
    {
      stack: [
        { text: 'Realisasi Iuran dan Manfaat Jaminan Sosial Ketenagakerjaan', fontSize: 14, bold: true },
        { text: `Program pembiayaan iuran tahun anggaran ${summary.year}`, fontSize: 10.5, margin: [0, 2, 0, 0] },
      ],
      alignment: 'center',
      margin: [0, 0, 0, 10],
    },
    { text: financeHeadline(summary), margin: [0, 0, 0, 6] },
    ...(findings.length > 0 ? [{ text: 'Temuan', style: 'subheading' } as Content, { ol: findings, margin: [0, 0, 0, 4] } as Content] : []),
    // Each table stays whole with its heading (they hold a row per program or per reason).
    ...tables.map((table): Content => ({
      stack: [{ text: table.title, style: 'heading' }, ...(table.intro ? [{ text: table.intro, style: 'intro' } as Content] : []), pdfTable(table)],
      unbreakable: table.rows.length <= 25,
    })),
    signatureBlock(office, job.now),
  ];
  await writePdf(
    officeDocument(office, {
      title: `Realisasi iuran dan manfaat ${summary.year}`,
      subject: 'Realisasi iuran BPJS Ketenagakerjaan dan manfaat klaim',
      content: forPrint(content) as Content[],
      header: (page) => (page === 1 ? null : { text: `Realisasi iuran dan manfaat ${summary.year}`, fontSize: 7.5, color: COLORS.muted, margin: [MARGIN.left, 26, MARGIN.right, 0] }),
      footer: pageFooter(`Dibuat dengan Cakap, ${formatDateTime(job.now)}`),
    }),
    job.file,
  );
  return { year: job.year };
}
