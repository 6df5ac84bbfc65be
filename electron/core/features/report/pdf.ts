import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { coverageComparisonChart } from '../../../../shared/charts/coverageComparison';
import { coverageByDistrictChart } from '../../../../shared/charts/coverageByDistrict';
import { coverageTrendChart } from '../../../../shared/charts/coverageTrend';
import type { Office } from '../../../../shared/contract';
import type { CoverageReport } from '../../../../shared/contract/report';
import { formatDate, formatDateTime, formatMonth, formatNumber, formatPercent, formatPoints, formatRupiah } from '../../../../shared/domain/format';
import { maskNik, maskNikRuns } from '../../../../shared/domain/nik';
import { chosenPlanTable } from '../plans/reportSection';
import { financeHeadline, financeTables } from '../finance/tables';
import { chartSvg } from '../../platform/documents/charts';
import { CONTENT_WIDTH, forPrint, letterheadBlock, MARGIN, signatureBlock } from '../../platform/documents/letterhead';
import { pdfBuffer, writePdf } from '../../platform/documents/pdfmake';
import { cardRow, chart, noteBox, pdfTable } from '../../platform/documents/pdfTables';
import type { ReportTable } from '../../platform/documents/tables';
import {
  complianceEmployerTable,
  complianceHeadline,
  complianceProjectTable,
  dataQualityTable,
  districtTable,
  occupationTable,
  programTable,
  sourceTable,
  trendTable,
  villageTable,
  type AnnexRow,
} from './tables';

export type { AnnexRow } from './tables';

/**
 * The leadership report as a PDF: A4 portrait, Bahasa Indonesia, the office letterhead, the headline
 * figures on the first page, one section per table with vector charts, the signature block, and on
 * request an annex listing the workers (NIK masked unless a full-NIK export was asked for).
 */

export interface PdfAnnex {
  /** The rows printed (the caller caps them); `total` says how many there are in all. */
  rows: readonly AnnexRow[];
  total: number;
  /** Print full NIKs (an export with a recorded purpose); otherwise 1311**********03. */
  fullNik: boolean;
  purpose?: string;
}

export interface ReportPdfOptions {
  office: Office;
  annex?: PdfAnnex;
}

/** Charts are drawn this many SVG pixels wide and scaled to the text width (12 px labels print at about 8.4 pt). */
const CHART_PX = 700;

/** Points a heading needs below it (its introduction, a table header and two rows) to stay on its page. */
const KEEP_WITH_HEADING = 130;

const INK = '#1a1a1a';
const MUTED = '#555555';
const HEADING = '#0b3a66';
const RULE = '#9e9e9e';
const HEADER_FILL = '#e3eaf2';
const STRIPE_FILL = '#f6f8fa';

export async function renderReportPdf(report: CoverageReport, options: ReportPdfOptions, file: string): Promise<void> {
  if (!options.annex) {
    await writePdf(reportDocument(report, options), file);
    return;
  }
  // pdfmake lays the whole document out again for every heading it moves to a new page; with a
  // hundred annex pages that is seconds. So the main part is laid out alone first to learn which
  // headings move, and the full document is written once with those breaks fixed.
  const moved = new Set<string>();
  const main = reportDocument(report, { office: options.office });
  const rule = main.pageBreakBefore!;
  main.pageBreakBefore = (node, queries) => {
    const breaks = rule(node, queries);
    if (breaks && node.id) moved.add(node.id);
    return breaks;
  };
  await pdfBuffer(main);
  await writePdf(reportDocument(report, options, moved), file);
}

/**
 * The document definition. `fixedBreaks`: the headings (by id) already known to start a new page;
 * when given, pdfmake is not asked to find them again.
 */
