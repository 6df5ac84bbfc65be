import type { CoverageReport } from '../../../../shared/contract/report';
import { formatDate, formatMonth, formatMonthRange, formatNumber, formatPercent, formatPoints, formatRupiah } from '../../../../shared/domain/format';
import { SEGMENTS, type Segment } from '../../../../shared/domain/programs';
import { chosenPlanTable } from '../plans/reportSection';
import { financeTables } from '../finance/tables';
import type { Column, ReportTable, SummaryItem } from '../../platform/documents/tables';
import { EMPLOYER_STATUS_LABELS, SCALE_LABELS } from '../../../../shared/domain/compliance';

/**
 * The report's tables (platform/documents/tables.ts: defined once, drawn by the PDF and the workbook).
 */
/** One worker of the optional annex: whom a program pays for in the report month. */
export interface AnnexRow {
  nik: string;
  name: string;
  villageName: string | null;
  program: string;
}

/** The worksheet name for the village table: the office's own word, without the characters Excel forbids. */
export function villageSheetName(label: string): string {
  return label.replace(/[\\/?*[\]:]+/g, '-').slice(0, 31) || 'Desa';
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const sumOrNull = (values: readonly (number | null)[]) => (values.some((v) => v === null) ? null : sum(values as number[]));
const usedPercent = (committed: number, budget: number) => (budget > 0 ? Math.round((committed / budget) * 10_000) / 100 : null);

export function districtTable(report: CoverageReport): ReportTable {
  const rows = report.byDistrict;
  return {
    sheet: 'Kecamatan',
    title: 'Cakupan per kecamatan',
    intro: `Peserta aktif dibanding penduduk bekerja tiap kecamatan; target ${formatTarget(report)} dari penduduk bekerja.`,
    numbered: true,
    columns: [
      { header: 'Kecamatan', kind: 'text', grow: true },
      { header: 'Kode', kind: 'text', sheetOnly: true },
      { header: 'Penduduk bekerja', kind: 'count' },
      { header: 'Peserta aktif', kind: 'count' },
      { header: 'Cakupan', kind: 'percent' },
      { header: 'Target (pekerja)', kind: 'count' },
      { header: 'Kekurangan (pekerja)', kind: 'count' },
      { header: 'Dibiayai program', kind: 'count' },
      { header: 'Belum terlindungi', kind: 'count' },
    ],
    rows: [
      ...rows.map((d) => [d.name, d.code, d.workforce, d.covered, d.percent, d.targetWorkers, d.gapWorkers, d.programCovered, d.pipeline]),
      // Workers with no region at all are counted here, never dropped.
      ...(hasNoRegion(report) ? [[UNKNOWN_REGION, null, null, report.unplaced.noRegion.covered, null, null, null, report.unplaced.noRegion.programCovered, report.unplaced.noRegion.pipeline]] : []),
    ],
    total: [
      'Jumlah kabupaten',
      report.regency.code,
      report.workforce.total,
      report.coverage.covered,
      report.coverage.percent,
      report.target.workers,
      report.coverage.gapWorkers,
      sum(rows.map((d) => d.programCovered)) + report.unplaced.noRegion.programCovered,
      sum(rows.map((d) => d.pipeline)) + report.unplaced.noRegion.pipeline,
    ],
  };
}

/** The row every per-region table gives the workers no list placed. */
export const UNKNOWN_REGION = 'Wilayah tidak diketahui';

function hasNoRegion(report: CoverageReport): boolean {
  const n = report.unplaced.noRegion;
  return n.programCovered + n.pipeline + (n.covered ?? 0) > 0;
}

export function villageTable(report: CoverageReport): ReportTable {
  const rows = report.byVillage;
  const label = report.villageLabel;
  return {
    sheet: villageSheetName(label),
    title: `Pekerja per ${label.toLowerCase()}`,
    intro: `Pekerja yang dibiayai program pada ${formatMonth(report.month)} dan pekerja yang sudah tercatat di Cakap tetapi belum terlindungi, per ${label.toLowerCase()}.`,
    numbered: true,
    columns: [
      { header: label, kind: 'text', grow: true },
      { header: 'Kode', kind: 'text', sheetOnly: true },
      { header: 'Kecamatan', kind: 'text' },
      { header: 'Penduduk bekerja', kind: 'count' },
      { header: 'Dibiayai program', kind: 'count' },
      { header: 'Belum terlindungi', kind: 'count' },
      { header: 'Cakupan program', kind: 'percent' },
    ],
    rows: [
      ...rows.map((v) => [v.name, v.code, v.districtName, v.workforce, v.programCovered, v.pipeline, v.percent]),
      // Workers whose kecamatan is known but not their nagari (a kecamatan column only, or the NIK), then those with no region.
      ...report.unplaced.noVillage.map((u) => [`${label} tidak diketahui`, null, u.districtName, null, u.programCovered, u.pipeline, null]),
      ...(hasNoRegion(report) ? [[UNKNOWN_REGION, null, null, null, report.unplaced.noRegion.programCovered, report.unplaced.noRegion.pipeline, null]] : []),
    ],
    total: [
      'Jumlah',
      null,
      null,
      sumOrNull(rows.map((v) => v.workforce)),
      sum([...rows, ...unplacedOf(report)].map((v) => v.programCovered)),
      sum([...rows, ...unplacedOf(report)].map((v) => v.pipeline)),
      null,
    ],
  };
}

function unplacedOf(report: CoverageReport): { programCovered: number; pipeline: number }[] {
  return [...report.unplaced.noVillage, report.unplaced.noRegion];
}

export function programTable(report: CoverageReport): ReportTable {
  const rows = report.programs;
  const month = formatMonth(report.month);
  const budget = sum(rows.map((p) => p.budget));
  const committed = sum(rows.map((p) => p.committed));
  return {
    sheet: 'Program',
    title: 'Program pembiayaan iuran',
    intro: `Anggaran tiap program, yang sudah terpakai untuk pekerja yang didaftarkan, dan sisanya. Aktif = penerima yang iurannya dibayar pada ${month}.`,
    numbered: true,
    columns: [
      { header: 'Program', kind: 'text', grow: true },
      { header: 'Sumber dana', kind: 'text', sheetOnly: true },
      { header: 'Rincian sumber', kind: 'text', sheetOnly: true },
      { header: 'Tahun', kind: 'text', sheetOnly: true },
      { header: 'Periode', kind: 'text', sheetOnly: true },
      { header: 'Iuran per bulan', kind: 'rupiah', sheetOnly: true },
      { header: 'Anggaran', kind: 'rupiah' },
      { header: 'Terpakai', kind: 'rupiah' },
      { header: 'Sisa', kind: 'rupiah' },
      { header: 'Terpakai (%)', kind: 'percent' },
      { header: 'Penerima', kind: 'count' },
      { header: `Aktif ${month}`, kind: 'count', sheetOnly: true },
      { header: 'Sisa cukup untuk (pekerja)', kind: 'count', sheetOnly: true },
      { header: 'Status', kind: 'text', sheetOnly: true },
    ],
    rows: rows.map((p) => {
      const source = p.sourceDetail ? `${p.sourceLabel} (${p.sourceDetail})` : p.sourceLabel;
      const detail = [
        source,
        formatMonthRange(p.from, p.to),
        `${formatRupiah(p.premium)}/bulan`,
        `aktif ${formatNumber(p.activeBeneficiaries)}`,
        `sisa cukup untuk ${formatNumber(p.moreWorkersFundable)} pekerja`,
        ...(p.status === 'closed' ? ['ditutup'] : []),
      ].join(' · ');
      return [
        { text: p.name, detail },
        p.sourceLabel,
        p.sourceDetail,
        String(p.year),
        formatMonthRange(p.from, p.to),
        p.premium,
        p.budget,
        p.committed,
        p.remaining,
        p.usedPercent,
        p.beneficiaries,
        p.activeBeneficiaries,
        p.moreWorkersFundable,
        p.status === 'active' ? 'Berjalan' : 'Ditutup',
      ];
    }),
    total: [
      'Jumlah',
      null,
      null,
      null,
      null,
      null,
      budget,
      committed,
      sum(rows.map((p) => p.remaining)),
      usedPercent(committed, budget),
      sum(rows.map((p) => p.beneficiaries)),
      sum(rows.map((p) => p.activeBeneficiaries)),
      sum(rows.map((p) => p.moreWorkersFundable)),
      null,
    ],
  };
}

export function sourceTable(report: CoverageReport): ReportTable {
  const rows = report.bySource;
  const budget = sum(rows.map((s) => s.budget));
  const committed = sum(rows.map((s) => s.committed));
  return {
    sheet: 'Sumber dana',
    title: 'Per sumber dana',
    intro: `Program digabung menurut sumber dananya. Pekerja dibiayai = pekerja yang iurannya dibayar pada ${formatMonth(report.month)}.`,
    numbered: true,
    columns: [
      { header: 'Sumber dana', kind: 'text', grow: true },
      { header: 'Program', kind: 'count' },
      { header: 'Anggaran', kind: 'rupiah' },
      { header: 'Terpakai', kind: 'rupiah' },
      { header: 'Sisa', kind: 'rupiah' },
      { header: 'Terpakai (%)', kind: 'percent' },
      { header: 'Pekerja dibiayai', kind: 'count' },
    ],
    rows: rows.map((s) => [s.label, s.programs, s.budget, s.committed, s.budget - s.committed, usedPercent(s.committed, s.budget), s.activeWorkers]),
    total: ['Jumlah', sum(rows.map((s) => s.programs)), budget, committed, budget - committed, usedPercent(committed, budget), sum(rows.map((s) => s.activeWorkers))],
  };
}

export function occupationTable(report: CoverageReport): ReportTable {
  const rows = report.byOccupation;
  return {
    sheet: 'Pekerjaan',
    title: 'Per pekerjaan',
    intro: 'Pekerja yang tercatat di Cakap menurut pekerjaannya.',
    numbered: true,
    columns: [
      { header: 'Pekerjaan', kind: 'text', grow: true },
      { header: 'Dibiayai program', kind: 'count' },
      { header: 'Belum terlindungi', kind: 'count' },
      { header: 'Jumlah tercatat', kind: 'count' },
    ],
    rows: rows.map((o) => [o.occupation, o.programCovered, o.pipeline, o.programCovered + o.pipeline]),
    total: [
      'Jumlah',
      sum(rows.map((o) => o.programCovered)),
      sum(rows.map((o) => o.pipeline)),
      sum(rows.map((o) => o.programCovered + o.pipeline)),
    ],
  };
}

const SEGMENT_SHORT: Record<Segment, string> = { PU: 'PU', BPU: 'BPU', JAKON: 'Jakon', PMI: 'PMI' };

export function trendTable(report: CoverageReport): ReportTable {
  const segments = SEGMENTS.filter((s) => report.trend.some((t) => t.bySegment[s] !== undefined));
  return {
    sheet: 'Tren bulanan',
    title: 'Tren bulanan',
    intro:
      segments.length > 0
        ? 'Peserta aktif per bulan menurut rekap BPJS Ketenagakerjaan: PU = penerima upah, BPU = bukan penerima upah, Jakon = jasa konstruksi, PMI = pekerja migran.'
        : 'Peserta aktif per bulan.',
    columns: [
      { header: 'Bulan', kind: 'month', grow: true },
      { header: 'Peserta aktif', kind: 'count' },
      ...segments.map((s): Column => ({ header: SEGMENT_SHORT[s], kind: 'count' })),
      { header: 'Cakupan', kind: 'percent' },
    ],
    rows: report.trend.map((t) => [t.month, t.active, ...segments.map((s) => t.bySegment[s] ?? null), t.percent]),
  };
}

export function dataQualityTable(report: CoverageReport): ReportTable {
  const q = report.dataQuality;
  const month = formatMonth(report.month);
  return {
    sheet: 'Kualitas data',
    title: 'Kualitas data',
    intro: 'Hal yang perlu diperiksa sebelum angka laporan ini dipakai untuk keputusan.',
    columns: [
      { header: 'Uraian', kind: 'text', grow: true },
      { header: 'Jumlah', kind: 'count' },
      { header: 'Keterangan', kind: 'text' },
    ],
    rows: [
      ['Daftar pekerja yang diimpor', q.importedBatches, 'berkas dari nagari/desa, OPD dan lainnya'],
      ['Baris ditolak saat impor', q.rejectedRows, 'dikirim balik ke pengirim untuk diperbaiki'],
      ['Baris diterima dengan peringatan', q.warningRows, 'data kurang lengkap, perlu dilengkapi'],
      [`Pekerja dibiayai lebih dari satu program (${month})`, q.doubleFunded, 'periksa agar iuran tidak dibayar dua kali'],
      ['Penerima program yang tercatat peserta penerima upah (PU)', q.puWarnings, 'iurannya mungkin sudah dibayar pemberi kerja'],
      [
        `Penerima program yang belum aktif di daftar peserta BPJS`,
        q.notRegistered,
        q.bpjsListAsOf ? `menurut daftar peserta BPJS per ${formatDate(q.bpjsListAsOf)}` : 'belum ada daftar peserta BPJS yang diimpor',
      ],
    ],
  };
}

function formatTarget(report: CoverageReport): string {
  return report.target.percent === null ? 'belum ditetapkan' : formatPercent(report.target.percent);
}

/** The loop with the branch, in the Ringkasan: what was paid, what the check prevented, what the claims brought. */
function financeItems(report: CoverageReport): SummaryItem[] {
  const f = report.finance;
  if (!f) return [];
  return [
    { label: `Iuran dibayar ${f.year} (realisasi)`, value: f.totals.paid, kind: 'rupiah', note: f.totals.realisationPercent === null ? undefined : `${formatPercent(f.totals.realisationPercent)} dari anggaran ${formatRupiah(f.totals.budget)}` },
    { label: 'Pembayaran dicegah pemeriksaan tagihan', value: f.totals.exceptionAmount, kind: 'rupiah', note: `dari tagihan ${formatRupiah(f.totals.billed)}` },
    {
      label: 'Manfaat klaim penerima program',
      value: f.totals.claims.amount,
      kind: 'rupiah',
      note: `${formatNumber(f.totals.claims.count)} klaim${f.benefits.ratio === null ? '' : `; ${formatNumber(f.benefits.ratio, 2)} kali iuran yang dibayar`}`,
    },
  ];
}

/** The headline figures, in the order the Ringkasan reads them. */
function complianceItems(report: CoverageReport): SummaryItem[] {
  const c = report.compliance;
  if (!c) return [];
  return [
    { label: 'Pekerja penerima upah belum terlindungi (pemberi kerja tidak patuh)', value: c.employers.uncoveredWageWorkers, kind: 'count' },
    { label: 'Proyek konstruksi belum terdaftar', value: c.projects.unregistered, kind: 'count', note: `nilai kontrak ${formatRupiah(c.projects.unregisteredValue)}` },
    { label: 'Iuran Jakon terutang (perkiraan)', value: c.projects.contributionsDue, kind: 'rupiah', note: 'JKK + JKM dari nilai kontrak' },
    { label: 'Tambahan peserta bila semua patuh', value: c.gap.workers, kind: 'count', note: c.gap.points === null ? 'tanpa biaya APBD' : `${formatPoints(c.gap.points)}, tanpa biaya APBD` },
  ];
}

export function summaryItems(report: CoverageReport): SummaryItem[] {
  const { coverage, target, workforce, national, pipeline } = report;
  const workforceNote = [workforce.source, workforce.year ? `tahun ${workforce.year}` : null].filter(Boolean).join(', ');
  return [
    { label: 'Kabupaten/kota', value: report.regency.name, kind: 'text', note: `Provinsi ${report.regency.provinceName}` },
    { label: 'Keadaan per', value: report.asOf, kind: 'date' },
    { label: 'Dasar angka', value: report.basis.note, kind: 'text' },
    { label: 'Penduduk bekerja', value: workforce.total, kind: 'count', note: workforceNote || undefined },
    { label: 'Peserta aktif BPJS Ketenagakerjaan', value: coverage.covered, kind: 'count' },
    { label: 'Cakupan (UCJ)', value: coverage.percent, kind: 'percent' },
    {
      label: `Target ${target.year}`,
      value: target.percent,
      kind: 'percent',
      note: target.workers === null ? undefined : `${formatNumber(target.workers)} pekerja`,
    },
    { label: 'Kekurangan dari target', value: coverage.gapPoints, kind: 'points' },
    { label: 'Kekurangan dari target (pekerja)', value: coverage.gapWorkers, kind: 'count' },
    { label: 'Iuran per pekerja per bulan', value: coverage.premium, kind: 'rupiah', note: 'JKK + JKM pekerja rentan' },
    {
      label: `Biaya menutup kekurangan, ${coverage.remainingMonths} bulan tersisa ${report.year}`,
      value: coverage.gapCost,
      kind: 'rupiah',
    },
    { label: 'Biaya menutup kekurangan, setahun penuh', value: coverage.gapCostFullYear, kind: 'rupiah' },
    { label: 'Pekerja tercatat di Cakap yang belum terlindungi', value: pipeline.workers, kind: 'count' },
    {
      label: 'Cakupan bila mereka semua didaftarkan',
      value: pipeline.projectedPercent,
      kind: 'percent',
      note: `${formatNumber(pipeline.projectedCovered)} peserta`,
    },
    ...complianceItems(report),
    ...financeItems(report),
    { label: `Cakupan nasional (${formatMonth(national.actualAsOf)})`, value: national.actualPercent, kind: 'percent' },
    { label: `Target nasional ${national.targetYear} (RPJMN)`, value: national.targetPercent, kind: 'percent' },
  ];
}

/** Employers by business scale and BPJS status (the report's compliance section). */
export function complianceEmployerTable(report: CoverageReport): ReportTable | null {
  const c = report.compliance;
  if (!c || c.employers.total === 0) return null;
  const rows = c.employers.byScale;
  const t = c.employers;
  return {
    sheet: 'Kepatuhan pemberi kerja',
    title: 'Pemberi kerja menurut skala usaha dan status',
    intro: `Usaha dari daftar izin usaha dan WLKP dicocokkan dengan daftar pemberi kerja BPJS. PWBD = wajib belum daftar; PDS = daftar sebagian (tenaga kerja atau program). Belum terlindungi = seluruh pekerja PWBD, dan pekerja yang dilaporkan tetapi belum didaftarkan.`,
    columns: [
      { header: 'Skala usaha', kind: 'text', grow: true },
      { header: 'Pemberi kerja', kind: 'count' },
      { header: 'PWBD', kind: 'count' },
      { header: 'PDS tenaga kerja', kind: 'count' },
      { header: 'PDS program', kind: 'count' },
      { header: 'Menunggak', kind: 'count' },
      { header: 'Patuh', kind: 'count' },
      { header: EMPLOYER_STATUS_LABELS.noWorkers, kind: 'count', sheetOnly: true },
      { header: 'Pekerja belum terlindungi', kind: 'count' },
    ],
    rows: rows.map((r) => [r.scale === 'unknown' ? 'Tidak diketahui' : SCALE_LABELS[r.scale], r.total, r.pwbd, r.pdsWorkers, r.pdsProgram, r.arrears, r.compliant, r.noWorkers, r.uncoveredWorkers]),
    total: ['Jumlah', t.total, t.byStatus.pwbd, t.byStatus.pdsWorkers, t.byStatus.pdsProgram, t.byStatus.arrears, t.byStatus.compliant, t.byStatus.noWorkers, t.uncoveredWageWorkers],
  };
}

/** Construction packages by agency: registered, late, not registered, and the contributions due. */
export function complianceProjectTable(report: CoverageReport): ReportTable | null {
  const c = report.compliance;
  if (!c || c.projects.total === 0) return null;
  const p = c.projects;
  return {
    sheet: 'Kepatuhan proyek',
    title: 'Proyek konstruksi menurut OPD',
    intro: `Paket pekerjaan konstruksi (termasuk pekerjaan APB Nagari) dicocokkan dengan daftar proyek terdaftar di BPJS Ketenagakerjaan. Iuran terutang = perkiraan JKK + JKM dari nilai kontrak dengan tarif berjenjang.`,
    numbered: true,
    columns: [
      { header: 'OPD', kind: 'text', grow: true },
      { header: 'Paket', kind: 'count' },
      { header: 'Tepat waktu', kind: 'count' },
      { header: 'Terlambat', kind: 'count' },
      { header: 'Belum terdaftar', kind: 'count' },
      { header: 'Masih dalam batas waktu', kind: 'count', sheetOnly: true },
      { header: 'Nilai kontrak', kind: 'rupiah', sheetOnly: true },
      { header: 'Nilai belum terdaftar', kind: 'rupiah' },
      { header: 'Iuran terutang', kind: 'rupiah' },
    ],
    rows: p.byOpd.map((o) => [o.opd, o.total, o.registered, o.late, o.unregistered, o.pending, o.value, o.unregisteredValue, o.contributionsDue]),
    total: ['Jumlah', p.total, p.registered, p.late, p.unregistered, p.pending, p.contractValue, p.unregisteredValue, p.contributionsDue],
  };
}

/** The compliance section's first sentence: what full compliance would add, at no cost to the APBD. */
export function complianceHeadline(report: CoverageReport): string | null {
  const c = report.compliance;
  if (!c) return null;
  const g = c.gap;
  const projected = g.points !== null && report.coverage.percent !== null ? report.coverage.percent + g.points : null;
  return (
    `Bila semua pemberi kerja mendaftarkan pekerjanya dan semua proyek konstruksi terdaftar, ${formatNumber(g.workers)} pekerja bertambah sebagai peserta ` +
    `(${formatNumber(g.uncoveredWageWorkers)} pekerja penerima upah dan ${formatNumber(g.unregisteredProjectWorkers)} pekerja proyek yang sedang berjalan)` +
    `${g.points !== null ? `, cakupan naik ${formatPoints(g.points)}${projected !== null ? ` menjadi ${formatPercent(projected)}` : ''}` : ''}, tanpa biaya APBD. ` +
    `Nilai kontrak proyek yang belum terdaftar ${formatRupiah(c.projects.unregisteredValue)}; iuran JKK dan JKM yang terutang diperkirakan ${formatRupiah(c.projects.contributionsDue)}.`
  );
}

export function reportTables(report: CoverageReport): ReportTable[] {
  return [
    districtTable(report),
    villageTable(report),
    programTable(report),
    sourceTable(report),
    ...[complianceEmployerTable(report), complianceProjectTable(report)].filter((t): t is ReportTable => t !== null),
    ...(report.finance ? financeTables(report.finance) : []),
    occupationTable(report),
    trendTable(report),
    dataQualityTable(report),
    ...(report.chosenPlan ? [chosenPlanTable(report.chosenPlan)] : []),
  ];
}
