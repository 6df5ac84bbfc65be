import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { planCostChart, planCoverageChart } from '../../../../shared/charts/planCharts';
import type { Office } from '../../../../shared/contract';
import type { PlanResult } from '../../../../shared/contract/plans';
import { formatDate, formatDateTime, formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import { chartSvg } from '../../platform/documents/charts';
import { writePdf } from '../../platform/documents/pdfmake';
import { COLORS, CONTENT_WIDTH, forPrint, letterheadBlock, MARGIN, officeDocument, pageFooter, signatureBlock } from '../../platform/documents/letterhead';
import { cardRow, chart, noteBox, pdfTable } from '../../platform/documents/pdfTables';
import type { ReportTable } from '../../platform/documents/tables';
import { planAllocationTable, planDistrictTable, planLinesTable, planNagariTable, planSourceTable, planStepsTable } from './tables';

/**
 * A plan as a PDF on the office letterhead: the headline figures, the arithmetic step by step, the
 * lines, the sources, the kecamatan with a chart against the target, the signature, and the two
 * annexes (per source and kecamatan, per nagari) headed as a Perbup's lampiran so they can be attached.
 */

const CHART_PX = 700;
const MUTED = COLORS.muted;

export async function renderPlanPdf(plan: PlanResult, office: Office, generatedAt: Date, file: string): Promise<void> {
  await writePdf(planDocument(plan, office, generatedAt), file);
}

const heading = (text: string): Content => ({ text, style: 'heading' });

function section(title: string, table: ReportTable): Content {
  return {
    stack: [heading(title), ...(table.intro ? [{ text: table.intro, style: 'intro' } as Content] : []), pdfTable(table)],
    ...(table.rows.length <= 15 ? { unbreakable: true } : {}),
  };
}

function cards(plan: PlanResult): Content {
  return cardRow([
    { label: `Proyeksi cakupan ${plan.year}`, value: formatPercent(plan.projectedCoverage), note: `${formatNumber(plan.projectedActive)} dari ${formatNumber(plan.workforce)} pekerja`, size: 16 },
    { label: `Target ${plan.year}`, value: formatPercent(plan.targetPercent), note: `${formatNumber(plan.targetWorkers)} pekerja${plan.targetReached ? ' · tercapai' : ''}`, size: 16 },
    { label: 'Biaya rencana', value: formatRupiah(plan.totalCost), note: `${formatNumber(plan.added)} pekerja ditambah, ${formatNumber(plan.renewed)} diperpanjang`, size: 12 },
    {
      label: 'Sisa kekurangan',
      value: `${formatNumber(plan.remainingGapWorkers)} pekerja`,
      note: plan.remainingGapWorkers === 0 ? 'target tercapai' : `${formatRupiah(plan.remainingGapRupiah)} untuk menutupnya`,
      size: 13,
    },
  ]);
}

function basisNote(plan: PlanResult): Content {
  const official = plan.baselineBasis === 'bpjs_recap';
  const text = official
    ? `Dasar: ${plan.baselineNote}, ${formatNumber(plan.baseline)} peserta aktif. Penduduk bekerja ${plan.year}: ${formatNumber(plan.workforce)} orang${plan.workforceSource ? ` (${plan.workforceSource})` : ''}.`
    : `Perhatian: ${plan.baselineNote}`;
  return noteBox(text, official ? 'info' : 'warning');
}

/** The heading a Perbup's annex carries, with the number and date left for the legal section to fill in. */
function lampiranHeader(plan: PlanResult): Content {
  const regency = plan.regencyName.replace(/^Kabupaten\s+/i, '').toUpperCase();
  const row = (a: string, b: string): TableCell[] => [{ text: a }, { text: ':' }, { text: b }];
  return {
    columns: [
      { text: '', width: '*' },
      {
        width: 250,
        fontSize: 8.5,
        stack: [
          { text: 'LAMPIRAN', bold: true },
          { text: `PERATURAN BUPATI ${regency}` },
          {
            table: {
              widths: ['auto', 'auto', '*'],
              body: [
                row('NOMOR', '.......... TAHUN ..........'),
                row('TANGGAL', '..............................'),
                row('TENTANG', `PERLUASAN KEPESERTAAN JAMINAN SOSIAL KETENAGAKERJAAN TAHUN ${plan.year}`),
              ],
            },
            layout: 'noBorders',
            margin: [0, 2, 0, 0],
          },
        ],
      },
    ],
    margin: [0, 0, 0, 12],
  };
}

export function planDocument(plan: PlanResult, office: Office, generatedAt: Date): TDocumentDefinitions {
  const districts = plan.perKecamatan.filter((d) => d.coverage !== null);
  const coverageChart = chartSvg(
    planCoverageChart([{ name: plan.name, districts: districts.map((d) => ({ name: d.name, coverage: d.coverage })) }], plan.targetPercent),
    CHART_PX,
    70 + 34 * Math.max(districts.length, 1),
  );
  const costChart = chartSvg(planCostChart([{ name: plan.name, sources: plan.costBySource }]), CHART_PX, 60 + 30 * Math.max(plan.costBySource.length, 1));
  const body: Content[] = [
    letterheadBlock(office),
    {
      stack: [
        { text: `Rencana Perluasan Cakupan Jaminan Sosial Ketenagakerjaan Tahun ${plan.year}`, fontSize: 14, bold: true },
        { text: plan.regencyName, fontSize: 12, margin: [0, 2, 0, 0] },
        { text: `Skenario "${plan.name}" · keadaan per ${formatDate(plan.asOf)}`, fontSize: 10, color: MUTED },
      ],
      alignment: 'center',
      margin: [0, 0, 0, 10],
    },
    basisNote(plan),
    heading('Ringkasan'),
    cards(plan),
    ...(plan.notes.length > 0 ? [{ ul: plan.notes.map((n) => ({ text: n, fontSize: 8.5, margin: [0, 0, 0, 2] })), margin: [0, 2, 0, 4] } as Content] : []),
    section('1. Perhitungan', planStepsTable(plan)),
    section('2. Baris rencana', planLinesTable(plan)),
    section('3. Per sumber dana', planSourceTable(plan)),
    chart('Biaya per sumber dana', costChart),
    section('4. Proyeksi per kecamatan', planDistrictTable(plan)),
    ...(districts.length > 0 ? [chart(`Proyeksi cakupan ${plan.year} per kecamatan dibanding target`, coverageChart)] : []),
    signatureBlock(office, generatedAt),
    { text: '', pageBreak: 'before' },
    lampiranHeader(plan),
    section(planAllocationTable(plan).title, planAllocationTable(plan)),
    section(planNagariTable(plan).title, planNagariTable(plan)),
  ];
  const running = `Rencana Perluasan Cakupan ${plan.year} · ${plan.regencyName} · ${plan.name}`;
  return officeDocument(office, {
    title: `Rencana Perluasan Cakupan Jaminan Sosial Ketenagakerjaan ${plan.regencyName} ${plan.year}: ${plan.name}`,
    subject: 'Universal Coverage Jamsostek',
    styles: { heading: { fontSize: 12, bold: true, color: COLORS.heading, margin: [0, 14, 0, 3] } },
    header: (page) =>
      page === 1
        ? null
        : {
            margin: [MARGIN.left, 26, MARGIN.right, 0],
            stack: [
              { text: running, fontSize: 7.5, color: MUTED },
              { canvas: [{ type: 'line', x1: 0, y1: 3, x2: CONTENT_WIDTH, y2: 3, lineWidth: 0.5, lineColor: COLORS.rule }] },
            ],
          },
    footer: pageFooter(`Dibuat dengan Cakap, ${formatDateTime(generatedAt)}`),
    content: forPrint(body) as Content[],
  });
}