export function reportDocument(report: CoverageReport, options: ReportPdfOptions, fixedBreaks?: ReadonlySet<string>): TDocumentDefinitions {
  const { office, annex } = options;
  const [districts, villages, programs, sources, occupations, trend, quality] = [
    districtTable(report),
    villageTable(report),
    programTable(report),
    sourceTable(report),
    occupationTable(report),
    trendTable(report),
    dataQualityTable(report),
  ];
  const compliance = complianceSection(report);
  const finance = financeSection(report, compliance.length > 0 ? 5 : 4);
  // Sections after the compliance and finance sections move down by one for each that is there.
  const after = (compliance.length > 0 ? 1 : 0) + (finance.length > 0 ? 1 : 0);
  const target = report.target.percent;

  const body: Content[] = [
    letterheadBlock(office),
    titleBlock(report),
    basisNote(report),
    heading('Ringkasan'),
    headlineCards(report),
    nationalComparison(report),
    comparisonChart(report),
    ...(report.findings.length > 0
      ? [subheading('Temuan utama'), { ol: report.findings.map((f) => ({ text: f, margin: [0, 0, 0, 3] })), margin: [0, 0, 0, 4] } as Content]
      : []),
    ...section(1, districts, 'before'),
    chart('Cakupan per kecamatan dibanding target', chartSvg(coverageByDistrictChart(report.byDistrict, target), CHART_PX, 70 + 34 * Math.max(report.byDistrict.length, 1))),
    ...section(2, villages),
    ...section(3, programs),
    ...subsection(sources),
    ...compliance,
    ...finance,
    ...section(4 + after, occupations),
    ...section(5 + after, trend),
    chart('Peserta aktif dan cakupan per bulan', chartSvg(coverageTrendChart(report.trend, target), CHART_PX, 300)),
    // The signature never stands alone on a page: it stays with the last section.
    ...(report.chosenPlan
      ? [...section(6 + after, quality), { stack: [...section(7 + after, chosenPlanTable(report.chosenPlan)), signature(report, office)], unbreakable: true }]
      : [{ stack: [...section(6 + after, quality), signature(report, office)], unbreakable: true }]),
  ];
  // Belt and braces: whatever text reaches the page, a 16-digit run (a NIK) is masked. Only an
  // annex asked for with full NIKs and a recorded purpose is added after this pass.
  const content: Content[] = forPrint(fixedBreaks ? breakBefore(body, fixedBreaks) : body) as Content[];
  if (annex) content.push(annex.fullNik ? annexSection(report, annex) : (forPrint(annexSection(report, annex)) as Content));

  const running = `Laporan Capaian UCJ ${report.regency.name} · keadaan per ${formatDate(report.asOf)}`;
  const generated = `Dibuat dengan Cakap, ${formatDateTime(report.generatedAt)}`;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    info: {
      title: `Laporan Capaian Universal Coverage Jamsostek ${report.regency.name} per ${formatDate(report.asOf)}`,
      author: office.officeName,
      subject: 'Universal Coverage Jamsostek',
      creator: 'Cakap',
      producer: 'Cakap',
    },
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.2, color: INK },
    styles: {
      heading: { fontSize: 12.5, bold: true, color: HEADING, margin: [0, 16, 0, 3] },
      subheading: { fontSize: 10.5, bold: true, color: HEADING, margin: [0, 10, 0, 3] },
      intro: { fontSize: 8.5, color: MUTED, margin: [0, 0, 0, 6] },
      th: { bold: true, fontSize: 8, color: INK },
      td: { fontSize: 8 },
      detail: { fontSize: 6.8, color: MUTED },
    },
    header: (page) =>
      page === 1
        ? null
        : {
            margin: [MARGIN.left, 26, MARGIN.right, 0],
            stack: [
              { text: running, fontSize: 7.5, color: MUTED },
              { canvas: [{ type: 'line', x1: 0, y1: 3, x2: CONTENT_WIDTH, y2: 3, lineWidth: 0.5, lineColor: RULE }] },
            ],
          },
    footer: (page, pages) => ({
      margin: [MARGIN.left, 18, MARGIN.right, 0],
      columns: [
        { text: generated, fontSize: 7.5, color: MUTED },
        { text: `Halaman ${page} dari ${pages}`, fontSize: 7.5, color: MUTED, alignment: 'right', width: 'auto' },
      ],
    }),
    // A heading is never left at the foot of a page: it needs room for its introduction and the first rows under it.
    pageBreakBefore: fixedBreaks
      ? undefined
      : (node) => node.headlineLevel === 1 && node.startPosition.pageInnerHeight * (1 - node.startPosition.verticalRatio) < KEEP_WITH_HEADING,
    content,
  };
}

