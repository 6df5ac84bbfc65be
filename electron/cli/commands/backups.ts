import path from 'node:path';
import { formatDateTime, formatFileSize } from '../../../shared/domain/format';
import { restoreDatabaseFile } from '../../core/features/backups/restore';
import { currentActor } from '../../core/platform/context';
import { backupDir } from '../../core/platform/db/backup';
import { CakapError } from '../../core/platform/errors';
import { CliError, defineCommand, requireOption } from '../command';
import { openCore } from '../openCore';

export const backupCommand = defineCommand({
  name: 'backup',
  summary: 'Membuat cadangan basis data sekarang, di folder "cadangan" di samping berkas basis data.',
  usage: 'backup --db BERKAS',
  details: [
    '  --db BERKAS   berkas basis data',
    '',
    'Cakap juga membuat cadangan sendiri: sekali sehari saat dibuka (10 terakhir disimpan) dan',
    'sebelum setiap pembaruan basis data. Pulihkan dengan: npm run cakap -- restore --db BERKAS',
  ],
  options: { db: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const dbPath = requireOption(values.db, 'db', 'backup');
    const core = await openCore(dbPath, { dailyBackup: false });
    try {
      const made = await core.invoke('backups.create', {});
      const where = path.join(backupDir(dbPath), made.name);
      console.log(`Cadangan dibuat: ${where} (${formatDateTime(made.at)}, ${formatFileSize(made.size)}).`);
    } finally {
      core.close();
    }
  },
});

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
