import {
  actorStamp,
  ConflictError,
  IllegalTransitionError,
  isDuplicateKeyError,
  NotFoundError,
  parseId,
  parseInput,
  requireEnterpriseScope,
  requireRole,
  StateConditionError,
  updateVersioned,
} from '@pecg/common';
import { Types } from 'mongoose';
import type { ActivitiesContext } from '../context';
import { ATTENDANCE_OPEN, REGISTRATION_OPEN, registrationLifecycle } from '../domain/activity-lifecycle';
import type { ActivityDoc, RegistrationDoc } from '../models';
import { registerInput } from '../validation';
import { fillSeatsFromWaitlist, handOverSeat, takeSeat } from './seats';
import { POLICY } from './policy';

/** The activity is not in a status that allows registering, cancelling or checking in (ILLEGAL_STATE_TRANSITION, naming its status). */
function notOpen(activity: ActivityDoc): StateConditionError {
  return new StateConditionError('Activity', activity._id.toHexString(), activity.status);
}

/**
 * Registers a person: a seat when one is left (one conditional $inc, which also returns the
 * activity), otherwise the waitlist. No lock: the seat counter is atomic, the unique index on
 * (activity, enterprise, person, cancelledKey) refuses a second active registration, and joining the
 * waitlist is followed by filling free seats from it.
 */
export async function register(ctx: ActivitiesContext, input: unknown): Promise<RegistrationDoc> {
  requireRole(ctx.caller, POLICY.register, 'register people for activities');
  const data = parseInput(registerInput, input);
  requireEnterpriseScope(ctx.caller, data.enterpriseId, 'register people');
  const activityId = new Types.ObjectId(data.activityId);
  const enterpriseId = new Types.ObjectId(data.enterpriseId);
  // The name is personal information: the message names the field, not the value.
  const duplicate = () =>
    new ConflictError(`input.personName: this person of enterprise ${data.enterpriseId} already holds a registration for activity ${data.activityId}`, {
      field: 'input.personName',
    });
  if (await ctx.models.Registration.exists({ activityId, enterpriseId, personName: data.personName, cancelledKey: null })) {
    const existing = await ctx.loaders.activityById.load(data.activityId);
    if (!existing) throw new NotFoundError('Activity', data.activityId, 'input.activityId');
    if (!REGISTRATION_OPEN.includes(existing.status)) throw notOpen(existing);
    throw duplicate();
  }
  let activity = await takeSeat(ctx.models, activityId, REGISTRATION_OPEN);
  const seated = activity !== null;
  if (!activity) {
    activity = (await ctx.models.Activity.findById(activityId).lean()) as ActivityDoc | null;
    if (!activity) throw new NotFoundError('Activity', data.activityId, 'input.activityId');
    if (!REGISTRATION_OPEN.includes(activity.status)) throw notOpen(activity);
    // counted before the registration exists, so a promotion never takes the count below zero
    await ctx.models.Activity.updateOne({ _id: activityId }, { $inc: { waitlistCount: 1 } });
  }
  const stamp = actorStamp(ctx.caller);
  const doc = {
    activityId,
    enterpriseId,
    activityKind: activity.kind,
    activityStartsAt: activity.startsAt,
    personName: data.personName,
    personPhone: data.personPhone ?? null,
    cancelledKey: null,
    status: seated ? ('CONFIRMED' as const) : ('WAITLISTED' as const),
    registeredAt: stamp.at,
    attended: false,
    version: 1,
    registered: stamp,
    updated: stamp,
  };
  let created: RegistrationDoc;
  try {
    created = (await ctx.models.Registration.create(doc)).toObject();
  } catch (error) {
    if (seated) await handOverSeat(ctx.models, activityId);
    else await ctx.models.Activity.updateOne({ _id: activityId }, { $inc: { waitlistCount: -1 } });
    throw isDuplicateKeyError(error) ? duplicate() : error;
  }
  ctx.loaders.activityById.clear(data.activityId);
  if (seated) return created;
  await fillSeatsFromWaitlist(ctx.models, activityId);
  return ((await ctx.models.Registration.findById(created._id).lean()) as RegistrationDoc | null) ?? created;
}

/** A registration by id, or null when unknown or not visible to the caller (READ_POLICY: the two are one answer). */
export function findRegistration(ctx: ActivitiesContext, id: string): Promise<RegistrationDoc | null> {
  return ctx.loaders.registrationById.load(parseId(id).toHexString());
}

async function loadRegistration(ctx: ActivitiesContext, id: string): Promise<RegistrationDoc> {
  const registration = await findRegistration(ctx, id);
  if (!registration) throw new NotFoundError('Registration', id);
  return registration;
}

/**
 * Cancels a registration; a released seat goes to the first waitlisted person (of any enterprise:
 * `handOverSeat` sees across tenants). Another enterprise's registration is not found for an
 * ENTERPRISE caller (the read policy), exactly like an unknown id.
 */
export async function cancelRegistration(ctx: ActivitiesContext, id: string, expectedVersion: number): Promise<RegistrationDoc> {
  requireRole(ctx.caller, POLICY.cancelRegistration, 'cancel registrations');
  const current = await loadRegistration(ctx, id);
  registrationLifecycle.assert(id, current.status, 'CANCELLED');
  if (current.attended) throw new IllegalTransitionError('Registration', id, 'CONFIRMED (checked in)', 'CANCELLED', []);
  const activity = await ctx.loaders.activityById.load(current.activityId.toHexString());
  if (activity && !ATTENDANCE_OPEN.includes(activity.status)) throw notOpen(activity);
  // the registration changes first (conditional on its version and status), then the seat it held moves on
  const updated = await updateVersioned(
    ctx.models.Registration,
    'Registration',
    current._id,
    expectedVersion,
    { $set: { status: 'CANCELLED', cancelledKey: current._id.toHexString(), updated: actorStamp(ctx.caller) } },
    { status: current.status, attended: false },
  );
  if (current.status === 'CONFIRMED') {
    await handOverSeat(ctx.models, current.activityId);
  } else {
    await ctx.models.Activity.updateOne({ _id: current.activityId }, { $inc: { waitlistCount: -1 } });
  }
  ctx.loaders.activityById.clear(current.activityId.toHexString());
  return updated;
}

/** Checks a confirmed person in (once). */
export async function checkIn(ctx: ActivitiesContext, id: string, expectedVersion: number): Promise<RegistrationDoc> {
  requireRole(ctx.caller, POLICY.checkIn, 'check people in');
  const current = await loadRegistration(ctx, id);
  // only a CONFIRMED registration that has not checked in yet can check in
  if (current.status !== 'CONFIRMED') throw new StateConditionError('Registration', id, current.status);
  if (current.attended) throw new StateConditionError('Registration', id, `CONFIRMED, checked in at ${current.checkedInAt?.toISOString()}`);
  const activity = await ctx.loaders.activityById.load(current.activityId.toHexString());
  if (activity && !ATTENDANCE_OPEN.includes(activity.status)) throw notOpen(activity);
  const stamp = actorStamp(ctx.caller);
  const updated = await updateVersioned(
    ctx.models.Registration,
    'Registration',
    current._id,
    expectedVersion,
    { $set: { attended: true, checkedInAt: stamp.at, updated: stamp } },
    { status: 'CONFIRMED', attended: false },
  );
  await ctx.models.Activity.updateOne({ _id: current.activityId }, { $inc: { attendedCount: 1 } });
  ctx.loaders.activityById.clear(current.activityId.toHexString());
  return updated;
}
