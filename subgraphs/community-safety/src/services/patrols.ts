import { actorStamp, asSystem, monthKey, NotFoundError, parseId, parseInput, requireRole, StateMachine, updateVersioned, ValidationError } from '@pecg/common';
import { Types } from 'mongoose';
import type { CommunitySafetyContext } from '../context';
import type { PatrolShiftDoc, ShiftStatus } from '../models';
import { FINDING_KIND_LABELS } from '../labels';
import { planShiftInput, recordFindingInput } from '../validation';
import { newIncident } from './incidents';
import { POLICY } from './policy';

/** planned → ongoing → completed; a planned or ongoing shift may be cancelled. */
export const shiftLifeCycle = new StateMachine<ShiftStatus>('PatrolShift', {
  PLANNED: ['ONGOING', 'CANCELLED'],
  ONGOING: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
});

/** Reading shifts: not for ENTERPRISE callers (they name the volunteers on them). */
export function requirePatrolReader(ctx: CommunitySafetyContext): void {
  requireRole(ctx.caller, POLICY.readPatrols, 'read patrol shifts');
}

export function findShift(ctx: CommunitySafetyContext, id: string): Promise<PatrolShiftDoc | null> {
  requirePatrolReader(ctx);
  return ctx.loaders.shiftById.load(parseId(id).toHexString());
}

/** A volunteer's latest shifts (Volunteer.patrolShifts): none for an ENTERPRISE caller, a shorter list never a leak. */
export function latestShiftsOf(ctx: CommunitySafetyContext, volunteerId: string, first: number): Promise<PatrolShiftDoc[]> {
  if (!(POLICY.readPatrols as readonly string[]).includes(ctx.caller.role)) return Promise.resolve([]);
  return ctx.loaders.latestShiftsByVolunteer.load(volunteerId, first);
}

export async function planShift(ctx: CommunitySafetyContext, input: unknown): Promise<PatrolShiftDoc> {
  requireRole(ctx.caller, POLICY.patrol, 'plan patrols');
  const data = parseInput(planShiftInput, input);
  const route = await ctx.loaders.routeById.load(data.routeId);
  if (!route) throw new ValidationError(`input.routeId: no patrol route "${data.routeId}"`, { field: 'input.routeId', value: data.routeId });
  const stamp = actorStamp(ctx.caller);
  const created = await ctx.models.PatrolShift.create({
    routeId: route._id,
    gridId: route.gridId,
    kind: data.kind,
    status: 'PLANNED',
    startsAt: data.startsAt,
    endsAt: data.endsAt,
    month: monthKey(data.startsAt),
    volunteerIds: [...new Set(data.volunteerIds)].map((v) => new Types.ObjectId(v)),
    visits: [],
    findings: [],
    findingCount: 0,
    created: stamp,
    updated: stamp,
    version: 1,
  });
  return created.toObject() as PatrolShiftDoc;
}

export async function advanceShift(ctx: CommunitySafetyContext, id: string, expectedVersion: number, to: ShiftStatus): Promise<PatrolShiftDoc> {
  requireRole(ctx.caller, POLICY.patrol, 'run patrols');
  const current = await findShift(ctx, id);
  if (!current) throw new NotFoundError('PatrolShift', id);
  shiftLifeCycle.assert(id, current.status, to);
  const updated = await updateVersioned(
    ctx.models.PatrolShift,
    'PatrolShift',
    current._id,
    expectedVersion,
    { $set: { status: to, updated: actorStamp(ctx.caller) } },
    { status: { $in: shiftLifeCycle.sourcesOf(to) } },
  );
  ctx.loaders.shiftById.clear(id);
  return updated;
}

export async function recordVisit(ctx: CommunitySafetyContext, id: string, expectedVersion: number, checkpoint: string): Promise<PatrolShiftDoc> {
  requireRole(ctx.caller, POLICY.patrol, 'run patrols');
  const current = await findShift(ctx, id);
  if (!current) throw new NotFoundError('PatrolShift', id);
  const route = await ctx.loaders.routeById.load(current.routeId.toHexString());
  if (!route?.checkpoints.includes(checkpoint))
    throw new ValidationError(
      `checkpoint: "${checkpoint}" is not a checkpoint of route ${route?.name ?? current.routeId.toHexString()} (${route?.checkpoints.join('、')})`,
      {
        field: 'checkpoint',
        value: checkpoint,
      },
    );
  const stamp = actorStamp(ctx.caller);
  const updated = await updateVersioned(
    ctx.models.PatrolShift,
    'PatrolShift',
    current._id,
    expectedVersion,
    { $set: { updated: stamp }, $push: { visits: { checkpoint, at: stamp.at } } },
    { status: 'ONGOING' },
  );
  ctx.loaders.shiftById.clear(id);
  return updated;
}

/** A finding on a shift under way becomes an incident (source PATROL_FINDING), linked both ways. */
export async function recordFinding(ctx: CommunitySafetyContext, id: string, expectedVersion: number, input: unknown): Promise<PatrolShiftDoc> {
  requireRole(ctx.caller, POLICY.patrol, 'run patrols');
  const data = parseInput(recordFindingInput, input);
  const current = await findShift(ctx, id);
  if (!current) throw new NotFoundError('PatrolShift', id);
  const route = await ctx.loaders.routeById.load(current.routeId.toHexString());
  const stamp = actorStamp(ctx.caller);
  const incident = newIncident({
    title: `${FINDING_KIND_LABELS[data.kind]}：${data.description.slice(0, 60)}`,
    kind: `PATROL_${data.kind}`,
    severity: data.severity ?? 'LOW',
    source: 'PATROL_FINDING',
    occurredAt: stamp.at,
    stamp,
    reason: data.description,
    sourceShiftId: current._id,
    placeName: route?.name ?? null,
    gridId: current.gridId,
    enterpriseId: data.enterpriseId ?? null,
  });
  // the shift first (version, ONGOING), then the incident it names: a lost race writes nothing
  const updated = await updateVersioned(
    ctx.models.PatrolShift,
    'PatrolShift',
    current._id,
    expectedVersion,
    {
      $set: { updated: stamp },
      $push: { findings: { kind: data.kind, description: data.description, at: stamp.at, incidentId: incident._id, recorded: stamp } },
      $inc: { findingCount: 1 },
    },
    { status: 'ONGOING' },
  );
  await asSystem(() => ctx.models.Incident.create(incident));
  ctx.loaders.shiftById.clear(id);
  return updated;
}
