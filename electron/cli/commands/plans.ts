import fs from 'node:fs';
import path from 'node:path';
import { describeInvalidInput } from '../../../shared/contract/errors';
import { planScenarioSchema } from '../../../shared/contract/plans';
import { formatFileSize, formatNumber, formatPercent, formatRupiah } from '../../../shared/domain/format';
import { CliError, defineCommand, requireOption } from '../command';
import { openCore } from '../openCore';

const FORMATS = { '.pdf': 'pdf', '.xlsx': 'xlsx', '.json': 'json' } as const;

export const planCommand = defineCommand({
  name: 'plan',
  summary: 'Menghitung dan menyimpan skenario rencana menutup kekurangan cakupan; ekspor PDF, Excel atau JSON.',
  usage: 'plan --db BERKAS SKENARIO.json [--out RENCANA.pdf|RENCANA.xlsx|RENCANA.json] [--json]',
  details: [
    '  --db BERKAS      berkas basis data',
    '  SKENARIO.json    {"name", "year", "asOf", "targetPercent"?, "premium"?, "months"?,',
    '                    "programs": [{"source", "budget"? | "workers"? | "perNagari"?, "premium"?, "months"?}],',
    '                    "employerShare"?, "constructionShare"?, "renew"?: [nomor program]}',
    '                   source: apbd_kabupaten, apbd_provinsi, dbh_sawit, apb_nagari, csr, other (seperti program add --source);',
    '                   perNagari: satu angka Rupiah untuk setiap nagari, atau {"nama atau kode nagari": Rupiah};',
    '                   target dan penduduk bekerja bawaannya yang tersimpan untuk tahun itu; premium bawaan 16800, months 12;',
    '                   employerShare/constructionShare: bagian 0 sampai 1 dari data kepatuhan.',
    '  --out BERKAS     tulis rencana sebagai .pdf (dengan lampiran per sumber dan per nagari), .xlsx atau .json',
    '  --json           cetak semua angka sebagai JSON: baseline, leavers, lines, projectedActive, projectedCoverage,',
    '                   remainingGapWorkers, remainingGapRupiah, perKecamatan, perNagari',
    '',
    'Skenario disimpan dengan namanya (nama yang sama menimpa skenario lama) dan tampil di halaman Rencana.',
    'Masukan yang salah: satu kalimat, kode keluar 2, tidak ada yang disimpan.',
  ],
  options: {
    db: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1, label: 'berkas skenario (SKENARIO.json)' },
  async run({ values, positionals }) {
    const dbPath = requireOption(values.db, 'db', 'plan');
    const scenarioFile = positionals[0]!;
    const out = values.out === undefined ? null : path.resolve(values.out);
    const format = out ? FORMATS[path.extname(out).toLowerCase() as keyof typeof FORMATS] : null;
    if (out && !format) throw new CliError(`Jenis berkas "${path.basename(out)}" tidak dikenal; akhiri --out dengan .pdf, .xlsx atau .json.`);
    if (out && !fs.existsSync(path.dirname(out))) throw new CliError(`Folder "${path.dirname(out)}" tidak ada.`);
    let text: string;
    try {
      text = fs.readFileSync(scenarioFile, 'utf8');
    } catch {
      throw new CliError(`Berkas skenario "${scenarioFile}" tidak dapat dibaca.`);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new CliError(`Berkas skenario "${path.basename(scenarioFile)}" bukan JSON yang sah (${error instanceof Error ? error.message : String(error)}).`);
    }
    const parsed = planScenarioSchema.safeParse(raw);
    if (!parsed.success) throw new CliError(`Skenario "${path.basename(scenarioFile)}" tidak dapat dipakai: ${describeInvalidInput(parsed.error)}`);

    const core = await openCore(dbPath);
    try {
      const existing = core.context.store.plans.byName(parsed.data.name);
      const saved = await core.invoke('plans.save', { id: existing?.id, scenario: parsed.data });
      const plan = saved.result!;
      if (out && format) {
        const ref = await core.invoke('plans.export', { id: saved.id, format });
        fs.copyFileSync(core.context.files.resolve(ref.fileId).path, out);
        console.error(`Rencana ditulis: ${out} (${formatFileSize(ref.size)}).`);
      }
      if (values.json) {
        process.stdout.write(`${JSON.stringify({ id: saved.id, chosen: saved.chosen, ...plan })}\n`);
        return 0;
      }
      console.log(`Rencana #${saved.id} "${plan.name}" tahun ${plan.year} ${existing ? 'diperbarui' : 'disimpan'}.`);
      for (const step of plan.steps) console.log(`  ${step.label}: ${step.value}   [${step.formula}]`);
      console.log(
        `Proyeksi cakupan ${formatPercent(plan.projectedCoverage)} (target ${formatPercent(plan.targetPercent)}); biaya rencana ${formatRupiah(plan.totalCost)}; sisa kekurangan ${formatNumber(plan.remainingGapWorkers)} pekerja (${formatRupiah(plan.remainingGapRupiah)}).`,
      );
      return 0;
    } finally {
      core.close();
    }
  },
});
