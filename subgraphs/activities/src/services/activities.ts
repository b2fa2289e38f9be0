import { Types } from 'mongoose';
import { actorStamp, monthKey, NotFoundError, parseId, parseInput, requireRole, updateVersioned } from '@pecg/common';
import type { ActivitiesContext } from '../context';
import { activityLifecycle } from '../domain/activity-lifecycle';
import type { ActivityDoc, ActivityStatus } from '../models';
import { cancellationReason, outcomeSummary, planActivityInput } from '../validation';
import { POLICY } from './policy';

export async function planActivity(ctx: ActivitiesContext, input: unknown): Promise<ActivityDoc> {
  requireRole(ctx.caller, POLICY.planActivity, 'plan activities');
  const data = parseInput(planActivityInput, input);
  const venue = await ctx.loaders.venueById.load(data.venueId);
  if (!venue) throw new NotFoundError('Venue', data.venueId, 'input.venueId');
  const organizer = data.organizerId ?? ctx.caller.officerId ?? null;
  const stamp = actorStamp(ctx.caller);
  const doc = await ctx.models.Activity.create({
    title: data.title,
    description: data.description ?? null,
    kind: data.kind,
    status: 'PLANNED',
    startsAt: data.startsAt,
    endsAt: data.endsAt,
    startsMonth: monthKey(data.startsAt),
    venueId: venue._id,
    organizerId: organizer && Types.ObjectId.isValid(organizer) ? new Types.ObjectId(organizer) : null,
    capacity: data.capacity,
    seatsTaken: 0,
    seatsLeft: data.capacity,
    materials: data.materials ?? [],
    version: 1,
    created: stamp,
    updated: stamp,
  });
  return doc.toObject();
}

async function loadActivity(ctx: ActivitiesContext, id: string): Promise<ActivityDoc> {
  const activity = await ctx.loaders.activityById.load(parseId(id).toHexString());
  if (!activity) throw new NotFoundError('Activity', id);
  return activity;
}

/** Moves an activity along its life cycle, conditional on the version read and the allowed source statuses. */
async function transition(
  ctx: ActivitiesContext,
  id: string,
  expectedVersion: number,
  to: ActivityStatus,
  set: Partial<ActivityDoc> = {},
): Promise<ActivityDoc> {
  requireRole(ctx.caller, POLICY.advanceActivity, `move activities to ${to}`);
  const current = await loadActivity(ctx, id);
  activityLifecycle.assert(id, current.status, to);
  return updateVersioned(
    ctx.models.Activity,
    'Activity',
    current._id,
    expectedVersion,
    { $set: { ...set, status: to, updated: actorStamp(ctx.caller) } },
    { status: { $in: activityLifecycle.sourcesOf(to) } },
  );
}

export const openRegistration = (ctx: ActivitiesContext, id: string, v: number) => transition(ctx, id, v, 'OPEN_FOR_REGISTRATION');
export const startActivity = (ctx: ActivitiesContext, id: string, v: number) => transition(ctx, id, v, 'ONGOING');

export function completeActivity(ctx: ActivitiesContext, id: string, v: number, outcome: string): Promise<ActivityDoc> {
  const summary = parseInput(outcomeSummary, outcome, 'outcome');
  return transition(ctx, id, v, 'COMPLETED', { outcome: { summary, recorded: actorStamp(ctx.caller) } });
}

export function cancelActivity(ctx: ActivitiesContext, id: string, v: number, reason: string): Promise<ActivityDoc> {
  const text = parseInput(cancellationReason, reason, 'reason');
  return transition(ctx, id, v, 'CANCELLED', { cancellationReason: text });
}
