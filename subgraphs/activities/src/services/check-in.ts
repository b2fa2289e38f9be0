import { actorStamp, NotFoundError, parseId, requireRole, StateConditionError, updateVersioned, ValidationError } from '@pecg/common';
import type { ActivitiesContext } from '../context';
import { CHECK_IN_OPEN } from '../domain/activity-lifecycle';
import { now, settings } from '../domain/clock';
import type { ActivityDoc, RegistrationDoc } from '../models';
import { markBookingInUse } from './bookings';
import { loadRegistration, notOpen } from './registrations';
import { POLICY } from './policy';

/**
 * Check-in: by an officer (checkIn) or with the registration's one-time code (checkInWithCode), only
 * between ACTIVITIES_CHECK_IN_OPENS_MINUTES before the start and the end, only a CONFIRMED
 * registration, once (CONFIRMED → ATTENDED, one conditional write). The first check-in marks the
 * room's booking in use, so it is not released.
 */
function assertCheckInWindow(activity: ActivityDoc, at: Date): void {
  if (!CHECK_IN_OPEN.includes(activity.status)) throw notOpen(activity);
  const opens = new Date(activity.startsAt.getTime() - settings.checkInOpensMinutes * 60_000);
  if (at < opens || at >= activity.endsAt) {
    throw notOpen(activity, `check-in is open from ${opens.toISOString()} until ${activity.endsAt.toISOString()} (server time ${at.toISOString()})`);
  }
}

async function attend(
  ctx: ActivitiesContext,
  current: RegistrationDoc,
  expectedVersion: number,
  extraCondition: Record<string, unknown>,
  extraSet: Record<string, unknown>,
) {
  const id = current._id.toHexString();
  if (current.status !== 'CONFIRMED') {
    throw new StateConditionError(
      'Registration',
      id,
      current.status,
      current.status === 'ATTENDED' ? `checked in at ${current.checkedInAt?.toISOString()}` : 'only a confirmed registration can check in',
    );
  }
  const activity = await ctx.loaders.activityById.load(current.activityId.toHexString());
  if (!activity) throw new NotFoundError('Activity', current.activityId.toHexString());
  const at = now();
  assertCheckInWindow(activity, at);
  const stamp = actorStamp(ctx.caller, at);
  const updated = await updateVersioned(
    ctx.models.Registration,
    'Registration',
    current._id,
    expectedVersion,
    { $set: { status: 'ATTENDED', attended: true, checkedInAt: at, updated: stamp, ...extraSet } },
    { status: 'CONFIRMED', attended: false, ...extraCondition },
  );
  await ctx.models.Activity.updateOne({ _id: current.activityId }, { $inc: { attendedCount: 1 } });
  if (activity.bookingId) await markBookingInUse(ctx.models, activity.bookingId, at);
  ctx.loaders.activityById.clear(current.activityId.toHexString());
  return updated;
}

/** An officer checks a confirmed person in (once). */
export async function checkIn(ctx: ActivitiesContext, id: string, expectedVersion: number): Promise<RegistrationDoc> {
  requireRole(ctx.caller, POLICY.checkIn, 'check people in');
  const current = await loadRegistration(ctx, id);
  return attend(ctx, current, expectedVersion, {}, {});
}

/**
 * Self check-in with the one-time code (the QR the attendee shows): the code is the registration's
 * own, for this activity, and works once. An ENTERPRISE caller finds only its own people's codes
 * (READ_POLICY); an unknown code and another enterprise's are one answer.
 */
export async function checkInWithCode(ctx: ActivitiesContext, activityId: string, code: string): Promise<RegistrationDoc> {
  requireRole(ctx.caller, POLICY.checkInWithCode, 'check in with a code');
  const activity = parseId(activityId, 'activityId');
  const trimmed = code.trim();
  const shown = `${trimmed.slice(0, 4)}…`;
  if (!/^[A-Za-z0-9_-]{22}$/.test(trimmed)) throw new ValidationError(`code: not a check-in code (got "${shown}")`, { field: 'code', value: shown });
  const current = (await ctx.models.Registration.findOne({ checkInCode: trimmed }).lean()) as RegistrationDoc | null;
  if (!current) throw new ValidationError(`code: no registration has this check-in code (got "${shown}")`, { field: 'code', value: shown });
  if (!current.activityId.equals(activity)) {
    throw new ValidationError(`code: this check-in code is for another activity, not ${activityId}`, { field: 'code', value: shown });
  }
  if (current.checkInCodeUsedAt) {
    throw new StateConditionError(
      'Registration',
      current._id.toHexString(),
      current.status,
      `its check-in code was used at ${current.checkInCodeUsedAt.toISOString()}`,
    );
  }
  return attend(ctx, current, current.version, { checkInCode: trimmed, checkInCodeUsedAt: null }, { checkInCodeUsedAt: now() });
}

/** Whether the caller may see a registration's check-in code: officers and the registrant's own enterprise. */
export function mayReadCheckInCode(ctx: ActivitiesContext, registration: RegistrationDoc): boolean {
  const { caller } = ctx;
  if (caller.role === 'ADMIN' || caller.role === 'POLICE') return true;
  return caller.role === 'ENTERPRISE' && caller.enterpriseId === registration.enterpriseId.toHexString();
}
