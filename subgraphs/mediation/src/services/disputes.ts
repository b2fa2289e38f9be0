import { Types, type UpdateQuery } from 'mongoose';
import {
  actorStamp,
  type ActorStamp,
  ForbiddenError,
  IllegalTransitionError,
  monthKey,
  NotFoundError,
  parseId,
  parseInput,
  requireDepartmentOrigin,
  requireRole,
  updateVersioned,
  ValidationError,
} from '@pecg/common';
import type { MediationContext } from '../context';
import { DISPUTE_ACTIONS, disputeLifecycle, targetOf, type DisputeAction } from '../domain/dispute-lifecycle';
import type { DisputeDoc } from '../models';
import { reportDisputeInput } from '../validation';
import { POLICY, REPORTING_DEPARTMENTS } from './policy';

const sameId = (a: string, b: string | undefined) => !!b && a.toLowerCase() === b.toLowerCase();

/**
 * Reports a dispute at grid level, reported now (the server's clock; a date the reporter states is
 * kept as `occurredAt`). ENTERPRISE users report disputes their own enterprise is a party to and may
 * name no other enterprise as a party.
 */
export async function reportDispute(ctx: MediationContext, input: unknown): Promise<DisputeDoc> {
  requireRole(ctx.caller, POLICY.reportDispute, 'report disputes');
  const data = parseInput(reportDisputeInput, input);
  requireDepartmentOrigin(ctx.caller, REPORTING_DEPARTMENTS, 'report disputes', data.origin, 'input.origin');
  if (ctx.caller.role === 'DEPARTMENT' && data.channel !== 'CLOUD_PLATFORM')
    throw new ValidationError(`input.channel: a department's service account reports through CLOUD_PLATFORM (got "${data.channel}")`, {
      field: 'input.channel',
      value: data.channel,
    });
  const enterpriseIds = [...new Set(data.parties.map((p) => p.enterpriseId?.toLowerCase()).filter((id): id is string => Boolean(id)))];
  if (ctx.caller.role === 'ENTERPRISE') {
    const own = ctx.caller.enterpriseId;
    const other = data.parties.findIndex((p) => p.enterpriseId && !sameId(p.enterpriseId, own));
    if (other >= 0) {
      throw new ForbiddenError(
        `An ENTERPRISE user may name only its own enterprise as a party of a dispute (input.parties.${other}.enterpriseId); name other parties without an enterprise`,
      );
    }
    if (!enterpriseIds.length) {
      throw new ForbiddenError('An ENTERPRISE user may only report disputes its enterprise is a party to (input.parties[].enterpriseId)');
    }
    if (data.channel !== 'ENTERPRISE_REPORT') {
      throw new ValidationError(`input.channel: ENTERPRISE users report through ENTERPRISE_REPORT (got "${data.channel}")`, {
        field: 'input.channel',
        value: data.channel,
      });
    }
  }
  const grid = await ctx.loaders.gridById.load(data.gridId);
  if (!grid) throw new NotFoundError('Grid', data.gridId, 'input.gridId');
  const stamp = actorStamp(ctx.caller);
  const created = await ctx.models.Dispute.create({
    title: data.title,
    description: data.description ?? null,
    kind: data.kind,
    urgency: data.urgency ?? 'NORMAL',
    level: 'GRID',
    status: 'REPORTED',
    channel: data.channel,
    resolved: false,
    gridId: grid._id,
    communityId: grid.communityId,
    parties: data.parties.map((p) => ({ ...p, enterpriseId: p.enterpriseId ? new Types.ObjectId(p.enterpriseId) : null })),
    enterpriseIds: enterpriseIds.map((id) => new Types.ObjectId(id)),
    reportedAt: stamp.at,
    occurredAt: data.occurredAt ?? data.reportedAt ?? null,
    reportedMonth: monthKey(stamp.at),
    origin: data.origin ? { subgraph: data.origin.subgraph, typename: data.origin.typename, id: data.origin.id.toLowerCase() } : null,
    history: [{ from: null, to: 'REPORTED', action: 'REPORT', reason: null, changed: stamp }],
    version: 1,
    created: stamp,
    updated: stamp,
  });
  return created.toObject();
}

/** The dispute, or NOT_FOUND — also for one the caller may not see (READ_POLICY: exactly as unknown). */
export async function loadDispute(ctx: MediationContext, id: string): Promise<DisputeDoc> {
  const dispute = await ctx.loaders.disputeById.load(parseId(id).toHexString());
  if (!dispute) throw new NotFoundError('Dispute', id);
  return dispute;
}

/**
 * Applies one step of the life cycle (DISPUTE_ACTIONS): refused with ILLEGAL_STATE_TRANSITION unless the
 * dispute is in a state the step applies in; one conditional write on the version read and that state,
 * which records the change (action, reason, who, the server's time) on the timeline. `update` may be
 * computed (and checked) from the dispute as read.
 */
export async function applyAction(
  ctx: MediationContext,
  id: string,
  expectedVersion: number,
  action: DisputeAction,
  update: UpdateQuery<DisputeDoc> | ((current: DisputeDoc, stamp: ActorStamp) => UpdateQuery<DisputeDoc>) = {},
  reason: string | null = null,
): Promise<DisputeDoc> {
  requireRole(ctx.caller, POLICY.handleDispute, `${action.toLowerCase().replace(/_/g, ' ')} disputes`);
  const current = await loadDispute(ctx, id);
  const { from } = DISPUTE_ACTIONS[action];
  if (!from.includes(current.status)) {
    const nominal = DISPUTE_ACTIONS[action].to;
    throw new IllegalTransitionError(
      'Dispute',
      id,
      current.status,
      typeof nominal === 'string' && !nominal.includes('SAME') ? nominal : action,
      disputeLifecycle.allowedFrom(current.status),
    );
  }
  const to = targetOf(action, current.status);
  const stamp = actorStamp(ctx.caller);
  const changes = typeof update === 'function' ? update(current, stamp) : update;
  const push = { ...((changes.$push as Record<string, unknown>) ?? {}), history: { from: current.status, to, action, reason, changed: stamp } };
  const updated = await updateVersioned(
    ctx.models.Dispute,
    'Dispute',
    current._id,
    expectedVersion,
    { ...changes, $set: { ...((changes.$set as Record<string, unknown>) ?? {}), status: to, updated: stamp }, $push: push },
    { status: current.status },
  );
  ctx.loaders.disputeById.clear(current._id.toHexString());
  return updated;
}
