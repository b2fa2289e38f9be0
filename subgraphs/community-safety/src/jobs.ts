import { config, type ScheduledJob } from '@pecg/common';
import type { CommunitySafetyModels } from './models';
import { runRetention } from './services/retention';

/** Name of the retention job (its record in `scheduled_jobs`, its label in /metrics). */
export const RETENTION_JOB = 'community-safety.retention';

/** Retention of sensing events and of lost-person personal data, every COMMUNITY_SAFETY_RETENTION_EVERY (default 1 hour). */
export const SUBGRAPH_JOBS = (): ScheduledJob<CommunitySafetyModels>[] => [
  { name: RETENTION_JOB, every: config.every('COMMUNITY_SAFETY_RETENTION_EVERY', '1 hour'), run: (models, now) => runRetention(models, now) },
];
