import { EMPLOYER_STATUS_LABELS, EMPLOYER_STATUSES, SCALE_LABELS } from '../../../shared/domain/compliance';
import { formatDate, formatNumber, formatPoints, formatRupiah } from '../../../shared/domain/format';
import { ApiCallError, ERROR_CODES } from '../../../shared/contract/errors';
import { CliError, defineCommand, requireOption } from '../command';
import { openCore } from '../openCore';

export const complianceCommand = defineCommand({
  name: 'compliance',
  summary: 'Kepatuhan pemberi kerja dan proyek konstruksi: status, pekerja belum terlindungi, iuran Jakon terutang; surat untuk setiap kasus terbuka.',
  usage: 'compliance --db BERKAS [--as-of TTTT-BB-HH] [--json]',
  details: [
    '  --db BERKAS          berkas basis data',
    '  --as-of TTTT-BB-HH   keadaan per tanggal ini (bawaan: hari ini)',
    '  --json               cetak satu objek JSON dengan setiap jumlah dan angka rupiah sebagai angka biasa:',
    '                       {asOf, lists, employers, projects, gap, byDistrict, openCases, notes, regulations}',
    '',
    'Status pemberi kerja memakai istilah BPJS: PWBD (wajib belum daftar), PDS tenaga kerja, PDS program, menunggak, patuh.',
    'Aturan dan peraturannya (program wajib per skala usaha, batas 14 hari kerja, tarif Jakon) ada di Pengaturan › Aturan kepatuhan.',
  ],
  options: { db: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const dbPath = requireOption(values.db, 'db', 'compliance');
    const asOf = values['as-of'];
    if (asOf !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`)))) {
      throw new CliError(`Tanggal "${asOf}" tidak valid; tulis TTTT-BB-HH, misalnya 2026-11-30.`);
    }
    const core = await openCore(dbPath);
    try {
      let summary;
      try {
        summary = await core.invoke('compliance.summary', { asOf });
      } catch (error) {
        if (error instanceof ApiCallError) throw new CliError(error.message, error.code === ERROR_CODES.internal ? 1 : 2);
        throw error;
      }
      if (values.json) {
        process.stdout.write(`${JSON.stringify(summary)}\n`);
        return 0;
      }
      const e = summary.employers;
      const p = summary.projects;
      const g = summary.gap;
      console.log(`Kepatuhan per ${formatDate(summary.asOf)}`);
      console.log(`Pemberi kerja: ${formatNumber(e.total)}`);
      for (const status of EMPLOYER_STATUSES) if (e.byStatus[status] > 0) console.log(`  ${EMPLOYER_STATUS_LABELS[status]}: ${formatNumber(e.byStatus[status])}`);
      for (const s of e.byScale) console.log(`  skala ${s.scale === 'unknown' ? 'tidak diketahui' : SCALE_LABELS[s.scale].toLowerCase()}: ${formatNumber(s.total)} (${formatNumber(s.total - s.compliant - s.noWorkers)} tidak patuh)`);
      console.log(`  pekerja penerima upah belum terlindungi: ${formatNumber(e.uncoveredWageWorkers)}`);
      console.log(`Paket konstruksi: ${formatNumber(p.total)} (${formatRupiah(p.contractValue)})`);
      console.log(`  terdaftar tepat waktu ${formatNumber(p.registered)}, terlambat ${formatNumber(p.late)}, belum terdaftar ${formatNumber(p.unregistered)}, masih dalam batas waktu ${formatNumber(p.pending)}, nilai berbeda ${formatNumber(p.valueMismatch)}`);
      console.log(`  nilai kontrak belum terdaftar ${formatRupiah(p.unregisteredValue)}; iuran JKK+JKM terutang ${formatRupiah(p.contributionsDue)}`);
      console.log(`Bila semua patuh: ${formatNumber(g.workers)} pekerja tambahan${g.points === null ? '' : ` (${formatPoints(g.points)})`}, tanpa biaya APBD.`);
      if (e.reviewPending + p.reviewPending > 0) console.log(`Pasangan mirip menunggu keputusan: ${formatNumber(e.reviewPending + p.reviewPending)} (halaman Kepatuhan).`);
      for (const note of summary.notes) console.log(`Catatan: ${note}`);
      return 0;
    } finally {
      core.close();
    }
  },
});
