import type { ActorStamp } from '@pecg/common';
import type { ActivitiesModels, ActivityDoc } from '../models';
import { cancelCascade } from './activities';
import { settleRegistrations } from './closing';

/** How far back the repair looks (a crash is noticed within minutes; a week is generous). */
const REPAIR_WINDOW_MS = 7 * 86_400_000;

/**
 * Finishes what a cancel or a close began when the process stopped between the activity's write and
 * its follow-up writes (the registrations, the booking, the no-shows): cancelling and closing first
 * change the activity (the acknowledged fact), then the rest, idempotently — this run repeats the rest
 * for activities cancelled or closed in the last week that still need it. Returns how many it repaired.
 */
export async function repairCancelledAndClosed(models: ActivitiesModels, at: Date): Promise<number> {
  const since = new Date(at.getTime() - REPAIR_WINDOW_MS);
  const stamp: ActorStamp = { subject: 'system:activities.time-rules', role: 'ADMIN', name: '状态修复', at };
  let repaired = 0;
  const cancelled = (await models.Activity.find({ status: 'CANCELLED', cancelledAt: { $gte: since } }).lean()) as ActivityDoc[];
  const closed = (await models.Activity.find({ status: 'COMPLETED', 'report.closedAt': { $gte: since } }).lean()) as ActivityDoc[];
  const unsettled = async (activity: ActivityDoc, statuses: string[]) =>
    (await models.Registration.exists({ activityId: activity._id, status: { $in: statuses } })) !== null;
  const holding = async (activity: ActivityDoc) =>
    activity.bookingId !== null &&
    activity.bookingId !== undefined &&
    (await models.Booking.exists({ _id: activity.bookingId, status: { $in: ['BOOKED', 'IN_USE'] } })) !== null;
  for (const activity of cancelled) {
    if (!(await unsettled(activity, ['CONFIRMED', 'WAITLISTED', 'OFFERED'])) && !(await holding(activity))) continue;
    await cancelCascade(models, activity, stamp);
    repaired += 1;
  }
  for (const activity of closed) {
    if (!(await unsettled(activity, ['CONFIRMED', 'WAITLISTED', 'OFFERED']))) continue;
    await settleRegistrations(models, activity, stamp);
    repaired += 1;
  }
  return repaired;
}
