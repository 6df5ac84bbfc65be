import type { Content } from 'pdfmake/interfaces';
import { coverageByDistrictChart } from '../../../../shared/charts/coverageByDistrict';
import type { Office } from '../../../../shared/contract';
import type { ProvinceReport } from '../../../../shared/contract/province';
import { formatDate, formatDateTime, formatMonth, formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import { chartSvg } from '../../platform/documents/charts';
import { COLORS, CONTENT_WIDTH, forPrint, letterheadBlock, MARGIN, officeDocument, pageFooter, signatureBlock } from '../../platform/documents/letterhead';
import { writePdf } from '../../platform/documents/pdfmake';
import { cardRow, chart, noteBox, pdfTable } from '../../platform/documents/pdfTables';
import type { ReportTable } from '../../platform/documents/tables';
import { complianceTable, missingTable, planTable, regencyTable, sourceTable, trendTable } from './tables';

/** The province report on the province's letterhead: every regency against its target, the sums, what is missing. */
export async function renderProvincePdf(report: ProvinceReport, office: Office, generatedAt: Date, file: string): Promise<void> {
  await writePdf(provinceDocument(report, office, generatedAt), file);
}

function section(number: number, table: ReportTable): Content {
  return {
    stack: [{ text: `${number}. ${table.title}`, style: 'heading' }, ...(table.intro ? [{ text: table.intro, style: 'intro' } as Content] : []), pdfTable(table)],
    ...(table.rows.length <= 15 ? { unbreakable: true } : {}),
  };
}

export function provinceDocument(report: ProvinceReport, office: Office, generatedAt: Date) {
  const t = report.total;
  const pct = (v: number | null) => (v === null ? '–' : formatPercent(v));
  const bars = report.regencies.filter((r) => r.coveragePercent !== null).map((r) => ({ name: r.name.replace(/^Kabupaten /, 'Kab. '), percent: r.coveragePercent }));
  const body: Content[] = [
    letterheadBlock(office),
    {
      stack: [
        { text: 'Laporan Capaian Universal Coverage Jamsostek', fontSize: 14, bold: true },
        { text: `Provinsi ${report.province.name}`, fontSize: 12, margin: [0, 2, 0, 0] },
        { text: `Keadaan per ${formatDate(report.asOf)}`, fontSize: 10, color: COLORS.muted },
      ],
      alignment: 'center',
      margin: [0, 0, 0, 10],
    },
    noteBox(
      `${t.reporting} dari ${t.regencies} kabupaten/kota mengirim paket untuk ${formatMonth(report.month)}. Angka provinsi adalah jumlah angka kabupaten/kota: cakupan = peserta aktif ÷ penduduk bekerja, target tertimbang penduduk bekerja. Paket hanya berisi angka, tanpa NIK atau nama (UU 27/2022).`,
      t.reporting === t.regencies ? 'info' : 'warning',
    ),
    cardRow([
      { label: 'Cakupan provinsi', value: pct(t.coveragePercent), note: `${formatNumber(t.active)} dari ${formatNumber(t.workforce)} pekerja` },
      { label: 'Target (tertimbang)', value: pct(t.targetPercent), note: 'target tiap kabupaten/kota × penduduk bekerjanya' },
      { label: 'Kekurangan dari target', value: `${formatNumber(t.gapWorkers)} pekerja`, note: 'jumlah kekurangan kabupaten/kota', size: 13 },
      { label: 'Biaya menutupnya setahun', value: formatRupiah(t.gapRupiah), note: 'kekurangan × iuran × 12 bulan', size: 12 },
    ]),
    section(1, regencyTable(report)),
    ...(bars.length > 0 ? [chart('Cakupan per kabupaten/kota dibanding target provinsi', chartSvg(coverageByDistrictChart(bars, t.targetPercent), 700, 70 + 30 * bars.length))] : []),
    section(2, sourceTable(report)),
    section(3, complianceTable(report)),
    section(4, planTable(report)),
    section(5, trendTable(report)),
    section(6, missingTable(report)),
    signatureBlock(office, generatedAt),
  ];
  const running = `Capaian UCJ Provinsi ${report.province.name} · per ${formatDate(report.asOf)}`;
  return officeDocument(office, {
    title: `Laporan Capaian Universal Coverage Jamsostek Provinsi ${report.province.name} per ${formatDate(report.asOf)}`,
    subject: 'Universal Coverage Jamsostek',
    styles: { heading: { fontSize: 12, bold: true, color: COLORS.heading, margin: [0, 14, 0, 3] } },
    header: (page) =>
      page === 1
        ? null
        : {
            margin: [MARGIN.left, 26, MARGIN.right, 0],
            stack: [
              { text: running, fontSize: 7.5, color: COLORS.muted },
              { canvas: [{ type: 'line', x1: 0, y1: 3, x2: CONTENT_WIDTH, y2: 3, lineWidth: 0.5, lineColor: COLORS.rule }] },
            ],
          },
    footer: pageFooter(`Dibuat dengan Cakap, ${formatDateTime(generatedAt)}`),
    content: forPrint(body) as Content[],
  });
}
