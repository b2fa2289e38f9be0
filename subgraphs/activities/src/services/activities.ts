import { Types } from 'mongoose';
import {
  actorStamp,
  asSystem,
  monthKey,
  NotFoundError,
  parseId,
  parseInput,
  requireRole,
  updateVersioned,
  ValidationError,
  type ActorStamp,
} from '@pecg/common';
import type { ActivitiesContext } from '../context';
import { activityLifecycle } from '../domain/activity-lifecycle';
import { now } from '../domain/clock';
import type { ActivitiesModels, ActivityDoc, ActivityStatus } from '../models';
import { cancellationReason, planActivityInput } from '../validation';
import { holdVenue, loadVenue, markBookingInUse, releaseBooking } from './bookings';
import { POLICY } from './policy';

const oid = (id: string | null | undefined) => (id ? new Types.ObjectId(id) : null);

/**
 * Plans an activity (the draft): at a functional room it books the room for its time (refused when
 * the room is taken: CONFLICT, or closed: BAD_USER_INPUT) and its capacity cannot exceed the room's
 * seats; or at an outside address.
 */
export async function planActivity(ctx: ActivitiesContext, input: unknown): Promise<ActivityDoc> {
  requireRole(ctx.caller, POLICY.planActivity, 'plan activities');
  const data = parseInput(planActivityInput, input);
  const venue = data.venueId ? await loadVenue(ctx, data.venueId, 'input.venueId') : null;
  if (venue && data.capacity > venue.seats) {
    throw new ValidationError(`input.capacity: ${venue.name} has ${venue.seats} seats (got ${data.capacity})`, {
      field: 'input.capacity',
      value: data.capacity,
    });
  }
  const organizer = data.organizerId ?? ctx.caller.officerId ?? null;
  const stamp = actorStamp(ctx.caller, now());
  const _id = new Types.ObjectId();
  const booking = venue
    ? await holdVenue(
        ctx.models,
        { venue, startsAt: data.startsAt, endsAt: data.endsAt, purpose: data.title, activityId: _id, field: 'input.startsAt' },
        stamp,
        new Types.ObjectId(),
      )
    : null;
  try {
    const doc = await ctx.models.Activity.create({
      _id,
      title: data.title,
      description: data.description ?? null,
      kind: data.kind,
      status: 'PLANNED',
      startsAt: data.startsAt,
      endsAt: data.endsAt,
      startsMonth: monthKey(data.startsAt),
      venueId: venue?._id ?? null,
      address: data.address ?? null,
      bookingId: booking?._id ?? null,
      organizerId: organizer && Types.ObjectId.isValid(organizer) ? new Types.ObjectId(organizer) : null,
      organiserKind: data.organiserKind ?? 'WORKSTATION',
      organiserEnterpriseId: oid(data.organiserEnterpriseId),
      coOrganiserIds: (data.coOrganiserIds ?? []).map((id) => new Types.ObjectId(id)),
      registrationOpensAt: data.registrationOpensAt ?? null,
      registrationClosesAt: data.registrationClosesAt ?? null,
      capacity: data.capacity,
      seatsTaken: 0,
      seatsLeft: data.capacity,
      materials: data.materials ?? [],
      version: 1,
      created: stamp,
      updated: stamp,
    });
    return doc.toObject();
  } catch (error) {
    if (booking) await releaseBooking(ctx.models, booking._id, 'CANCELLED', 'PLAN_FAILED', stamp);
    throw error;
  }
}

export async function loadActivity(ctx: ActivitiesContext, id: string): Promise<ActivityDoc> {
  const activity = await ctx.loaders.activityById.load(parseId(id).toHexString());
  if (!activity) throw new NotFoundError('Activity', id);
  return activity;
}

/** Moves an activity along its life cycle, conditional on the version read and the allowed source statuses. */
export async function transition(
  ctx: ActivitiesContext,
  id: string,
  expectedVersion: number,
  to: ActivityStatus,
  set: Partial<ActivityDoc> = {},
): Promise<ActivityDoc> {
  requireRole(ctx.caller, POLICY.advanceActivity, `move activities to ${to}`);
  const current = await loadActivity(ctx, id);
  activityLifecycle.assert(id, current.status, to);
  const updated = await updateVersioned(
    ctx.models.Activity,
    'Activity',
    current._id,
    expectedVersion,
    { $set: { ...set, status: to, updated: actorStamp(ctx.caller, now()) } },
    { status: { $in: activityLifecycle.sourcesOf(to) } },
  );
  ctx.loaders.activityById.clear(id);
  return updated;
}

export const publishActivity = (ctx: ActivitiesContext, id: string, v: number) => transition(ctx, id, v, 'PUBLISHED');

/** Opens registration; without a registration opening time it opens now. */
export async function openRegistration(ctx: ActivitiesContext, id: string, v: number): Promise<ActivityDoc> {
  return transition(ctx, id, v, 'OPEN_FOR_REGISTRATION');
}

export const closeRegistration = (ctx: ActivitiesContext, id: string, v: number) => transition(ctx, id, v, 'REGISTRATION_CLOSED');

/** Starts the activity: its room is in use from now on. */
export async function startActivity(ctx: ActivitiesContext, id: string, v: number): Promise<ActivityDoc> {
  const updated = await transition(ctx, id, v, 'ONGOING');
  if (updated.bookingId) await markBookingInUse(ctx.models, updated.bookingId, now());
  return updated;
}

/**
 * Cancels the activity with its reason: every registration still active (registered, waitlisted,
 * offered) is cancelled and its room booking released. The activity changes first (conditional on its
 * version and status), so nobody can register in between; the cascade is idempotent.
 */
export async function cancelActivity(ctx: ActivitiesContext, id: string, v: number, reason: string): Promise<ActivityDoc> {
  const text = parseInput(cancellationReason, reason, 'reason');
  const at = now();
  const updated = await transition(ctx, id, v, 'CANCELLED', { cancellationReason: text, cancelledAt: at });
  await cancelCascade(ctx.models, updated, actorStamp(ctx.caller, at));
  return (await ctx.models.Activity.findById(updated._id).lean()) as ActivityDoc;
}

/** Cancels an activity's active registrations and releases its booking: idempotent (the time rules repeat it after a crash). */
export async function cancelCascade(models: ActivitiesModels, activity: ActivityDoc, stamp: ActorStamp): Promise<void> {
  await asSystem(() =>
    models.Registration.updateMany(
      { activityId: activity._id, status: { $in: ['CONFIRMED', 'WAITLISTED', 'OFFERED'] } },
      // one active registration per person: the constant key keeps the unique index satisfied
      { $set: { status: 'CANCELLED', cancelledKey: `activity-cancelled:${activity._id.toHexString()}`, updated: stamp }, $inc: { version: 1 } },
    ).exec(),
  );
  const attended = await asSystem(() => models.Registration.countDocuments({ activityId: activity._id, status: 'ATTENDED' }).exec());
  await models.Activity.updateOne({ _id: activity._id }, { $set: { seatsTaken: attended, seatsLeft: activity.capacity - attended, waitlistCount: 0 } });
  if (activity.bookingId) await releaseBooking(models, activity.bookingId, 'CANCELLED', 'ACTIVITY_CANCELLED', stamp);
}