function titleBlock(report: CoverageReport): Content {
  return {
    stack: [
      { text: 'Laporan Capaian Universal Coverage Jamsostek', fontSize: 15, bold: true },
      { text: report.regency.name, fontSize: 12, margin: [0, 2, 0, 0] },
      { text: `Keadaan per ${formatDate(report.asOf)}`, fontSize: 10, color: MUTED },
    ],
    alignment: 'center',
    margin: [0, 0, 0, 10],
  };
}

function basisNote(report: CoverageReport): Content {
  const official = report.basis.kind === 'bpjs_recap';
  const w = report.workforce;
  const workforce =
    w.total === null
      ? 'Data penduduk bekerja belum ada, sehingga persentase cakupan belum dapat dihitung.'
      : `Penduduk bekerja ${formatNumber(w.total)} orang${w.source ? ` (${w.source}${w.year ? `, dipakai untuk ${report.year}` : ''})` : ''}.`;
  const text = official
    ? `${report.basis.note} ${workforce}`
    : `Perhatian: ${report.basis.note} Angka ini dihitung dari data pekerja yang dicatat di Cakap, bukan dari rekap resmi BPJS Ketenagakerjaan. ${workforce}`;
  return noteBox(text, official ? 'info' : 'warning');
}

/** Four boxes: where the regency stands, where it must be, how far that is, and what closing it costs. */
function headlineCards(report: CoverageReport): Content {
  const { coverage, target, workforce } = report;
  const pct = (value: number | null) => (value === null ? '–' : formatPercent(value));
  return cardRow([
    {
      label: 'Cakupan saat ini',
      value: pct(coverage.percent),
      note: workforce.total === null ? `${formatNumber(coverage.covered)} peserta aktif` : `${formatNumber(coverage.covered)} dari ${formatNumber(workforce.total)} pekerja`,
    },
    { label: `Target ${target.year}`, value: pct(target.percent), note: target.workers === null ? 'target belum ditetapkan' : `${formatNumber(target.workers)} pekerja` },
    {
      label: 'Kekurangan dari target',
      value: coverage.gapWorkers === null ? '–' : `${formatNumber(coverage.gapWorkers)} pekerja`,
      note: coverage.gapPoints === null ? '' : formatPoints(coverage.gapPoints),
      size: 14,
    },
    {
      label: 'Biaya menutup kekurangan',
      value: coverage.gapCost === null ? '–' : formatRupiah(coverage.gapCost),
      note:
        coverage.gapWorkers === null || coverage.gapCostFullYear === null
          ? ''
          : `${formatNumber(coverage.gapWorkers)} × ${formatRupiah(coverage.premium)} × ${coverage.remainingMonths} bulan\nsetahun: ${formatRupiah(coverage.gapCostFullYear)}`,
      size: 12,
    },
  ]);
}

function nationalComparison(report: CoverageReport): Content {
  const { national, coverage, pipeline } = report;
  const parts: string[] = [];
  if (coverage.percent !== null) {
    const diff = coverage.percent - national.actualPercent;
    const where = diff < 0 ? `${formatPoints(-diff)} di bawah` : `${formatPoints(diff)} di atas`;
    parts.push(
      `Sebagai pembanding, cakupan nasional ${formatPercent(national.actualPercent)} (${formatMonth(national.actualAsOf)}) dengan target RPJMN ${national.targetYear} sebesar ${formatPercent(national.targetPercent)}; cakupan ${report.regency.name} ${where} angka nasional.`,
    );
  }
  if (pipeline.workers > 0 && pipeline.projectedPercent !== null) {
    parts.push(
      `${formatNumber(pipeline.workers)} pekerja sudah tercatat di Cakap tetapi belum terlindungi; bila semuanya didaftarkan, cakupan menjadi ${formatPercent(pipeline.projectedPercent)}.`,
    );
  }
  return { text: parts.join(' '), fontSize: 8.5, margin: [0, 0, 0, 4] };
}

