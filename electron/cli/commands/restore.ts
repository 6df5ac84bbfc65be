import { formatDateTime } from '../../../shared/domain/format';
import { restoreDatabaseFile } from '../../core/backups/restore';
import { currentActor } from '../../core/context';
import { CakapError } from '../../core/errors';
import { CliError, defineCommand, requireOption } from '../command';

export const restoreCommand = defineCommand({
  name: 'restore',
  summary: 'Memulihkan basis data dari cadangan (bawaan: cadangan terbaru); keadaan sekarang disimpan dulu.',
  usage: 'restore --db BERKAS [--from CADANGAN]',
  details: [
    '  --db BERKAS       berkas basis data yang dipulihkan (boleh rusak atau hilang)',
    '  --from CADANGAN   nama berkas di folder "cadangan", atau jalur berkas cadangan lain;',
    '                    bawaan: cadangan terbaru di folder "cadangan" di samping BERKAS',
    '',
    'Sebelum dipulihkan, berkas yang sekarang disalin ke folder "cadangan", jadi tidak ada yang hilang.',
  ],
  options: { db: { type: 'string' }, from: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const dbPath = requireOption(values.db, 'db', 'restore');
    let result;
    try {
      result = restoreDatabaseFile(dbPath, { from: values.from, actor: currentActor(), now: new Date() });
    } catch (error) {
      if (error instanceof CakapError) throw new CliError(error.message);
      throw error;
    }
    const kept = result.safetyCopy ? ` Keadaan sebelumnya disimpan di ${result.safetyCopy.path}.` : '';
    console.log(`Basis data ${dbPath} dipulihkan dari cadangan ${result.restored.name} (${formatDateTime(result.restored.at)}).${kept}`);
  },
});
