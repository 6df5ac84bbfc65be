import { z } from 'zod';
import { jobIdSchema } from './common';
import { method } from './method';

export const jobsMethods = {
  'jobs.cancel': method({
    summary: 'Hentikan pekerjaan yang sedang berjalan (impor); tidak ada yang berubah.',
    access: 'operate',
    input: z.object({ jobId: jobIdSchema }),
    output: z.object({ cancelled: z.boolean() }),
  }),
};