function comparisonChart(report: CoverageReport): Content {
  const { coverage, target, national, regency } = report;
  const svg = chartSvg(
    coverageComparisonChart([
      { name: regency.name, percent: coverage.percent, kind: 'regency' },
      { name: `Target kabupaten ${target.year}`, percent: target.percent, kind: 'target' },
      { name: `Nasional (${formatMonth(national.actualAsOf)})`, percent: national.actualPercent, kind: 'national' },
      { name: `Target nasional ${national.targetYear} (RPJMN)`, percent: national.targetPercent, kind: 'nationalTarget' },
    ]),
    CHART_PX,
    150,
  );
  return chart('Cakupan dibanding target dan angka nasional', svg);
}

/** Section 4: employers and construction projects, what full compliance would add and what is owed. */
function complianceSection(report: CoverageReport): Content[] {
  const headline = complianceHeadline(report);
  if (!headline) return [];
  const employers = complianceEmployerTable(report);
  const projects = complianceProjectTable(report);
  return [
    heading('4. Kepatuhan pemberi kerja dan proyek konstruksi'),
    { text: headline, fontSize: 9, margin: [0, 0, 0, 6] },
    ...(employers ? keptTogether(subheading(employers.title), employers) : []),
    ...(projects ? keptTogether(subheading(projects.title), projects) : []),
    ...(report.compliance!.notes.length > 0 ? [{ ul: report.compliance!.notes, style: 'intro' } as Content] : []),
  ];
}

/** After compliance: the loop with the BPJS branch (realisation, payments prevented, benefits against premiums). */
function financeSection(report: CoverageReport, number: number): Content[] {
  if (!report.finance) return [];
  const [realisation, exceptions, benefits] = financeTables(report.finance);
  return [
    heading(`${number}. Iuran, realisasi dan manfaat`),
    { text: financeHeadline(report.finance), fontSize: 9, margin: [0, 0, 0, 6] },
    ...keptTogether(subheading(realisation!.title), realisation!),
    ...keptTogether(subheading(exceptions!.title), exceptions!),
    ...keptTogether(subheading(benefits!.title), benefits!),
  ];
}

function heading(text: string, pageBreak?: 'before'): Content {
  return { text, id: `heading:${text}`, style: 'heading', headlineLevel: 1, ...(pageBreak ? { pageBreak } : {}) };
}

function subheading(text: string): Content {
  return { text, id: `heading:${text}`, style: 'subheading', headlineLevel: 1 };
}

/** The same content with a page break before each heading named in `ids`. */
function breakBefore(node: Content[], ids: ReadonlySet<string>): Content[] {
  const visit = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(visit);
    if (n && typeof n === 'object') {
      const object = n as Record<string, unknown>;
      if (typeof object.id === 'string' && ids.has(object.id)) return { ...object, pageBreak: 'before' };
      if (Array.isArray(object.stack)) return { ...object, stack: visit(object.stack) };
    }
    return n;
  };
  return visit(node) as Content[];
}

/** Tables up to this many rows move to the next page whole, with their heading (no relayout needed). */
const SMALL_TABLE = 15;

function section(number: number, table: ReportTable, pageBreak?: 'before'): Content[] {
  return keptTogether(heading(`${number}. ${table.title}`), table, pageBreak);
}

function subsection(table: ReportTable): Content[] {
  return keptTogether(subheading(table.title), table);
}

