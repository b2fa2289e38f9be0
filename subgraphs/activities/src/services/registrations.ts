import { createHash, randomBytes } from 'node:crypto';
import {
  actorStamp,
  ConflictError,
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
import { now } from '../domain/clock';
import type { ActivityDoc, RegistrationDoc } from '../models';
import { registerInput } from '../validation';
import { fillSeatsFromWaitlist, handOverSeat, takeSeatUnlessWaiting } from './seats';
import { POLICY } from './policy';

/** The activity is not in a status that allows registering, cancelling or checking in (ILLEGAL_STATE_TRANSITION, naming its status). */
export function notOpen(activity: ActivityDoc, reason?: string): StateConditionError {
  return new StateConditionError('Activity', activity._id.toHexString(), activity.status, reason);
}

/** A person's identity within an enterprise: their mobile number, else their name (never shown, only compared). */
export function personKey(enterpriseId: string, name: string, phone: string | null | undefined): string {
  const who = phone ? `phone:${phone}` : `name:${name.normalize('NFKC').replace(/\s+/g, '')}`;
  return createHash('sha256').update(`${enterpriseId}|${who}`).digest('hex');
}

/** A one-time check-in code: 128 random bits (base64url), unguessable. */
export function newCheckInCode(): string {
  return randomBytes(16).toString('base64url');
}

/** The registration window of an activity at `at`: an error naming it when outside. */
function assertRegistrationWindow(activity: ActivityDoc, at: Date): void {
  if (!REGISTRATION_OPEN.includes(activity.status)) throw notOpen(activity);
  const opens = activity.registrationOpensAt;
  const closes = activity.registrationClosesAt ?? activity.startsAt;
  if ((opens && at < opens) || at >= closes) {
    throw notOpen(activity, `registration is open from ${opens?.toISOString() ?? 'now'} until ${closes.toISOString()} (server time ${at.toISOString()})`);
  }
}

/**
 * Registers a person: a seat when one is left and nobody waits (one conditional $inc, which also
 * returns the activity), otherwise the waitlist; only inside the registration window. No lock: the seat counter
 * is atomic, the unique index on (activity, person, cancelledKey) refuses a second active
 * registration of the same person, and joining the waitlist is followed by filling free seats from it.
 */
export async function register(ctx: ActivitiesContext, input: unknown): Promise<RegistrationDoc> {
  requireRole(ctx.caller, POLICY.register, 'register people for activities');
  const data = parseInput(registerInput, input);
  requireEnterpriseScope(ctx.caller, data.enterpriseId, 'register people');
  const at = now();
  const activityId = new Types.ObjectId(data.activityId);
  const enterpriseId = new Types.ObjectId(data.enterpriseId);
  const key = personKey(data.enterpriseId, data.personName, data.personPhone);
  // The person is personal information: the message names the field, not the value.
  const duplicate = () =>
    new ConflictError(`input.personPhone: this person of enterprise ${data.enterpriseId} already holds a registration for activity ${data.activityId}`, {
      field: data.personPhone ? 'input.personPhone' : 'input.personName',
    });
  const existing = await ctx.loaders.activityById.load(data.activityId);
  if (!existing) throw new NotFoundError('Activity', data.activityId, 'input.activityId');
  assertRegistrationWindow(existing, at);
  if (await ctx.models.Registration.exists({ activityId, personKey: key, cancelledKey: null })) throw duplicate();
  // nobody waiting: a seat at once; otherwise the waitlist (in order), which the seats free now go to
  let activity = await takeSeatUnlessWaiting(ctx.models, activityId, REGISTRATION_OPEN);
  const seated = activity !== null;
  if (!activity) {
    activity = (await ctx.models.Activity.findById(activityId).lean()) as ActivityDoc | null;
    if (!activity) throw new NotFoundError('Activity', data.activityId, 'input.activityId');
    if (!REGISTRATION_OPEN.includes(activity.status)) throw notOpen(activity);
    // counted before the registration exists, so an offer never takes the count below zero
    await ctx.models.Activity.updateOne({ _id: activityId }, { $inc: { waitlistCount: 1 } });
  }
  const stamp = actorStamp(ctx.caller, at);
  const doc = {
    activityId,
    enterpriseId,
    activityKind: activity.kind,
    activityStartsAt: activity.startsAt,
    personName: data.personName,
    personPhone: data.personPhone ?? null,
    personKey: key,
    cancelledKey: null,
    status: seated ? ('CONFIRMED' as const) : ('WAITLISTED' as const),
    registeredAt: stamp.at,
    checkInCode: newCheckInCode(),
    attended: false,
    version: 1,
    registered: stamp,
    updated: stamp,
  };
  let created: RegistrationDoc;
  try {
    created = (await ctx.models.Registration.create(doc)).toObject();
  } catch (error) {
    if (seated) await handOverSeat(ctx.models, activityId, at);
    else await ctx.models.Activity.updateOne({ _id: activityId }, { $inc: { waitlistCount: -1 } });
    throw isDuplicateKeyError(error) ? duplicate() : error;
  }
  ctx.loaders.activityById.clear(data.activityId);
  if (seated) return created;
  await fillSeatsFromWaitlist(ctx.models, activityId, at);
  return ((await ctx.models.Registration.findById(created._id).lean()) as RegistrationDoc | null) ?? created;
}

/** A registration by id, or null when unknown or not visible to the caller (READ_POLICY: the two are one answer). */
export function findRegistration(ctx: ActivitiesContext, id: string): Promise<RegistrationDoc | null> {
  return ctx.loaders.registrationById.load(parseId(id).toHexString());
}

/** `field`: the input path that named it (e.g. `input.registrationId`), so the refusal names it. */
export async function loadRegistration(ctx: ActivitiesContext, id: string, field = 'id'): Promise<RegistrationDoc> {
  const registration = await findRegistration(ctx, id);
  if (!registration) throw new NotFoundError('Registration', id, field);
  return registration;
}

/**
 * Cancels a registration (or declines an offered seat); a released seat is offered to the first
 * waitlisted person (of any enterprise: `handOverSeat` sees across tenants). Another enterprise's
 * registration is not found for an ENTERPRISE caller (the read policy), exactly like an unknown id.
 */
export async function cancelRegistration(ctx: ActivitiesContext, id: string, expectedVersion: number): Promise<RegistrationDoc> {
  requireRole(ctx.caller, POLICY.cancelRegistration, 'cancel registrations');
  const current = await loadRegistration(ctx, id);
  registrationLifecycle.assert(id, current.status, 'CANCELLED');
  const activity = await ctx.loaders.activityById.load(current.activityId.toHexString());
  if (activity && !ATTENDANCE_OPEN.includes(activity.status)) throw notOpen(activity);
  const at = now();
  // the registration changes first (conditional on its version and status), then the seat it held moves on
  const updated = await updateVersioned(
    ctx.models.Registration,
    'Registration',
    current._id,
    expectedVersion,
    { $set: { status: 'CANCELLED', cancelledKey: current._id.toHexString(), updated: actorStamp(ctx.caller, at) } },
    { status: current.status },
  );
  if (current.status === 'WAITLISTED') await ctx.models.Activity.updateOne({ _id: current.activityId }, { $inc: { waitlistCount: -1 } });
  else await handOverSeat(ctx.models, current.activityId, at);
  ctx.loaders.activityById.clear(current.activityId.toHexString());
  return updated;
}

/** Accepts an offered seat before the offer expires (OFFERED → CONFIRMED). */
export async function acceptOffer(ctx: ActivitiesContext, id: string, expectedVersion: number): Promise<RegistrationDoc> {
  requireRole(ctx.caller, POLICY.acceptOffer, 'accept offered seats');
  const current = await loadRegistration(ctx, id);
  registrationLifecycle.assert(id, current.status, 'CONFIRMED');
  const at = now();
  if (current.offerExpiresAt && current.offerExpiresAt <= at) {
    throw new StateConditionError('Registration', id, current.status, `the offer expired at ${current.offerExpiresAt.toISOString()}`);
  }
  return updateVersioned(
    ctx.models.Registration,
    'Registration',
    current._id,
    expectedVersion,
    { $set: { status: 'CONFIRMED', updated: actorStamp(ctx.caller, at) } },
    { status: 'OFFERED', offerExpiresAt: { $gt: at } },
  );
}
