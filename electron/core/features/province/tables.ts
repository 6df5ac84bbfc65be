import type { ProvinceReport } from '../../../../shared/contract/province';
import { formatMonth } from '../../../../shared/domain/format';
import type { Cell, ReportTable, SummaryItem } from '../../platform/documents/tables';

/** The province report's tables, drawn by the PDF and the workbook alike (platform/documents). */

export function regencyTable(report: ProvinceReport): ReportTable {
  return {
    sheet: 'Kabupaten kota',
    title: 'Capaian setiap kabupaten/kota',
    intro: `Dari paket terbaru tiap kabupaten/kota untuk ${formatMonth(report.month)}; yang belum mengirim memakai paket bulan sebelumnya (tertulis bulannya). Biaya = kekurangan × iuran × 12 bulan.`,
    numbered: true,
    columns: [
      { header: 'Kabupaten/kota', kind: 'text', grow: true },
      { header: 'Penduduk bekerja', kind: 'count' },
      { header: 'Peserta aktif', kind: 'count' },
      { header: 'Cakupan', kind: 'percent' },
      { header: 'Target', kind: 'percent' },
      { header: 'Kekurangan (pekerja)', kind: 'count' },
      { header: 'Biaya setahun', kind: 'rupiah' },
      { header: 'Data bulan', kind: 'month', sheetOnly: true },
      { header: 'Paket diterima', kind: 'text', sheetOnly: true },
    ],
    rows: report.regencies.map((r): Cell[] => [
      r.packageMonth && !r.received ? { text: r.name, detail: `data ${formatMonth(r.packageMonth)}` } : r.packageMonth ? r.name : { text: r.name, detail: 'belum ada paket' },
      r.workforce,
      r.active,
      r.coveragePercent,
      r.targetPercent,
      r.gapWorkers,
      r.gapRupiah,
      r.packageMonth,
      r.received ? 'ya' : r.packageMonth ? 'bulan sebelumnya' : 'belum',
    ]),
    total: [
      'Provinsi',
      report.total.workforce,
      report.total.active,
      report.total.coveragePercent,
      report.total.targetPercent,
      report.total.gapWorkers,
      report.total.gapRupiah,
      null,
      `${report.total.reporting} dari ${report.total.regencies}`,
    ],
  };
}

export function sourceTable(report: ProvinceReport): ReportTable {
  return {
    sheet: 'Sumber dana',
    title: 'Pekerja yang dibiayai, per sumber dana',
    intro: 'Jumlah dari laporan setiap kabupaten/kota: pekerja yang iurannya dibayar program pada bulan laporannya, dan anggaran programnya.',
    columns: [
      { header: 'Sumber dana', kind: 'text', grow: true },
      { header: 'Pekerja dibiayai', kind: 'count' },
      { header: 'Anggaran', kind: 'rupiah' },
    ],
    rows: report.total.sources.map((s): Cell[] => [s.label, s.activeWorkers, s.budget]),
    total: ['Jumlah', report.total.sources.reduce((n, s) => n + s.activeWorkers, 0), report.total.sources.reduce((n, s) => n + s.budget, 0)],
  };
}

export function complianceTable(report: ProvinceReport): ReportTable {
  const rows = report.regencies.filter((r) => r.compliance);
  return {
    sheet: 'Kepatuhan',
    title: 'Kepatuhan pemberi kerja dan proyek konstruksi',
    intro: 'Pekerja penerima upah yang belum didaftarkan pemberi kerjanya, proyek konstruksi yang belum terdaftar dan iurannya: cakupan yang tidak membebani APBD.',
    numbered: true,
    columns: [
      { header: 'Kabupaten/kota', kind: 'text', grow: true },
      { header: 'Pekerja penerima upah belum terlindungi', kind: 'count' },
      { header: 'Proyek belum terdaftar', kind: 'count' },
      { header: 'Iuran Jakon terutang', kind: 'rupiah' },
      { header: 'Tambahan bila semua patuh', kind: 'count' },
    ],
    rows: rows.map((r): Cell[] => [r.name, r.compliance!.uncoveredWageWorkers, r.compliance!.unregisteredProjects, r.compliance!.contributionsDue, r.compliance!.additionalWorkers]),
    total: ['Provinsi', report.total.compliance.uncoveredWageWorkers, report.total.compliance.unregisteredProjects, report.total.compliance.contributionsDue, report.total.compliance.additionalWorkers],
  };
}

