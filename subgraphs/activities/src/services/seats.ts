import type { Types } from 'mongoose';
import { asSystem, updateIf } from '@pecg/common';
import { settings } from '../domain/clock';
import { ATTENDANCE_OPEN } from '../domain/activity-lifecycle';
import type { ActivitiesModels, ActivityDoc } from '../models';

/**
 * Seats of an activity, without transactions or locks: `seatsLeft` and `seatsTaken` change together
 * in one atomic conditional $inc whose filter is `seatsLeft > 0`, so two registrations can never both
 * get the last seat. A seat is held by a CONFIRMED, OFFERED or ATTENDED registration. Every step is a
 * single-document atomic write and is idempotent or compensated; joining the waitlist is followed by
 * `fillSeatsFromWaitlist`, which closes the race with a seat released in between.
 *
 * A freed seat is not given away: it is offered to the first waitlisted person (OFFERED), who has
 * ACTIVITIES_OFFER_HOURS (never past the activity's end) to accept it; an offer that lapses goes to the
 * next person (`expireOffers`, run by the scheduled job).
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

/**
 * Takes a seat for someone registering now, only when nobody waits (`waitlistCount` 0, in the same
 * conditional write): a seat added by a capacity change or freed while people wait is theirs, first
 * registered first — the change adds it in one write and offers it in the next (`fillSeatsFromWaitlist`),
 * and a newcomer arriving between the two must join the waitlist, not take it.
 */
export async function takeSeatUnlessWaiting(models: ActivitiesModels, activityId: Types.ObjectId, statuses: readonly string[]): Promise<ActivityDoc | null> {
  return updateIf(
    models.Activity,
    activityId,
    { status: { $in: statuses }, seatsLeft: { $gt: 0 }, waitlistCount: { $not: { $gt: 0 } } },
    { $inc: { seatsLeft: -1, seatsTaken: 1 } },
  );
}

export async function releaseSeat(models: ActivitiesModels, activityId: Types.ObjectId): Promise<void> {
  await updateIf(models.Activity, activityId, { seatsTaken: { $gt: 0 } }, { $inc: { seatsLeft: 1, seatsTaken: -1 } });
}

/** Offers a seat already held for them to the first waitlisted person (by registration time). */
export async function offerToNextWaitlisted(models: ActivitiesModels, activityId: Types.ObjectId, at: Date): Promise<boolean> {
  const activity = await models.Activity.findById(activityId, { endsAt: 1 }).lean();
  const until = new Date(Math.min(at.getTime() + settings.offerHours * 3_600_000, activity?.endsAt.getTime() ?? Infinity));
  const next = await asSystem(() =>
    models.Registration.findOneAndUpdate(
      { activityId, status: 'WAITLISTED' },
      { $set: { status: 'OFFERED', offeredAt: at, offerExpiresAt: until }, $inc: { version: 1 } },
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
 * A seat-holding person cancelled (or their offer lapsed): the seat is offered to the first waitlisted
 * person (so a newcomer can never take it first); only when nobody waits is it released.
 */
export async function handOverSeat(models: ActivitiesModels, activityId: Types.ObjectId, at: Date): Promise<void> {
  if (await offerToNextWaitlisted(models, activityId, at)) return;
  await releaseSeat(models, activityId);
  await fillSeatsFromWaitlist(models, activityId, at);
}

/**
 * Offers free seats to waitlisted people, first registered first. Called after a seat is released and
 * after someone joins the waitlist (which closes the race where a seat freed up in between).
 */
export async function fillSeatsFromWaitlist(models: ActivitiesModels, activityId: Types.ObjectId, at: Date): Promise<number> {
  let offered = 0;
  for (;;) {
    const waiting = await asSystem(() => models.Registration.exists({ activityId, status: 'WAITLISTED' }).exec());
    if (!waiting) return offered;
    if (!(await takeSeat(models, activityId, ATTENDANCE_OPEN))) return offered;
    if (!(await offerToNextWaitlisted(models, activityId, at))) {
      await releaseSeat(models, activityId);
      return offered;
    }
    offered += 1;
  }
}

/** The offer rule, run by the scheduled job: an offer not accepted by its expiry is cancelled and the seat offered to the next person. Idempotent. */
export async function expireOffers(models: ActivitiesModels, at: Date): Promise<number> {
  const due = await asSystem(() =>
    models.Registration.find({ status: 'OFFERED', offerExpiresAt: { $lte: at } }, { _id: 1, activityId: 1 })
      .lean()
      .exec(),
  );
  let expired = 0;
  for (const r of due) {
    const lapsed = await asSystem(() =>
      models.Registration.findOneAndUpdate(
        { _id: r._id, status: 'OFFERED', offerExpiresAt: { $lte: at } },
        {
          $set: {
            status: 'CANCELLED',
            cancelledKey: r._id.toHexString(),
            offerExpiredAt: at,
            updated: { subject: 'system:activities.offers', role: 'ADMIN', name: '候补递补过期', at },
          },
          $inc: { version: 1 },
        },
        { new: true },
      )
        .lean()
        .exec(),
    );
    if (!lapsed) continue;
    expired += 1;
    await handOverSeat(models, r.activityId, at);
  }
  return expired;
}
