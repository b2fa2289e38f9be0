import type { Types } from 'mongoose';
import { asSystem, updateIf } from '@pecg/common';
import { ATTENDANCE_OPEN } from '../domain/activity-lifecycle';
import type { ActivitiesModels, ActivityDoc } from '../models';

/**
 * Seats of an activity, without transactions or locks: `seatsLeft` and `seatsTaken` change together
 * in one atomic conditional $inc whose filter is `seatsLeft > 0`, so two registrations can never both
 * get the last seat. Every step is a single-document atomic write and is idempotent or compensated;
 * joining the waitlist is followed by `fillSeatsFromWaitlist`, which closes the race with a seat
 * released in between.
 *
 * Seats and the waitlist belong to the activity, not to one enterprise: these steps run inside an
 * ENTERPRISE caller's register or cancel request but must see every enterprise's registrations (the
 * first waitlisted person may be another enterprise's), so their registration queries run `asSystem`.
 * Nothing they read is returned to the caller.
 */

/** Takes a seat if the activity is in one of `statuses` and has one left; returns the activity after it, or null. */
export async function takeSeat(models: ActivitiesModels, activityId: Types.ObjectId, statuses: readonly string[]): Promise<ActivityDoc | null> {
  return updateIf(models.Activity, activityId, { status: { $in: statuses }, seatsLeft: { $gt: 0 } }, { $inc: { seatsLeft: -1, seatsTaken: 1 } });
}

export async function releaseSeat(models: ActivitiesModels, activityId: Types.ObjectId): Promise<void> {
  await updateIf(models.Activity, activityId, { seatsTaken: { $gt: 0 } }, { $inc: { seatsLeft: 1, seatsTaken: -1 } });
}

/** Confirms the first waitlisted person (by registration time) into a seat already held for them. */
export async function promoteNextWaitlisted(models: ActivitiesModels, activityId: Types.ObjectId): Promise<boolean> {
  const next = await asSystem(() =>
    models.Registration.findOneAndUpdate(
      { activityId, status: 'WAITLISTED' },
      { $set: { status: 'CONFIRMED' }, $inc: { version: 1 } },
      { sort: { registeredAt: 1, _id: 1 }, new: true },
    )
      .lean()
      .exec(),
  );
  if (!next) return false;
  await models.Activity.updateOne({ _id: activityId }, { $inc: { waitlistCount: -1 } });
  return true;
}

/**
 * A confirmed person cancelled: their seat goes straight to the first waitlisted person (so a newcomer
 * can never take it first); only when nobody waits is it released.
 */
export async function handOverSeat(models: ActivitiesModels, activityId: Types.ObjectId): Promise<void> {
  if (await promoteNextWaitlisted(models, activityId)) return;
  await releaseSeat(models, activityId);
  await fillSeatsFromWaitlist(models, activityId);
}

/**
 * Gives free seats to waitlisted people, first registered first. Called after a seat is released and
 * after someone joins the waitlist (which closes the race where a seat freed up in between).
 */
export async function fillSeatsFromWaitlist(models: ActivitiesModels, activityId: Types.ObjectId): Promise<number> {
  let promoted = 0;
  for (;;) {
    const waiting = await asSystem(() => models.Registration.exists({ activityId, status: 'WAITLISTED' }).exec());
    if (!waiting) return promoted;
    if (!(await takeSeat(models, activityId, ATTENDANCE_OPEN))) return promoted;
    if (!(await promoteNextWaitlisted(models, activityId))) {
      await releaseSeat(models, activityId);
      return promoted;
    }
    promoted += 1;
  }
}
