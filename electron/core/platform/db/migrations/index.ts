import foundation from './001_foundation';
import workers from './002_workers';
import programs from './003_programs';
import compliance from './004_compliance';
import workerSearch from './005_worker_search';
import plans from './006_plans';
import finance from './007_finance';
import registryLists from './008_registry_lists';
import accounts from './009_accounts';
import province from './010_province';

/**
 * Numbered migrations, applied in order inside one transaction at open. Never edit one that has
 * shipped: add the next number. The database's `user_version` is the number of the last applied.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'foundation', sql: foundation },
  { version: 2, name: 'workers', sql: workers },
  { version: 3, name: 'programs', sql: programs },
  { version: 4, name: 'compliance', sql: compliance },
  { version: 5, name: 'worker_search', sql: workerSearch },
  { version: 6, name: 'plans', sql: plans },
  { version: 7, name: 'finance', sql: finance },
  { version: 8, name: 'registry_lists', sql: registryLists },
  { version: 9, name: 'accounts', sql: accounts },
  { version: 10, name: 'province', sql: province },
];