export function planTable(report: ProvinceReport): ReportTable {
  const rows = report.regencies.filter((r) => r.planned);
  return {
    sheet: 'Rencana',
    title: 'Rencana terpilih kabupaten/kota',
    intro: 'Rencana perluasan cakupan yang ditandai terpilih oleh setiap kabupaten/kota: proyeksi cakupan pada tahun rencananya dan biayanya.',
    numbered: true,
    columns: [
      { header: 'Kabupaten/kota', kind: 'text', grow: true },
      { header: 'Rencana', kind: 'text', grow: true },
      { header: 'Tahun', kind: 'text' },
      { header: 'Proyeksi cakupan', kind: 'percent' },
      { header: 'Target', kind: 'percent' },
      { header: 'Biaya', kind: 'rupiah' },
    ],
    rows: rows.map((r): Cell[] => [r.name, r.planned!.name, String(r.planned!.year), r.planned!.projectedCoverage, r.planned!.targetPercent, r.planned!.totalCost]),
  };
}

export function trendTable(report: ProvinceReport): ReportTable {
  return {
    sheet: 'Tren',
    title: 'Cakupan provinsi per bulan',
    intro: 'Bulan-bulan yang paketnya diterima: cakupan dari kabupaten/kota yang mengirim untuk bulan itu, tertimbang penduduk bekerjanya.',
    columns: [
      { header: 'Bulan', kind: 'month', grow: true },
      { header: 'Kabupaten/kota melapor', kind: 'count' },
      { header: 'Penduduk bekerja', kind: 'count' },
      { header: 'Peserta aktif', kind: 'count' },
      { header: 'Cakupan', kind: 'percent' },
    ],
    rows: report.trend.map((t): Cell[] => [t.month, t.regencies, t.workforce, t.active, t.coveragePercent]),
  };
}

export function missingTable(report: ProvinceReport): ReportTable {
  return {
    sheet: 'Belum mengirim',
    title: `Belum mengirim paket untuk ${formatMonth(report.month)}`,
    intro: 'Kabupaten/kota ini perlu diingatkan mengirim paket Cakap (npm run cakap -- package, atau tombol Paket untuk provinsi di Dasbor).',
    numbered: true,
    columns: [
      { header: 'Kabupaten/kota', kind: 'text', grow: true },
      { header: 'Paket terakhir', kind: 'month' },
    ],
    rows: report.missing.map((m): Cell[] => [m.name, m.lastMonth]),
  };
}

export function provinceTables(report: ProvinceReport): ReportTable[] {
  return [regencyTable(report), sourceTable(report), complianceTable(report), planTable(report), trendTable(report), missingTable(report)];
}

export function provinceSummaryItems(report: ProvinceReport): SummaryItem[] {
  const t = report.total;
  return [
    { label: 'Provinsi', value: report.province.name, kind: 'text' },
    { label: 'Keadaan per', value: report.asOf, kind: 'date' },
    { label: 'Kabupaten/kota mengirim paket bulan ini', value: `${t.reporting} dari ${t.regencies}`, kind: 'text' },
    { label: 'Penduduk bekerja', value: t.workforce, kind: 'count' },
    { label: 'Peserta aktif', value: t.active, kind: 'count' },
    { label: 'Cakupan provinsi', value: t.coveragePercent, kind: 'percent', note: 'peserta aktif ÷ penduduk bekerja, dijumlah atas kabupaten/kota (bukan rata-rata persentase)' },
    { label: 'Target (tertimbang penduduk bekerja)', value: t.targetPercent, kind: 'percent' },
    { label: 'Kekurangan dari target', value: t.gapWorkers, kind: 'count', note: 'jumlah kekurangan setiap kabupaten/kota terhadap targetnya' },
    { label: 'Biaya menutup kekurangan setahun', value: t.gapRupiah, kind: 'rupiah' },
  ];
}
