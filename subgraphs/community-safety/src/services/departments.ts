import {
  createGraphClient,
  GraphClientError,
  NotFoundError,
  parseInput,
  PreconditionFailedError,
  requireRole,
  StateConditionError,
  updateVersioned,
  ValidationError,
} from '@pecg/common';
import { Types } from 'mongoose';
import type { CommunitySafetyContext } from '../context';
import type { IncidentDoc } from '../models';
import { openDisputeFromIncidentInput, raiseRiskAlertFromIncidentInput } from '../validation';
import { findIncident } from './incidents';
import { POLICY } from './policy';

/**
 * Where an incident creates another department's record — a risk alert in enterprises, a dispute in
 * mediation — it goes through the gateway's API with this subgraph's service identity (a DEPARTMENT
 * token of community-safety), never into another subgraph's database. Each call carries an
 * Idempotency-Key derived from the incident, so a retry after a lost answer returns the record
 * created the first time; the incident then keeps the record's id (linked both ways: the record's
 * origin names the incident).
 */
const graph = createGraphClient({ department: 'community-safety' });

const RAISE_RISK_ALERT = `mutation RaiseRiskAlertFromIncident($input: RaiseRiskAlertInput!) { raiseRiskAlert(input: $input) { id } }`;

const RISK_SEVERITY: Record<IncidentDoc['severity'], string> = { LOW: 'LOW', MEDIUM: 'MEDIUM', HIGH: 'HIGH', CRITICAL: 'CRITICAL' };

/** A GraphClientError as this subgraph's typed error: the other department's answer, named. */
function departmentError(error: unknown, what: string): Error {
  if (!(error instanceof GraphClientError)) return error as Error;
  if (error.kind === 'GRAPHQL' && error.codes.includes('BAD_USER_INPUT'))
    return new ValidationError(`${what}: the receiving department refused it (${error.summary})`, { field: 'input' });
  return new PreconditionFailedError(`${what}: the receiving department could not be reached (${error.summary}); nothing was recorded here — try again`, {
    missing: 'department',
    retryable: error.retryable,
  });
}

export async function raiseRiskAlertFromIncident(ctx: CommunitySafetyContext, id: string, expectedVersion: number, input: unknown): Promise<IncidentDoc> {
  requireRole(ctx.caller, POLICY.crossDepartment, 'raise risk alerts from incidents');
  const data = parseInput(raiseRiskAlertFromIncidentInput, input);
  const incident = await findIncident(ctx, id);
  if (!incident) throw new NotFoundError('Incident', id);
  if (!incident.enterpriseId)
    throw new StateConditionError('Incident', id, incident.status, 'it concerns no enterprise; record the enterprise on the incident first');
  if (incident.riskAlertId)
    throw new StateConditionError('Incident', id, incident.status, `it raised risk alert ${incident.riskAlertId.toHexString()} already`);
  let alertId: string;
  try {
    const answer = await graph.request<{ raiseRiskAlert: { id: string } }>(
      RAISE_RISK_ALERT,
      {
        input: {
          enterpriseId: incident.enterpriseId.toHexString(),
          type: data.kind,
          severity: RISK_SEVERITY[incident.severity],
          title: incident.title,
          description: data.description,
          source: '白虎滩社区立体云防控平台',
          origin: { subgraph: 'community-safety', typename: 'Incident', id },
        },
      },
      { idempotencyKey: `community-safety:incident:${id}:risk-alert` },
    );
    alertId = answer.raiseRiskAlert.id;
  } catch (error) {
    throw departmentError(error, `raising the risk alert of incident ${id}`);
  }
  const updated = await updateVersioned(
    ctx.models.Incident,
    'Incident',
    incident._id,
    expectedVersion,
    { $set: { riskAlertId: new Types.ObjectId(alertId) } },
    { riskAlertId: null },
  );
  ctx.loaders.incidentById.clear(id);
  return updated;
}

const REPORT_DISPUTE = `mutation OpenDisputeFromIncident($input: ReportDisputeInput!) { reportDispute(input: $input) { id } }`;

/** The grid an incident happened in: the one it stores, else its device's, else its patrol shift's (incidents stored before it kept one). */
async function gridOf(ctx: CommunitySafetyContext, incident: IncidentDoc): Promise<string | null> {
  if (incident.gridId) return incident.gridId.toHexString();
  if (incident.deviceId) {
    const device = await ctx.loaders.deviceById.load(incident.deviceId.toHexString());
    if (device?.gridId) return device.gridId.toHexString();
  }
  if (incident.sourceShiftId) {
    const shift = await ctx.loaders.shiftById.load(incident.sourceShiftId.toHexString());
    if (shift) return shift.gridId.toHexString();
  }
  return null;
}

/**
 * Opens a dispute for the incident in the mediation subgraph (channel CLOUD_PLATFORM, origin the
 * incident), then keeps its id on the incident; the parties' personal information goes to mediation
 * and is not stored here. Dispute.sourceIncident answers the other way.
 */
export async function openDisputeFromIncident(ctx: CommunitySafetyContext, id: string, expectedVersion: number, input: unknown): Promise<IncidentDoc> {
  requireRole(ctx.caller, POLICY.openDispute, 'open disputes from incidents');
  const data = parseInput(openDisputeFromIncidentInput, input);
  const incident = await findIncident(ctx, id);
  if (!incident) throw new NotFoundError('Incident', id);
  if (incident.disputeId) throw new StateConditionError('Incident', id, incident.status, `it opened dispute ${incident.disputeId.toHexString()} already`);
  const gridId = data.gridId ?? (await gridOf(ctx, incident));
  if (!gridId)
    throw new ValidationError('input.gridId: the incident has no device or patrol with a grid; name the grid', { field: 'input.gridId', value: null });
  let disputeId: string;
  try {
    const answer = await graph.request<{ reportDispute: { id: string } }>(
      REPORT_DISPUTE,
      {
        input: {
          title: data.title ?? incident.title,
          description: data.description ?? null,
          kind: data.kind,
          urgency: incident.severity === 'CRITICAL' ? 'CRITICAL' : incident.severity === 'HIGH' ? 'URGENT' : 'NORMAL',
          channel: 'CLOUD_PLATFORM',
          gridId,
          parties: data.parties.map((p) => ({ name: p.name, phone: p.phone ?? null, role: p.role, enterpriseId: p.enterpriseId ?? null })),
          occurredAt: incident.occurredAt.toISOString(),
          origin: { subgraph: 'community-safety', typename: 'Incident', id },
        },
      },
      { idempotencyKey: `community-safety:incident:${id}:dispute` },
    );
    disputeId = answer.reportDispute.id;
  } catch (error) {
    throw departmentError(error, `opening the dispute of incident ${id}`);
  }
  const updated = await updateVersioned(
    ctx.models.Incident,
    'Incident',
    incident._id,
    expectedVersion,
    { $set: { disputeId: new Types.ObjectId(disputeId) } },
    { disputeId: null },
  );
  ctx.loaders.incidentById.clear(id);
  return updated;
}