/**
 * A heading, its introduction and its table. A small one is one unbreakable block; a long table may
 * run over pages, and the page-break rule keeps its heading from being left at the foot of a page.
 */
function keptTogether(title: Content, table: ReportTable, pageBreak?: 'before'): Content[] {
  const parts: Content[] = [title, ...(table.intro ? [{ text: table.intro, style: 'intro' } as Content] : []), pdfTable(table)];
  if (table.rows.length <= SMALL_TABLE) {
    // Inside an unbreakable block the heading needs no page-break rule of its own.
    const { headlineLevel: _rule, ...plain } = title as { headlineLevel?: number };
    return [{ stack: [plain as Content, ...parts.slice(1)], unbreakable: true, ...(pageBreak ? { pageBreak } : {}) }];
  }
  return pageBreak ? [{ ...(parts[0] as object), pageBreak } as Content, ...parts.slice(1)] : parts;
}

function signature(report: CoverageReport, office: Office): Content {
  return signatureBlock(office, new Date(report.generatedAt));
}

function annexSection(report: CoverageReport, annex: PdfAnnex): Content {
  const label = report.villageLabel;
  const shown = annex.rows.length;
  const notes: string[] = [
    annex.fullNik
      ? `Lampiran ini memuat NIK lengkap atas permintaan dengan tujuan: "${annex.purpose ?? ''}". NIK adalah data pribadi yang dilindungi UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi: jangan diperbanyak atau disebarkan di luar tujuan itu.`
      : 'NIK disamarkan (hanya empat angka pertama dan dua angka terakhir yang tampak) untuk melindungi data pribadi sesuai UU Nomor 27 Tahun 2022.',
  ];
  if (annex.total > shown) {
    notes.push(
      `Ditampilkan ${formatNumber(shown)} baris pertama dari ${formatNumber(annex.total)}; ${formatNumber(annex.total - shown)} baris lainnya tidak dimuat di PDF. Daftar lengkap ada di ekspor Excel laporan ini.`,
    );
  }
  type Extra = { bold?: boolean; italics?: boolean; alignment?: 'left' | 'right'; noWrap?: boolean; colSpan?: number };
  const cell = (text: string, extra: Extra = {}): TableCell => ({ text, fontSize: 7.5, ...extra });
  const body: TableCell[][] = [
    [cell('No', { bold: true, alignment: 'right' }), cell('NIK', { bold: true }), cell('Nama', { bold: true }), cell(label, { bold: true }), cell('Program', { bold: true })],
    ...annex.rows.map((r, i) => [
      cell(formatNumber(i + 1), { alignment: 'right', noWrap: true }),
      cell(annex.fullNik ? r.nik : maskNik(r.nik), { noWrap: true }),
      cell(maskNikRuns(r.name)),
      cell(r.villageName ?? '–'),
      cell(maskNikRuns(r.program)),
    ]),
  ];
  if (annex.rows.length === 0) body.push([cell('Tidak ada pekerja yang dibiayai program pada bulan ini.', { colSpan: 5, italics: true }), {}, {}, {}, {}]);
  return {
    pageBreak: 'before',
    stack: [
      { text: `Lampiran. Pekerja yang dibiayai program pada ${formatMonth(report.month)}`, style: 'heading', margin: [0, 0, 0, 3] },
      ...notes.map((n) => ({ text: n, style: 'intro' }) as Content),
      {
        table: { headerRows: 1, dontBreakRows: true, widths: ['auto', 'auto', '*', 'auto', '*'], body },
        layout: {
          fillColor: (row) => (row === 0 ? HEADER_FILL : row % 2 === 0 ? STRIPE_FILL : null),
          hLineWidth: (i) => (i <= 1 ? 0.8 : 0),
          hLineColor: () => RULE,
          vLineWidth: () => 0,
          paddingLeft: () => 3,
          paddingRight: () => 3,
          paddingTop: () => 1.5,
          paddingBottom: () => 1.5,
        },
      },
    ],
  };
}
