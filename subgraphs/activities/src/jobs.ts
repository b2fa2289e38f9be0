import { config, type ScheduledJob } from '@pecg/common';
import type { ActivitiesModels } from './models';
import { releaseUnusedBookings } from './services/bookings';
import { closeDueRegistrations } from './services/activity-changes';
import { retryPendingOutcomes } from './services/outbox';
import { repairCancelledAndClosed } from './services/repair';
import { expireOffers } from './services/seats';

/** Names of the scheduled jobs (their records in `scheduled_jobs`, their labels in /metrics). */
export const TIME_RULES_JOB = 'activities.time-rules';
export const OUTBOX_JOB = 'activities.outbox';

/** One run of the time rules at `now`: interrupted cancels and closes finished, registration closed at its deadline, unused bookings released, lapsed offers handed on. Idempotent. */
export async function runTimeRules(
  models: ActivitiesModels,
  now: Date,
): Promise<{ repaired: number; registrationsClosed: number; bookingsReleased: number; offersExpired: number }> {
  const repaired = await repairCancelledAndClosed(models, now);
  const registrationsClosed = await closeDueRegistrations(models, now);
  const bookingsReleased = await releaseUnusedBookings(models, now);
  const offersExpired = await expireOffers(models, now);
  return { repaired, registrationsClosed, bookingsReleased, offersExpired };
}

/**
 * The activities time rules every ACTIVITIES_TIME_RULES_EVERY (default one minute), and the outbox of
 * closing-report outcomes every ACTIVITIES_OUTBOX_EVERY (default one minute).
 */
export function activitiesJobs(): ScheduledJob<ActivitiesModels>[] {
  return [
    { name: TIME_RULES_JOB, every: config.every('ACTIVITIES_TIME_RULES_EVERY', '1 minute'), run: (models, now) => runTimeRules(models, now) },
    { name: OUTBOX_JOB, every: config.every('ACTIVITIES_OUTBOX_EVERY', '1 minute'), run: (models, now) => retryPendingOutcomes(models, now) },
  ];
}
