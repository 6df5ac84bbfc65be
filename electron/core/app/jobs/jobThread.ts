import { hostJobThread } from '../../platform/jobs/host';
import { JOBS } from './list';

/** Entry point of a job's worker thread (bundled as jobThread.cjs). */
hostJobThread(JOBS);
