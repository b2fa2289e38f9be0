import {
  actorStamp,
  monthKey,
  NotFoundError,
  parseId,
  parseInput,
  requireEnterpriseScope,
  requireRole,
  StateConditionError,
  StateMachine,
  updateIf,
  updateVersioned,
  ValidationError,
  type ActorStamp,
} from '@pecg/common';
import { Types } from 'mongoose';
import type { CommunitySafetyContext } from '../context';
import type { IncidentDoc, IncidentSeverity, IncidentStatus, SensingEventDoc } from '../models';
import { EVENT_KIND_LABELS } from '../labels';
import { reasonText, recordIncidentInput, triageInput } from '../validation';
import { CLOCK_DRIFT_MS } from './ingestion';
import { POLICY } from './policy';

/** open → handling → resolved → closed; an open false alarm may be closed directly (with a reason). */
export const incidentLifeCycle = new StateMachine<IncidentStatus>('Incident', {
  OPEN: ['HANDLING', 'CLOSED'],
  HANDLING: ['RESOLVED'],
  RESOLVED: ['CLOSED'],
  CLOSED: [],
});

const ACTION_TARGET = { START: 'HANDLING', RESOLVE: 'RESOLVED', CLOSE: 'CLOSED' } as const;

export function findIncident(ctx: CommunitySafetyContext, id: string): Promise<IncidentDoc | null> {
  return ctx.loaders.incidentById.load(parseId(id).toHexString());
}

export function newIncident(fields: {
  title: string;
  kind: IncidentDoc['kind'];
  severity: IncidentSeverity;
  source: IncidentDoc['source'];
  occurredAt: Date;
  stamp: ActorStamp;
  reason?: string | null;
  sourceEventId?: Types.ObjectId | null;
  sourceShiftId?: Types.ObjectId | null;
  deviceId?: Types.ObjectId | null;
  placeName?: string | null;
  gridId?: Types.ObjectId | null;
  enterpriseId?: string | null;
  ownerOfficerId?: string | null;
}): Omit<IncidentDoc, '_id'> & { _id: Types.ObjectId } {
  const { stamp } = fields;
  return {
    _id: new Types.ObjectId(),
    title: fields.title,
    kind: fields.kind,
    severity: fields.severity,
    status: 'OPEN',
    source: fields.source,
    ...(fields.sourceEventId ? { sourceEventId: fields.sourceEventId } : {}),
    sourceShiftId: fields.sourceShiftId ?? null,
    deviceId: fields.deviceId ?? null,
    placeName: fields.placeName ?? null,
    gridId: fields.gridId ?? null,
    enterpriseId: fields.enterpriseId ? new Types.ObjectId(fields.enterpriseId) : null,
    ownerOfficerId: fields.ownerOfficerId ? new Types.ObjectId(fields.ownerOfficerId) : null,
    disputeId: null,
    riskAlertId: null,
    occurredAt: fields.occurredAt,
    occurredMonth: monthKey(fields.occurredAt),
    resolution: null,
    timeline: [{ from: null, to: 'OPEN', reason: fields.reason ?? null, actor: stamp, at: stamp.at }],
    created: stamp,
    updated: stamp,
    version: 1,
  };
}

/**
 * Dismisses a NEW event, or escalates it into an incident — once: two officers triaging the same event
 * at the same moment get one incident (the unique index on `sourceEventId`) and one decision (the
 * event's conditional write on `triage: NEW`); the loser gets ILLEGAL_STATE_TRANSITION.
 */
