import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderReportPdf } from '../electron/core/features/report/pdf';
import { renderReportXlsx } from '../electron/core/features/report/xlsx';
import { sampleReport } from '../test/fixtures/coverageReport';
import { annexRows, sampleOffice } from '../test/fixtures/office';

/**
 * `npx tsx bench/reportRender.ts`: how long the report renderers alone take on the sample report
 * (the coverage engine is not included). The first run pays for loading pdfmake, ECharts and the
 * fonts; the median of the next ones is what every later export in the same process costs.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cakap-bench-report-'));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (n: number) => `${Math.round(n).toLocaleString('id-ID')} ms`;

async function measure(label: string, runs: number, render: (file: string) => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const file = path.join(dir, `laporan-${i}`);
    const start = performance.now();
    await render(file);
    times.push(performance.now() - start);
  }
  const [first, ...rest] = times;
  console.log(`${label.padEnd(38)} pertama ${ms(first!).padStart(9)}   median berikutnya ${ms(median(rest)).padStart(9)}`);
}

const annex = annexRows(5_000);
try {
  await measure('PDF, contoh laporan', 8, (f) => renderReportPdf(sampleReport, { office: sampleOffice }, `${f}.pdf`));
  await measure('PDF + lampiran 5.000 pekerja', 4, (f) =>
    renderReportPdf(sampleReport, { office: sampleOffice, annex: { rows: annex, total: annex.length, fullNik: false } }, `${f}.pdf`),
  );
  await measure('Excel, contoh laporan', 8, (f) => renderReportXlsx(sampleReport, {}, `${f}.xlsx`));
  await measure('Excel + lampiran 100.000 pekerja', 3, (f) => renderReportXlsx(sampleReport, { annex: { rows: annexRows(100_000), fullNik: false } }, `${f}.xlsx`));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
