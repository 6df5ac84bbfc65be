import { formatPercent } from '../../../shared/domain/format';
import { parseDecimal } from '../../../shared/domain/numbers';
import { CliError, defineCommand, parseYear, requireOption } from '../command';
import { openCore } from '../openCore';

export const targetCommand = defineCommand({
  name: 'target',
  summary: 'Menetapkan target Universal Coverage Jamsostek (persen penduduk bekerja) untuk satu tahun.',
  usage: 'target --db BERKAS --year TAHUN --percent PERSEN',
  details: [
    '  --db BERKAS        berkas basis data',
    '  --year TAHUN       tahun target, misalnya 2025',
    '  --percent PERSEN   target dalam persen, misalnya 28.3 atau 28,3 (lebih dari 0, paling besar 100)',
  ],
  options: { db: { type: 'string' }, year: { type: 'string' }, percent: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const dbPath = requireOption(values.db, 'db', 'target');
    const year = parseYear(values.year, 'target');
    const text = requireOption(values.percent, 'percent', 'target');
    const percent = parseDecimal(text);
    if (Number.isNaN(percent)) throw new CliError(`Target "${text}" bukan angka persen; tulis misalnya 28.3 atau 28,3.`);
    const core = await openCore(dbPath);
    try {
      const saved = await core.invoke('targets.set', { year, percent });
      console.log(`Target UCJ ${saved.year}: ${formatPercent(saved.percent)}.`);
    } finally {
      core.close();
    }
  },
});
