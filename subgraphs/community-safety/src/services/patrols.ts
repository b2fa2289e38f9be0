import {
  actorStamp,
  asSystem,
  ConflictError,
  isDuplicateKeyError,
  monthKey,
  NotFoundError,
  parseId,
  parseInput,
  requireRole,
  StateMachine,
  updateVersioned,
  ValidationError,
} from '@pecg/common';
import { Types } from 'mongoose';
import type { CommunitySafetyContext } from '../context';
import type { FindingDoc, PatrolShiftDoc, ShiftStatus } from '../models';
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

/**
 * A finding on a shift under way becomes an incident (source PATROL_FINDING), linked both ways, in two
 * steps: (1) the shift records the finding with its version and the state in the filter — it names the
 * incident to be — then (2) the incident is created. A lost race writes nothing. A crash between the
 * two leaves a finding whose incident does not exist: the same finding sent again (same shift, same
 * expected version, same kind and description) finds its own step 1 and completes step 2 — the
 * incident it names, once (docs/CONVENTIONS.md, "repaired by running the change again").
 */
export async function recordFinding(ctx: CommunitySafetyContext, id: string, expectedVersion: number, input: unknown): Promise<PatrolShiftDoc> {
  requireRole(ctx.caller, POLICY.patrol, 'run patrols');
  const data = parseInput(recordFindingInput, input);
  const current = await findShift(ctx, id);
  if (!current) throw new NotFoundError('PatrolShift', id);
  const stamp = actorStamp(ctx.caller);
  const finding: FindingDoc = {
    kind: data.kind,
    description: data.description,
    at: stamp.at,
    incidentId: new Types.ObjectId(),
    severity: data.severity ?? 'LOW',
    enterpriseId: data.enterpriseId ?? null,
    shiftVersion: expectedVersion + 1,
    recorded: stamp,
  };
  let updated: PatrolShiftDoc;
  try {
    updated = await updateVersioned(
      ctx.models.PatrolShift,
      'PatrolShift',
      current._id,
      expectedVersion,
      { $set: { updated: stamp }, $push: { findings: finding }, $inc: { findingCount: 1 } },
      { status: 'ONGOING' },
    );
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const interrupted = await interruptedFinding(ctx, current._id, expectedVersion, finding);
    if (!interrupted) throw error;
    updated = interrupted.shift;
    Object.assign(finding, interrupted.finding);
  }
  await raiseFindingIncident(ctx, updated, finding);
  ctx.loaders.shiftById.clear(id);
  return updated;
}

/**
 * The shift and its finding when `sent` repeats a finding whose first run stopped after step 1: the
 * finding the write of `expectedVersion` made has the same kind and description, and its incident does
 * not exist. Null otherwise (a stale version like any other).
 */
async function interruptedFinding(
  ctx: CommunitySafetyContext,
  shiftId: Types.ObjectId,
  expectedVersion: number,
  sent: FindingDoc,
): Promise<{ shift: PatrolShiftDoc; finding: FindingDoc } | null> {
  const shift = (await ctx.models.PatrolShift.findById(shiftId).lean()) as PatrolShiftDoc | null;
  const finding = shift?.findings.find((f) => f.shiftVersion === expectedVersion + 1 && f.kind === sent.kind && f.description === sent.description);
  if (!shift || !finding?.incidentId) return null;
  const exists = await asSystem(() => ctx.models.Incident.exists({ _id: finding.incidentId }));
  return exists ? null : { shift, finding };
}

/** Step 2: the incident a finding names (a duplicate key: a concurrent repeat created it first — the same record). */
async function raiseFindingIncident(ctx: CommunitySafetyContext, shift: PatrolShiftDoc, finding: FindingDoc): Promise<void> {
  const route = await ctx.loaders.routeById.load(shift.routeId.toHexString());
  const incident = newIncident({
    title: `${FINDING_KIND_LABELS[finding.kind]}：${finding.description.slice(0, 60)}`,
    kind: `PATROL_${finding.kind}`,
    severity: finding.severity ?? 'LOW',
    source: 'PATROL_FINDING',
    occurredAt: finding.at,
    stamp: finding.recorded,
    reason: finding.description,
    sourceShiftId: shift._id,
    placeName: route?.name ?? null,
    gridId: shift.gridId,
    enterpriseId: finding.enterpriseId ?? null,
  });
  incident._id = finding.incidentId!;
  try {
    await asSystem(() => ctx.models.Incident.create(incident));
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}
