import { formatMonthRange, formatNumber, formatPercent, formatRupiah } from '../../../shared/domain/format';
import { parseWholeNumber } from '../../../shared/domain/numbers';
import { DEFAULT_PREMIUM, FUNDING_SOURCE_LABELS, FUNDING_SOURCES, parseFundingSource } from '../../../shared/domain/programs';
import { CliError, defineCommand, parseMonthOption, parseYear, requireOption } from '../command';
import { openCore } from '../openCore';

function rupiah(value: string | undefined, option: string): number {
  const text = requireOption(value, option, 'program add').replace(/^rp\.?\s*/i, '');
  const number = parseWholeNumber(text);
  if (number === null || Number.isNaN(number) || number < 0) throw new CliError(`--${option} "${value}" bukan jumlah Rupiah; tulis misalnya 1512000000 atau 1.512.000.000.`);
  return number;
}

const month = (value: string | undefined, option: string) => parseMonthOption(value, option, 'program add');

export const programCommand = defineCommand({
  name: 'program',
  summary: 'Program pembiayaan iuran: menambah (add) dan melihat daftar (list).',
  usage: 'program add --db BERKAS --name NAMA --source SUMBER --year TAHUN --budget RP --premium RP --from TTTT-BB --to TTTT-BB [--quota N] [--detail TEKS] [--json]\n       npm run cakap -- program list --db BERKAS [--json]',
  details: [
    '  --name NAMA       nama program, misalnya "Perlindungan Pekerja Rentan APBD 2025"',
    `  --source SUMBER   sumber dana: ${FUNDING_SOURCES.map((s) => `${s} (${FUNDING_SOURCE_LABELS[s]})`).join(', ')}`,
    '  --detail TEKS     nama nagari (APB Nagari) atau perusahaan (CSR)',
    '  --year TAHUN      tahun anggaran',
    '  --budget RP       anggaran dalam Rupiah',
    '  --premium RP      iuran per pekerja per bulan (bawaan 16800, JKK + JKM)',
    '  --from, --to      bulan pertama dan terakhir yang dibiayai, TTTT-BB',
    '  --quota N         jumlah pekerja paling banyak (boleh kosong)',
    '',
    '"program add" mencetak nomor program (dengan --json: seluruh data program).',
  ],
  options: {
    db: { type: 'string' },
    name: { type: 'string' },
    source: { type: 'string' },
    detail: { type: 'string' },
    year: { type: 'string' },
    budget: { type: 'string' },
    premium: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    quota: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1, label: 'sub-perintah: add atau list' },
  async run({ values, positionals }) {
    const sub = positionals[0];
    if (sub !== 'add' && sub !== 'list') throw new CliError(`Sub-perintah "${sub}" tidak dikenal; pakai "program add" atau "program list".`);
    const dbPath = requireOption(values.db, 'db', `program ${sub}`);
    if (sub === 'list') {
      const core = await openCore(dbPath);
      try {
        const programs = await core.invoke('programs.list', {});
        if (values.json) {
          process.stdout.write(`${JSON.stringify(programs)}\n`);
          return 0;
        }
        if (programs.length === 0) console.log('Belum ada program.');
        for (const p of programs) {
          console.log(
            `#${p.id} ${p.name} (${p.sourceLabel}${p.sourceDetail ? `, ${p.sourceDetail}` : ''}), ${formatMonthRange(p.from, p.to)}: ` +
              `${formatNumber(p.beneficiaries)} penerima, anggaran ${formatRupiah(p.budget)}, terpakai ${formatRupiah(p.committed)} (${formatPercent(p.usedPercent, 1)}), sisa ${formatRupiah(p.remaining)}${p.status === 'closed' ? ' [ditutup]' : ''}`,
          );
        }
        return 0;
      } finally {
        core.close();
      }
    }
    const source = parseFundingSource(requireOption(values.source, 'source', 'program add'));
    if (!source) throw new CliError(`Sumber dana "${values.source}" tidak dikenal; pilih salah satu: ${FUNDING_SOURCES.join(', ')}.`);
    const quota = values.quota === undefined ? null : parseWholeNumber(values.quota);
    if (quota !== null && (Number.isNaN(quota) || quota <= 0)) throw new CliError(`--quota "${values.quota}" harus bilangan bulat lebih dari 0.`);
    const input = {
      name: requireOption(values.name, 'name', 'program add'),
      source,
      sourceDetail: values.detail ?? null,
      year: parseYear(values.year, 'program add'),
      budget: rupiah(values.budget, 'budget'),
      premium: values.premium === undefined ? DEFAULT_PREMIUM : rupiah(values.premium, 'premium'),
      from: month(values.from, 'from'),
      to: month(values.to, 'to'),
      quota,
    };
    const core = await openCore(dbPath);
    try {
      const program = await core.invoke('programs.create', input);
      if (values.json) process.stdout.write(`${JSON.stringify(program)}\n`);
      else {
        process.stdout.write(`${program.id}\n`);
        console.error(`Program #${program.id} "${program.name}" dibuat: anggaran ${formatRupiah(program.budget)}, iuran ${formatRupiah(program.premium)} per pekerja per bulan, ${formatMonthRange(program.from, program.to)}.`);
      }
      return 0;
    } finally {
      core.close();
    }
  },
});
