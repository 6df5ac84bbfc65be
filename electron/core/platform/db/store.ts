import { writeBackup } from './backup';
import type { Db } from './open';
import { accountQueries } from './queries/accounts';
import { provinceQueries } from './queries/province';
import { auditQueries } from './queries/audit';
import { bpjsQueries } from './queries/bpjs';
import { complianceQueries } from './queries/compliance';
import { coverageQueries } from './queries/coverage';
import { financeQueries } from './queries/finance';
import { firstRunQueries } from './queries/firstRun';
import { importQueries } from './queries/imports';
import { planQueries } from './queries/plans';
import { programQueries } from './queries/programs';
import { regionQueries } from './queries/regions';
import { reportQueries } from './queries/reports';
import { settingsQueries } from './queries/settings';
import { targetQueries } from './queries/targets';
import { beginWorkerBatch, type BatchStart } from './queries/workerBatch';
import { workerQueries } from './queries/workers';
import { workforceQueries } from './queries/workforce';

/**
 * Every prepared statement of the app, grouped by table, prepared once per connection. The
 * connection itself stays inside: features reach the database only through these.
 */
export function createStore(db: Db) {
  const audit = auditQueries(db);
  return {
    settings: settingsQueries(db),
    regions: regionQueries(db),
    workforce: workforceQueries(db),
    targets: targetQueries(db),
    audit,
    reports: reportQueries(db),
    workers: workerQueries(db),
    imports: importQueries(db),
    programs: programQueries(db),
    bpjs: bpjsQueries(db),
    coverage: coverageQueries(db),
    plans: planQueries(db),
    firstRun: firstRunQueries(db),
    compliance: complianceQueries(db),
    accounts: accountQueries(db),
    province: provinceQueries(db),
    finance: financeQueries(db),
    /** Opens a worker list's batch: one transaction from the first row to the last. */
    beginWorkerBatch: (start: BatchStart) => beginWorkerBatch(db, audit, start),
    /** Changes whenever a figure may have changed (see auditQueries.dataVersion); caches compare it. */
    dataVersion: () => audit.dataVersion(),
    /** A whole, consistent copy in cadangan/ beside the database file. */
    backup: (dbFile: string, reason: string, date: Date) => writeBackup(db, dbFile, reason, date),
    /** SQLite's own check of the whole file: 'ok' or what is wrong. */
    integrityCheck: () => String(db.pragma('integrity_check', { simple: true })),
    /** Runs fn as one transaction: all of it or nothing. */
    transaction<T>(fn: () => T): T {
      return db.transaction(fn)();
    },
  };
}

export type Store = ReturnType<typeof createStore>;
