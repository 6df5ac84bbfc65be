import type { Db } from '../db/open';
import { importBpjs, type BpjsImportOptions } from '../bpjs/importBpjs';
import { importComplianceList, type ComplianceImportOptions } from '../compliance/importList';
import { computeCoverage } from '../coverage/compute';
import { createStore } from '../db/store';
import { importWorkers, type ImportOptions } from '../importer/importWorkers';
import { writeReport, type ReportJob } from '../reports/export';

/**
 * The long jobs that run in a worker thread, each with its own database connection. A job gets
 * its input (structured-clone safe), a cancel flag and a progress callback.
 */
export interface JobIo {
  signal: { readonly cancelled: boolean };
  progress(update: { fraction: number; rows: number }): void;
}

export const jobKinds = {
  importWorkers: (db: Db, input: Omit<ImportOptions, 'signal' | 'onProgress'>, io: JobIo) =>
    importWorkers(db, { ...input, signal: io.signal, onProgress: io.progress }),
  importBpjs: (db: Db, input: BpjsImportOptions) => importBpjs(db, input),
  importCompliance: (db: Db, input: ComplianceImportOptions) => importComplianceList(db, input),
  coverage: (db: Db, input: { asOf: string; now: Date }) => computeCoverage(createStore(db), input.asOf, input.now),
  reportExport: (db: Db, input: ReportJob) => {
    const store = createStore(db);
    return writeReport(store, computeCoverage(store, input.asOf, input.now), input);
  },
};

export type JobKind = keyof typeof jobKinds;
export type JobInput<K extends JobKind> = Parameters<(typeof jobKinds)[K]>[1];
export type JobOutput<K extends JobKind> = Awaited<ReturnType<(typeof jobKinds)[K]>>;
