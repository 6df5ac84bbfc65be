import type { Db } from './open';
import { auditQueries } from './queries/audit';
import { bpjsQueries } from './queries/bpjs';
import { complianceQueries } from './queries/compliance';
import { coverageQueries } from './queries/coverage';
import { firstRunQueries } from './queries/firstRun';
import { importQueries } from './queries/imports';
import { planQueries } from './queries/plans';
import { programQueries } from './queries/programs';
import { regionQueries } from './queries/regions';
import { reportQueries } from './queries/reports';
import { settingsQueries } from './queries/settings';
import { targetQueries } from './queries/targets';
import { workerQueries } from './queries/workers';
import { workforceQueries } from './queries/workforce';

/** Every prepared statement of the app, grouped by table, prepared once per connection. */
export function createStore(db: Db) {
  return {
    db,
    settings: settingsQueries(db),
    regions: regionQueries(db),
    workforce: workforceQueries(db),
    targets: targetQueries(db),
    audit: auditQueries(db),
    reports: reportQueries(db),
    workers: workerQueries(db),
    imports: importQueries(db),
    programs: programQueries(db),
    bpjs: bpjsQueries(db),
    coverage: coverageQueries(db),
    plans: planQueries(db),
    firstRun: firstRunQueries(db),
    compliance: complianceQueries(db),
    /** Runs fn as one transaction: all of it or nothing. */
    transaction<T>(fn: () => T): T {
      return db.transaction(fn)();
    },
  };
}

export type Store = ReturnType<typeof createStore>;
