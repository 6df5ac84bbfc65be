import type { z } from 'zod';
import { bpjsMethods } from './bpjs';
import { demoMethods } from './demo';
import { enrollmentMethods } from './enrollments';
import { firstRunMethods } from './firstRun';
import { complianceMethods } from './compliance';
import { financeMethods } from './finance';
import { auditMethods } from './audit';
import { backupMethods } from './backups';
import { importMethods } from './import';
import { jobsMethods } from './jobs';
import { officeMethods } from './office';
import { packageMethods } from './package';
import { planMethods } from './plans';
import { provinceMethods } from './province';
import { programMethods } from './programs';
import { reportMethods } from './report';
import { regionMethods } from './regions';
import { settingsMethods } from './settings';
import { sharingMethods } from './sharing';
import { targetMethods } from './targets';
import { templateMethods } from './templates';
import { workerMethods } from './workers';
import { usersMethods } from './users';
import { workforceMethods } from './workforce';

/**
 * The API contract: every method any door (Electron IPC, HTTP bridge, CLI) can call, with the
 * schema of what it takes and gives back. Types are inferred from here and nowhere else.
 */
export const api = {
  ...settingsMethods,
  ...officeMethods,
  ...regionMethods,
  ...workforceMethods,
  ...targetMethods,
  ...importMethods,
  ...jobsMethods,
  ...workerMethods,
  ...programMethods,
  ...enrollmentMethods,
  ...bpjsMethods,
  ...reportMethods,
  ...backupMethods,
  ...auditMethods,
  ...planMethods,
  ...templateMethods,
  ...firstRunMethods,
  ...demoMethods,
  ...complianceMethods,
  ...usersMethods,
  ...sharingMethods,
  ...packageMethods,
  ...provinceMethods,
  ...financeMethods,
};

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller passes (defaults not yet applied). */
export type Input<M extends MethodName> = z.input<Api[M]['input']>;
/** What a handler receives, after validation. */
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type Output<M extends MethodName> = z.output<Api[M]['output']>;

export const methodNames = Object.keys(api) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

export * from './common';
export * from './errors';
export type { AuditEntry } from './audit';
export type { Backup } from './backups';
export type { Settings } from './settings';
export type { Office } from './office';
export type { Target } from './targets';
export type { WorkforceRow } from './workforce';
export type { Batch, ImportResultDto } from './import';
export type { Program } from './programs';
export type { EnrollSummary } from './enrollments';
export type { BpjsResult } from './bpjs';
export type { CoverageReport } from './report';
export type { PlanResult, PlanScenario, SavedPlan } from './plans';
export type { FirstRunStatus } from './firstRun';
export type { DemoStatus } from './demo';
export type { CoreEvent } from './events';
export type { Account, CurrentUser } from './users';
export type { SharingStatus } from './sharing';
export type { ProvinceReport } from './province';
export type { ComplianceSummary, EmployerRow, Evidence, ListImportResult, ProjectRow, ReviewRow } from './compliance';
export type { Bill, BillResult, BillRow, ClaimsResult, FinanceSettings, FinanceSummary, Payment, RegistrationResult } from './finance';
