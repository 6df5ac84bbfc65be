import type { PlanResult } from '../../../../shared/contract/plans';
import { formatMonth, formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import { FUNDING_SOURCE_LABELS, type FundingSource } from '../../../../shared/domain/programs';
import type { Cell, ReportTable, SummaryItem } from '../../platform/documents/tables';

/**
 * A plan's tables, defined once for its PDF, its workbook and the leadership report's plan section
 * (the report's own table machinery draws them): the arithmetic, the lines, the sources, the
 * kecamatan, and the two annexes a Perbup attaches (per source and per nagari).
 */

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

const GIVEN: Record<PlanResult['lines'][number]['given'], string> = {
  budget: 'anggaran',
  workers: 'jumlah pekerja',
  perNagari: 'anggaran per nagari',
  share: 'bagian dari data kepatuhan',
  renew: 'perpanjangan penerima',
};

/** "APBD Kabupaten", or "Jasa konstruksi" for the construction key. */
export function sourceLabel(key: string): string {
  return key === 'construction' ? 'Jasa konstruksi' : (FUNDING_SOURCE_LABELS[key as FundingSource] ?? key);
}

export function planStepsTable(plan: PlanResult): ReportTable {
  return {
    sheet: 'Perhitungan',
    title: 'Perhitungan',
    intro: 'Setiap angka rencana dihitung dengan langkah di bawah ini dan dapat diperiksa dengan kalkulator.',
    columns: [
      { header: 'Uraian', kind: 'text', grow: true },
      { header: 'Perhitungan', kind: 'text', grow: true },
      { header: 'Hasil', kind: 'text' },
    ],
    rows: plan.steps.map((s) => [s.label, s.formula, s.value]),
  };
}

export function planLinesTable(plan: PlanResult): ReportTable {
  const lines = plan.lines;
  return {
    sheet: 'Baris rencana',
    title: 'Baris rencana',
    intro: `Pekerja setiap baris: anggaran dibagi (iuran × bulan), dibulatkan ke bawah; pemberi kerja dan proyek konstruksi: bagian yang diharapkan dari data kepatuhan, tanpa biaya bagi daerah. Perpanjangan menjaga penerima lama tetap terlindungi pada ${plan.year}.`,
    numbered: true,
    columns: [
      { header: 'Baris', kind: 'text', grow: true },
      { header: 'Sumber dana', kind: 'text', sheetOnly: true },
      { header: 'Dihitung dari', kind: 'text', sheetOnly: true },
      { header: 'Perhitungan', kind: 'text', sheetOnly: true },
      { header: 'Anggaran', kind: 'rupiah' },
      { header: 'Iuran per bulan', kind: 'rupiah' },
      { header: 'Bulan', kind: 'count' },
      { header: 'Pekerja', kind: 'count' },
      { header: 'Biaya', kind: 'rupiah' },
      { header: 'Sisa anggaran', kind: 'rupiah', sheetOnly: true },
    ],
    rows: lines.map((l): Cell[] => [
      { text: l.label, detail: l.formula },
      l.kind === 'construction' ? 'Jasa konstruksi' : l.source ? FUNDING_SOURCE_LABELS[l.source] : null,
      GIVEN[l.given],
      l.formula,
      l.budget,
      l.premium,
      l.months,
      l.workers,
      l.cost,
      l.unspent,
    ]),
    total: ['Jumlah', null, null, null, sum(lines.map((l) => l.budget ?? 0)), null, null, sum(lines.map((l) => l.workers)), sum(lines.map((l) => l.cost)), sum(lines.map((l) => l.unspent))],
  };
}

export function planSourceTable(plan: PlanResult): ReportTable {
  return {
    sheet: 'Per sumber dana',
    title: 'Per sumber dana',
    intro: 'Pekerja yang ditambah atau dipertahankan dan biayanya, menurut siapa yang membayar.',
    numbered: true,
    columns: [
      { header: 'Sumber dana', kind: 'text', grow: true },
      { header: 'Pekerja', kind: 'count' },
      { header: 'Biaya', kind: 'rupiah' },
    ],
    rows: plan.costBySource.map((s) => [s.label, s.workers, s.cost]),
    total: ['Jumlah', sum(plan.costBySource.map((s) => s.workers)), sum(plan.costBySource.map((s) => s.cost))],
  };
}

export function planDistrictTable(plan: PlanResult): ReportTable {
  const rows = plan.perKecamatan;
  return {
    sheet: 'Per kecamatan',
    title: 'Proyeksi per kecamatan',
    intro: `Peserta aktif saat ini, yang keluar, yang ditambah rencana ini, dan cakupan ${plan.year} dibanding target ${formatPercent(plan.targetPercent)}.`,
    numbered: true,
    columns: [
      { header: 'Kecamatan', kind: 'text', grow: true },
      { header: 'Kode', kind: 'text', sheetOnly: true },
      { header: 'Penduduk bekerja', kind: 'count' },
      { header: 'Peserta aktif', kind: 'count' },
      { header: 'Keluar', kind: 'count' },
      { header: 'Ditambah', kind: 'count' },
      { header: 'Proyeksi', kind: 'count' },
      { header: 'Cakupan', kind: 'percent' },
      { header: 'Target (pekerja)', kind: 'count' },
      { header: 'Kekurangan', kind: 'count' },
    ],
    rows: rows.map((d) => [d.name, d.code, d.workforce, d.baseline, d.leavers, d.added, d.projected, d.coverage, d.targetWorkers, d.gap]),
    total: [
      'Jumlah kabupaten',
      null,
      plan.workforce,
      plan.baseline,
      plan.leavers,
      plan.added,
      plan.projectedActive,
      plan.projectedCoverage,
      plan.targetWorkers,
      plan.remainingGapWorkers,
    ],
  };
}

/** Annex A: each source's workers and money per kecamatan; renewals for the whole regency. */
export function planAllocationTable(plan: PlanResult): ReportTable {
  const rows: Cell[][] = [];
  const keys = [...new Set(plan.perKecamatan.flatMap((d) => Object.keys(d.bySource)))];
  const order = plan.costBySource.map((s) => s.source);
  keys.sort((a, b) => (order.indexOf(a) === -1 ? 99 : order.indexOf(a)) - (order.indexOf(b) === -1 ? 99 : order.indexOf(b)));
  for (const key of keys) {
    for (const d of plan.perKecamatan) {
      const workers = d.bySource[key] ?? 0;
      if (workers > 0) rows.push([sourceLabel(key), d.name, 'pekerja baru', workers, d.costBySource[key] ?? 0]);
    }
  }
  for (const l of plan.lines.filter((x) => x.kind === 'renewal')) {
    rows.push([sourceLabel(l.source!), 'Semua kecamatan', `perpanjangan: ${l.label.replace(/^Perpanjangan: /, '')}`, l.workers, l.cost]);
  }
  return {
    sheet: 'Lampiran per sumber',
    title: 'Lampiran I. Alokasi per sumber dana dan kecamatan',
    intro: 'Pekerja yang dibiayai setiap sumber dana dan biayanya, per kecamatan. Pemberi kerja dan proyek jasa konstruksi mendaftarkan pekerjanya atas biaya sendiri (Rp 0 bagi daerah).',
    numbered: true,
    columns: [
      { header: 'Sumber dana', kind: 'text' },
      { header: 'Kecamatan', kind: 'text', grow: true },
      { header: 'Keterangan', kind: 'text' },
      { header: 'Pekerja', kind: 'count' },
      { header: 'Biaya', kind: 'rupiah' },
    ],
    rows,
    total: ['Jumlah', null, null, sum(rows.map((r) => r[3] as number)), sum(rows.map((r) => r[4] as number))],
  };
}

/** Annex B: each nagari's own amounts, and who leaves or stays there. */
export function planNagariTable(plan: PlanResult): ReportTable {
  const label = plan.villageLabel;
  const rows: Cell[][] = [];
  for (const n of plan.perNagari) {
    if (n.lines.length === 0) rows.push([n.name, n.code, n.districtName, null, null, null, null, n.leavers, n.renewed]);
    n.lines.forEach((l, i) => rows.push([n.name, n.code, n.districtName, l.label, l.budget, l.workers, l.cost, i === 0 ? n.leavers : null, i === 0 ? n.renewed : null]));
  }
  return {
    sheet: `Lampiran per ${label.toLowerCase()}`.slice(0, 31),
    title: `Lampiran II. Alokasi per ${label.toLowerCase()}`,
    intro: `Anggaran tiap ${label.toLowerCase()} dan pekerja yang dibiayainya (anggaran ÷ (iuran × bulan), dibulatkan ke bawah), serta penerima program di ${label.toLowerCase()} itu yang berakhir sebelum ${plan.year}: keluar bila tidak diperpanjang.`,
    numbered: true,
    columns: [
      { header: label, kind: 'text', grow: true },
      { header: 'Kode', kind: 'text', sheetOnly: true },
      { header: 'Kecamatan', kind: 'text' },
      { header: 'Sumber dana', kind: 'text' },
      { header: 'Anggaran', kind: 'rupiah' },
      { header: 'Pekerja', kind: 'count' },
      { header: 'Biaya', kind: 'rupiah' },
      { header: 'Keluar', kind: 'count' },
      { header: 'Diperpanjang', kind: 'count' },
    ],
    rows,
    total: [
      'Jumlah',
      null,
      null,
      null,
      sum(rows.map((r) => (r[4] as number | null) ?? 0)),
      sum(rows.map((r) => (r[5] as number | null) ?? 0)),
      sum(rows.map((r) => (r[6] as number | null) ?? 0)),
      sum(rows.map((r) => (r[7] as number | null) ?? 0)),
      sum(rows.map((r) => (r[8] as number | null) ?? 0)),
    ],
  };
}

export function planTables(plan: PlanResult): ReportTable[] {
  return [planStepsTable(plan), planLinesTable(plan), planSourceTable(plan), planDistrictTable(plan), planAllocationTable(plan), planNagariTable(plan)];
}

export function planSummaryItems(plan: PlanResult): SummaryItem[] {
  return [
    { label: 'Rencana', value: plan.name, kind: 'text' },
    { label: 'Kabupaten/kota', value: plan.regencyName, kind: 'text' },
    { label: 'Tahun rencana', value: String(plan.year), kind: 'text' },
    { label: 'Keadaan per', value: plan.asOf, kind: 'date' },
    { label: 'Dasar angka', value: plan.baselineBasis === 'bpjs_recap' ? `Rekap BPJS ${formatMonth(plan.recapMonth ?? '')}` : plan.baselineNote, kind: 'text' },
    { label: `Penduduk bekerja ${plan.year}`, value: plan.workforce, kind: 'count', note: plan.workforceSource ?? undefined },
    { label: `Target ${plan.year}`, value: plan.targetPercent, kind: 'percent', note: `${formatNumber(plan.targetWorkers)} pekerja${plan.targetSource === 'scenario' ? '; target dari skenario' : ''}` },
    { label: 'Peserta aktif saat ini (dasar)', value: plan.baseline, kind: 'count' },
    { label: `Penerima yang programnya berakhir sebelum ${plan.year}`, value: plan.ending, kind: 'count' },
    { label: 'Diperpanjang', value: plan.renewed, kind: 'count' },
    { label: 'Keluar', value: plan.leavers, kind: 'count' },
    { label: 'Ditambah rencana ini', value: plan.added, kind: 'count' },
    { label: 'Proyeksi peserta aktif', value: plan.projectedActive, kind: 'count' },
    { label: 'Proyeksi cakupan', value: plan.projectedCoverage, kind: 'percent' },
    { label: 'Sisa kekurangan (pekerja)', value: plan.remainingGapWorkers, kind: 'count' },
    { label: 'Biaya menutup sisa kekurangan', value: plan.remainingGapRupiah, kind: 'rupiah', note: `${formatRupiah(plan.premium)} × ${plan.months} bulan per pekerja` },
    { label: 'Biaya rencana', value: plan.totalCost, kind: 'rupiah' },
  ];
}
