import { config } from '@pecg/common';
import type { CommunitySafetyModels } from '../models';
import { erasePersonalData } from './searches';

/** Days sensing events are kept (COMMUNITY_SAFETY_EVENT_RETENTION_DAYS, default 90). */
export function eventRetentionDays(): number {
  return config.integer('COMMUNITY_SAFETY_EVENT_RETENTION_DAYS', 90, 1, 3650);
}

/**
 * Sensing events older than the retention are deleted — except those that became an incident (the
 * incident needs its evidence reference while it is handled). Idempotent.
 */
export async function purgeOldEvents(models: CommunitySafetyModels, now: Date, retentionDays = eventRetentionDays()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const result = await models.SensingEvent.deleteMany({ occurredAt: { $lt: cutoff }, triage: { $ne: 'ESCALATED' } });
  return result.deletedCount;
}

/** One retention pass: old events, and the personal data of searches closed longer than their retention. */
export async function runRetention(models: CommunitySafetyModels, now: Date): Promise<{ events: number; searches: number }> {
  return { events: await purgeOldEvents(models, now), searches: await erasePersonalData(models, now) };
}
