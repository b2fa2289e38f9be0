import { config, type ScheduledJob } from '@pecg/common';
import type { ApprovalsModels } from './models';
import { runDeadlines } from './services/deadlines';

/** Name of the deadline job (its record in `scheduled_jobs`, its label in /metrics). */
export const DEADLINES_JOB = 'approvals.deadlines';

/**
 * The approvals time rules, applied at the server clock every APPROVALS_DEADLINES_EVERY (default one
 * minute): deemed acceptance (视为受理), lapsed 容缺 commitments, overdue decisions with their
 * supervision cases. `runDeadlines` is idempotent, so a retried or repeated run changes nothing twice.
 */
export function approvalsJobs(): ScheduledJob<ApprovalsModels>[] {
  return [
    {
      name: DEADLINES_JOB,
      every: config.every('APPROVALS_DEADLINES_EVERY', '1 minute'),
      run: (models, now) => runDeadlines(models, now),
    },
  ];
}
