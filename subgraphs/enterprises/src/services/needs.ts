import { Types } from 'mongoose';
import { actorStamp, monthKey, parseId, parseInput, requireEnterpriseScope, requireRole, updateVersioned } from '@pecg/common';
import type { EnterprisesContext } from '../context';
import { serviceNeedLifeCycle } from '../domain/life-cycles';
import type { AdvantageResourceDoc, ServiceNeedDoc, ServiceNeedStatusValue } from '../models';
import { advanceServiceNeedInput, offerAdvantageResourceInput, raiseServiceNeedInput, version } from '../validation';
import { loadEnterprise } from './loading';
import { POLICY } from './policy';

export async function raiseServiceNeed(ctx: EnterprisesContext, input: unknown): Promise<ServiceNeedDoc> {
  requireRole(ctx.caller, POLICY.raiseServiceNeed, 'raise service needs');
  const data = parseInput(raiseServiceNeedInput, input);
  const enterprise = await loadEnterprise(ctx, data.enterpriseId, 'input.enterpriseId');
  requireEnterpriseScope(ctx.caller, enterprise._id.toHexString(), 'raise a service need');
  const stamp = actorStamp(ctx.caller);
  const doc = await ctx.models.ServiceNeed.create({
    _id: new Types.ObjectId(),
    enterpriseId: enterprise._id,
    category: data.category,
    description: data.description,
    status: 'OPEN',
    resolution: null,
    raised: stamp,
    started: null,
    resolved: null,
    raisedAt: stamp.at,
    raisedMonth: monthKey(stamp.at),
    version: 1,
  });
  return doc.toObject();
}

const NEED_TARGET: Record<'START' | 'RESOLVE' | 'DECLINE', ServiceNeedStatusValue> = { START: 'IN_PROGRESS', RESOLVE: 'RESOLVED', DECLINE: 'DECLINED' };

/**
 * start / resolve / decline: one conditional write on version and the life cycle's source states,
 * without a read first; only a refusal reads the need to explain it (NOT_FOUND, CONFLICT, or the life
 * cycle's ILLEGAL_STATE_TRANSITION naming the current state and the allowed next ones).
 */
export async function advanceServiceNeed(ctx: EnterprisesContext, id: string, expectedVersion: number, input: unknown): Promise<ServiceNeedDoc> {
  requireRole(ctx.caller, POLICY.advanceServiceNeed, 'work on service needs');
  const objectId = parseId(id);
  parseInput(version, expectedVersion, 'expectedVersion');
  const data = parseInput(advanceServiceNeedInput, input);
  const to = NEED_TARGET[data.action];
  const stamp = actorStamp(ctx.caller);
  const set = data.action === 'START' ? { status: to, started: stamp } : { status: to, resolution: data.resolution, resolved: stamp };
  const updated = await updateVersioned(
    ctx.models.ServiceNeed,
    'ServiceNeed',
    objectId,
    expectedVersion,
    { $set: set },
    { status: { $in: serviceNeedLifeCycle.sourcesOf(to) } },
    {
      notApplicable: (current) => serviceNeedLifeCycle.assert(id, current.status, to),
    },
  );
  ctx.loaders.needById.clear(objectId.toHexString());
  return updated;
}

export async function offerAdvantageResource(ctx: EnterprisesContext, input: unknown): Promise<AdvantageResourceDoc> {
  requireRole(ctx.caller, POLICY.offerAdvantageResource, 'record advantage resources');
  const data = parseInput(offerAdvantageResourceInput, input);
  const enterprise = await loadEnterprise(ctx, data.enterpriseId, 'input.enterpriseId');
  requireEnterpriseScope(ctx.caller, enterprise._id.toHexString(), 'offer a resource');
  const stamp = actorStamp(ctx.caller);
  const doc = await ctx.models.AdvantageResource.create({
    _id: new Types.ObjectId(),
    enterpriseId: enterprise._id,
    kind: data.kind,
    description: data.description,
    available: data.available,
    offered: stamp,
    offeredAt: stamp.at,
    version: 1,
  });
  return doc.toObject();
}
