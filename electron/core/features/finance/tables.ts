import type { FinanceSummary } from '../../../../shared/contract/finance';
import { BILL_REASON_LABELS, BILL_REASONS, CLAIM_TYPE_LABELS, CLAIM_TYPES } from '../../../../shared/domain/finance';
import { formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import type { ReportTable } from '../../platform/documents/tables';

/**
 * The realisation and benefits of a year as tables (drawn in the PDF and as worksheets by
 * platform/documents), with the sentences the leadership report's findings take from them. The
 * finance export and the report's section both use these.
 */

export function realisationTable(s: FinanceSummary): ReportTable {
  return {
    sheet: 'Realisasi iuran',
    title: `Realisasi iuran per program, ${s.year}`,
    intro:
      'Ditagih: tagihan kantor cabang yang berlaku (yang terbaru untuk tiap bulan). Dicegah: baris yang tidak semestinya dibayar menurut pemeriksaan Cakap. ' +
      'Dibayar: SP2D yang dicatat. Realisasi: dibayar dibanding anggaran.',
    numbered: true,
    columns: [
      { header: 'Program', kind: 'text', grow: true },
      { header: 'Sumber dana', kind: 'text', sheetOnly: true },
      { header: 'Anggaran', kind: 'rupiah' },
      { header: 'Ditagih', kind: 'rupiah' },
      { header: 'Dicegah', kind: 'rupiah' },
      { header: 'Layak dibayar', kind: 'rupiah', sheetOnly: true },
      { header: 'Dibayar', kind: 'rupiah' },
      { header: 'Realisasi', kind: 'percent' },
      { header: 'Bulan ditagih', kind: 'count', sheetOnly: true },
      { header: 'Klaim', kind: 'count', sheetOnly: true },
      { header: 'Manfaat klaim', kind: 'rupiah', sheetOnly: true },
    ],
    rows: s.programs.map((p) => [
      { text: p.name, detail: p.sourceLabel },
      p.sourceLabel,
      p.budget,
      p.billed,
      p.exceptionAmount,
      p.payable,
      p.paid,
      p.realisationPercent,
      p.monthsBilled,
      p.claims.count,
      p.claims.amount,
    ]),
    total: [
      'Jumlah',
      null,
      s.totals.budget,
      s.totals.billed,
      s.totals.exceptionAmount,
      s.totals.payable,
      s.totals.paid,
      s.totals.realisationPercent,
      null,
      s.totals.claims.count,
      s.totals.claims.amount,
    ],
  };
}

export function exceptionsTable(s: FinanceSummary): ReportTable {
  return {
    sheet: 'Pengecualian tagihan',
    title: `Pembayaran yang dicegah pemeriksaan tagihan, ${s.year}`,
    intro: 'Satu alasan per baris tagihan; untuk iuran yang tidak sesuai hanya kelebihannya yang tidak dibayar.',
    columns: [
      { header: 'Alasan', kind: 'text', grow: true },
      { header: 'Baris', kind: 'count' },
      { header: 'Dicegah', kind: 'rupiah' },
    ],
    rows: BILL_REASONS.map((r) => [BILL_REASON_LABELS[r], s.exceptionsByReason[r].count, s.exceptionsByReason[r].amount]),
    total: ['Jumlah', BILL_REASONS.reduce((n, r) => n + s.exceptionsByReason[r].count, 0), s.totals.exceptionAmount],
  };
}

export function benefitsTable(s: FinanceSummary): ReportTable {
  const b = s.benefits;
  const total = CLAIM_TYPES.reduce((n, t) => n + b.byType[t].amount, 0);
  return {
    sheet: 'Manfaat klaim',
    title: `Manfaat yang diterima penerima program, ${s.year}`,
    intro:
      `Klaim yang dibayar kantor cabang kepada pekerja yang iurannya dibayar program tahun ${s.year} pada bulan kejadian, dibanding iuran yang dibayar program-program itu (${formatRupiah(b.premiumsPaid)})` +
      (b.ratio === null || total === 0 ? '.' : `: manfaat ${formatNumber(b.ratio, 2)} kali iuran.`),
    columns: [
      { header: 'Jenis klaim', kind: 'text', grow: true },
      { header: 'Klaim', kind: 'count' },
      { header: 'Manfaat', kind: 'rupiah' },
    ],
    rows: CLAIM_TYPES.map((t) => [CLAIM_TYPE_LABELS[t], b.byType[t].count, b.byType[t].amount]),
    total: ['Jumlah', CLAIM_TYPES.reduce((n, t) => n + b.byType[t].count, 0), total],
  };
}

export function financeTables(s: FinanceSummary): ReportTable[] {
  return [realisationTable(s), exceptionsTable(s), benefitsTable(s)];
}

/** The section's opening sentence. */
export function financeHeadline(s: FinanceSummary): string {
  const t = s.totals;
  return (
    `Tahun ${s.year}: anggaran iuran ${formatRupiah(t.budget)}, ditagih ${formatRupiah(t.billed)}, dicegah pemeriksaan tagihan ${formatRupiah(t.exceptionAmount)}, ` +
    `dibayar ${formatRupiah(t.paid)}${t.realisationPercent === null ? '' : ` (realisasi ${formatPercent(t.realisationPercent)})`}. ` +
    (t.claims.count === 0
      ? 'Belum ada klaim penerima program yang tercatat.'
      : `Manfaat klaim penerima program ${formatRupiah(t.claims.amount)}${s.benefits.ratio === null ? '' : `, ${formatNumber(s.benefits.ratio, 2)} kali iuran yang dibayar`}.`)
  );
}

/** One finding each on realisation, the payments the check prevented, and the benefits against the premiums. */
export function financeFindings(s: FinanceSummary): string[] {
  const out: string[] = [];
  const t = s.totals;
  if (s.payments > 0 || s.bills > 0) {
    const over = s.programs.filter((p) => p.paid > p.budget);
    const months = s.programs.reduce((n, p) => n + p.monthsBilled, 0);
    out.push(
      `Realisasi pembayaran iuran ${s.year} ${formatRupiah(t.paid)} dari anggaran ${formatRupiah(t.budget)}${t.realisationPercent === null ? '' : ` (${formatPercent(t.realisationPercent)})`}` +
        (months > 0 ? `; ${formatNumber(months)} tagihan bulanan yang diperiksa berjumlah ${formatRupiah(t.billed)}, yang layak dibayar ${formatRupiah(t.payable)}` : '') +
        (over.length > 0 ? `; pembayaran program "${over[0]!.name}" melampaui anggarannya.` : '.'),
    );
  }
  if (s.bills > 0) {
    const rows = BILL_REASONS.reduce((n, r) => n + s.exceptionsByReason[r].count, 0);
    const top = [...BILL_REASONS].filter((r) => s.exceptionsByReason[r].amount > 0).sort((a, b) => s.exceptionsByReason[b].amount - s.exceptionsByReason[a].amount)[0];
    out.push(
      t.exceptionAmount > 0
        ? `Pemeriksaan tagihan mencegah pembayaran ${formatRupiah(t.exceptionAmount)} yang tidak semestinya (${formatNumber(rows)} baris)${top ? `, terbesar karena ${BILL_REASON_LABELS[top].toLowerCase()} (${formatRupiah(s.exceptionsByReason[top].amount)})` : ''}.`
        : `Semua baris tagihan ${s.year} yang diperiksa sesuai data penerima program; tidak ada pembayaran yang perlu dicegah.`,
    );
  }
  if (s.claimLists > 0 || t.paid > 0) {
    const jkm = s.benefits.byType.JKM;
    out.push(
      t.claims.count > 0
        ? `BPJS Ketenagakerjaan membayar manfaat ${formatRupiah(t.claims.amount)} kepada penerima program (${formatNumber(t.claims.count)} klaim${jkm.count > 0 ? `, di antaranya ${formatNumber(jkm.count)} santunan kematian ${formatRupiah(jkm.amount)}` : ''})` +
            (s.benefits.ratio === null ? '.' : `, ${formatNumber(s.benefits.ratio, 2)} kali iuran ${formatRupiah(t.paid)} yang dibayar untuk mereka.`)
        : `Belum ada klaim penerima program ${s.year} yang tercatat; iuran yang dibayar ${formatRupiah(t.paid)}.`,
    );
  }
  return out;
}
