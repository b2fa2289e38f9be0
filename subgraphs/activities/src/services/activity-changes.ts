import { actorStamp, NotFoundError, parseId, parseInput, requireRole, StateConditionError, updateVersioned, ValidationError } from '@pecg/common';
import type { ActivitiesContext } from '../context';
import { CHANGEABLE } from '../domain/activity-lifecycle';
import { now } from '../domain/clock';
import type { ActivitiesModels, ActivityDoc } from '../models';
import { updateActivityInput } from '../validation';
import { POLICY } from './policy';
import { fillSeatsFromWaitlist } from './seats';

/**
 * Changes details and capacity before the activity starts (never above the room's seats). The capacity change moves `capacity` and
 * `seatsLeft` together in one conditional write (`seatsLeft >= -delta`), so it can never drop below the
 * seats taken, even while people register; added seats go to the waitlist first.
 */
export async function updateActivity(ctx: ActivitiesContext, id: string, expectedVersion: number, input: unknown): Promise<ActivityDoc> {
  requireRole(ctx.caller, POLICY.updateActivity, 'change activities');
  const data = parseInput(updateActivityInput, input);
  const current = await ctx.loaders.activityById.load(parseId(id).toHexString());
  if (!current) throw new NotFoundError('Activity', id);
  // changeable only while PLANNED or OPEN_FOR_REGISTRATION (ILLEGAL_STATE_TRANSITION, naming its status)
  if (!CHANGEABLE.includes(current.status)) throw new StateConditionError('Activity', id, current.status);
  const set: Partial<ActivityDoc> = { updated: actorStamp(ctx.caller) };
  if (data.title) set.title = data.title;
  if (data.description !== undefined && data.description !== null) set.description = data.description;
  if (data.materials) set.materials = data.materials.map((m) => ({ title: m.title, reference: m.reference ?? null }));
  const delta = data.capacity ? data.capacity - current.capacity : 0;
  if (data.capacity && current.venueId) {
    const venue = await ctx.loaders.venueById.load(current.venueId.toHexString());
    if (venue && data.capacity > venue.seats) {
      throw new ValidationError(`input.capacity: ${venue.name} has ${venue.seats} seats (got ${data.capacity})`, {
        field: 'input.capacity',
        value: data.capacity,
      });
    }
  }
  if (data.capacity && data.capacity < current.seatsTaken) {
    throw new ValidationError(`input.capacity: ${data.capacity} is below the ${current.seatsTaken} seats already taken (got ${data.capacity})`, {
      field: 'input.capacity',
      value: data.capacity,
    });
  }
  // one atomic conditional write; the seats it adds then go to the waitlist
  const updated = await updateVersioned(
    ctx.models.Activity,
    'Activity',
    current._id,
    expectedVersion,
    { $set: set, ...(delta ? { $inc: { capacity: delta, seatsLeft: delta } } : {}) },
    { status: { $in: CHANGEABLE }, ...(delta < 0 ? { seatsLeft: { $gte: -delta } } : {}) },
  );
  ctx.loaders.activityById.clear(id);
  if (delta > 0 && updated.waitlistCount > 0 && (await fillSeatsFromWaitlist(ctx.models, current._id, now())) > 0) {
    return (await ctx.models.Activity.findById(current._id).lean().exec()) ?? updated;
  }
  return updated;
}

const DEADLINE_ACTOR = (at: Date) => ({ subject: 'system:activities.time-rules', role: 'ADMIN' as const, name: '报名截止', at });

/**
 * The registration deadline, run by the scheduled job: an activity still open for registration at its
 * deadline (or, without one, at its start) moves to REGISTRATION_CLOSED (one conditional write; its
 * version rises like any change). Registering is refused past the deadline whether or not this ran.
 */
export async function closeDueRegistrations(models: ActivitiesModels, at: Date): Promise<number> {
  const result = await models.Activity.updateMany(
    { status: 'OPEN_FOR_REGISTRATION', $or: [{ registrationClosesAt: { $lte: at } }, { registrationClosesAt: null, startsAt: { $lte: at } }] },
    { $set: { status: 'REGISTRATION_CLOSED', updated: DEADLINE_ACTOR(at) }, $inc: { version: 1 } },
  );
  return result.modifiedCount;
}