export async function triageSensingEvent(
  ctx: CommunitySafetyContext,
  id: string,
  input: unknown,
): Promise<{ event: SensingEventDoc; incident: IncidentDoc | null }> {
  requireRole(ctx.caller, POLICY.triage, 'triage sensing events');
  const data = parseInput(triageInput, input);
  const eventId = parseId(id);
  const event = await ctx.loaders.eventById.load(eventId.toHexString());
  if (!event) throw new NotFoundError('SensingEvent', id);
  if (event.triage !== 'NEW') throw new StateConditionError('SensingEvent', id, event.triage, 'it was triaged already');
  const stamp = actorStamp(ctx.caller);
  if (data.decision === 'DISMISS') {
    const dismissed = await updateIf(
      ctx.models.SensingEvent,
      eventId,
      { triage: 'NEW' },
      { $set: { triage: 'DISMISSED', triageReason: data.reason, triaged: stamp } },
    );
    if (!dismissed) throw new StateConditionError('SensingEvent', id, undefined, 'it was triaged by someone else meanwhile');
    return { event: dismissed, incident: null };
  }
  const device = await ctx.loaders.deviceById.load(event.deviceId.toHexString());
  const incident = newIncident({
    title: `${EVENT_KIND_LABELS[event.kind]}：${device?.placeName ?? event.deviceCode}`,
    kind: event.kind,
    severity: data.severity ?? 'MEDIUM',
    source: 'SENSING_EVENT',
    occurredAt: event.occurredAt,
    stamp,
    reason: data.reason,
    sourceEventId: event._id,
    deviceId: event.deviceId,
    placeName: device?.placeName ?? null,
    gridId: device?.gridId ?? null,
    enterpriseId: data.enterpriseId ?? null,
    ownerOfficerId: data.ownerOfficerId ?? null,
  });
  try {
    await ctx.models.Incident.create(incident);
  } catch (error) {
    if ((error as { code?: number }).code === 11000) throw new StateConditionError('SensingEvent', id, 'ESCALATED', 'it became an incident meanwhile');
    throw error;
  }
  const escalated = await updateIf(
    ctx.models.SensingEvent,
    eventId,
    { triage: 'NEW' },
    { $set: { triage: 'ESCALATED', triageReason: data.reason, triaged: stamp, incidentId: incident._id } },
  );
  if (!escalated) {
    await ctx.models.Incident.deleteOne({ _id: incident._id });
    throw new StateConditionError('SensingEvent', id, undefined, 'it was triaged by someone else meanwhile');
  }
  return { event: escalated, incident: incident as IncidentDoc };
}

export async function recordIncident(ctx: CommunitySafetyContext, input: unknown): Promise<IncidentDoc> {
  requireRole(ctx.caller, POLICY.recordIncident, 'record incidents');
  const data = parseInput(recordIncidentInput, input);
  const now = new Date();
  if (data.occurredAt && data.occurredAt.getTime() > now.getTime() + CLOCK_DRIFT_MS)
    throw new ValidationError(`input.occurredAt: must not be in the future (got ${data.occurredAt.toISOString()})`, {
      field: 'input.occurredAt',
      value: data.occurredAt.toISOString(),
    });
  if (data.enterpriseId) requireEnterpriseScope(ctx.caller, data.enterpriseId, 'record incidents for this enterprise');
  const incident = newIncident({
    title: data.title,
    kind: 'OTHER',
    severity: data.severity,
    source: 'MANUAL',
    occurredAt: data.occurredAt ?? now,
    stamp: actorStamp(ctx.caller, now),
    placeName: data.placeName,
    enterpriseId: data.enterpriseId ?? null,
    ownerOfficerId: data.ownerOfficerId ?? null,
  });
  await ctx.models.Incident.create(incident);
  return incident as IncidentDoc;
}

/** When an incident was resolved or closed (server clock) and the minutes since it occurred: the handling-time figures. */
export function handlingTimes(incident: Pick<IncidentDoc, 'occurredAt'>, to: IncidentDoc['status'], at: Date): Partial<IncidentDoc> {
  const minutes = Math.max(0, Math.round((at.getTime() - incident.occurredAt.getTime()) / 60_000));
  if (to === 'RESOLVED') return { resolvedAt: at, minutesToResolve: minutes };
  if (to === 'CLOSED') return { closedAt: at, minutesToClose: minutes };
  return {};
}

/** One step of the life cycle, checked against the table, written with the version and the state in the filter. */
export async function advanceIncident(
  ctx: CommunitySafetyContext,
  id: string,
  expectedVersion: number,
  action: keyof typeof ACTION_TARGET,
  reason?: string | null,
): Promise<IncidentDoc> {
  requireRole(ctx.caller, POLICY.advanceIncident, 'handle incidents');
  const to = ACTION_TARGET[action];
  if (!to) throw new ValidationError(`action: unknown action "${action}"`, { field: 'action', value: action });
  const why = action === 'START' ? (reason ? parseInput(reasonText, reason, 'reason') : null) : parseInput(reasonText, reason ?? '', 'reason');
  const current = await findIncident(ctx, id);
  if (!current) throw new NotFoundError('Incident', id);
  incidentLifeCycle.assert(id, current.status, to);
  const stamp = actorStamp(ctx.caller);
  const updated = await updateVersioned(
    ctx.models.Incident,
    'Incident',
    current._id,
    expectedVersion,
    {
      $set: { status: to, updated: stamp, ...(to === 'RESOLVED' ? { resolution: why } : {}), ...handlingTimes(current, to, stamp.at) },
      $push: { timeline: { from: current.status, to, reason: why, actor: stamp, at: stamp.at } },
    },
    { status: { $in: incidentLifeCycle.sourcesOf(to) } },
  );
  ctx.loaders.incidentById.clear(id);
  return updated;
}
