import type { AnyJob } from '../../platform/jobs/job';
import { importBpjsJob } from '../../features/bpjs/jobs';
import { complianceLettersJob, importComplianceJob } from '../../features/compliance/jobs';
import { financeExportJob, importBillJob, importClaimsJob, minutesJob, registrationJob } from '../../features/finance/jobs';
import { importWorkersJob } from '../../features/import/jobs';
import { coverageJob, reportExportJob } from '../../features/report/jobs';

/** Every feature's long jobs, for the job thread to find by kind. */
export const JOBS = [importWorkersJob, importBpjsJob, importComplianceJob, complianceLettersJob, coverageJob, reportExportJob, importBillJob, importClaimsJob, minutesJob, registrationJob, financeExportJob] as unknown as readonly AnyJob[];
