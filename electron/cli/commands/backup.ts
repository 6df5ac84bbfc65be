import path from 'node:path';
import { formatDateTime, formatFileSize } from '../../../shared/domain/format';
import { backupDir } from '../../core/db/backup';
import { defineCommand, requireOption } from '../command';
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
