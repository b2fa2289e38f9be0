import { Types, type FilterQuery } from 'mongoose';
import {
  actorStamp,
  assertCurrentVersion,
  monthKey,
  NotFoundError,
  parseId,
  parseInput,
  requireEnterpriseScope,
  requireRole,
  StateConditionError,
  updateVersioned,
} from '@pecg/common';
import type { EnterprisesContext } from '../context';
import { serviceNeedLifeCycle } from '../domain/life-cycles';
import { OPEN_NEED_STATUSES, type ServiceNeedDoc, type ServiceNeedStatusValue } from '../models';
import { advanceServiceNeedInput, assignServiceNeedInput, raiseServiceNeedInput, version } from '../validation';
import { dueFields } from './due';
import { loadEnterprise, loadOfficer } from './loading';
import { POLICY } from './policy';
import { recordSource, requireRaiser } from './sources';

/**
 * Raises a need: ADMIN, POLICE, the enterprise itself, or a department's service account from one of
 * its records (`source`). Retries are idempotent through the Idempotency-Key header (subgraph server).
 */
export async function raiseServiceNeed(ctx: EnterprisesContext, input: unknown): Promise<ServiceNeedDoc> {
  const data = parseInput(raiseServiceNeedInput, input);
  requireRaiser(ctx, POLICY.raiseServiceNeed, 'raise service needs', data.source);
  const stamp = actorStamp(ctx.caller);
  // a department's record may carry a due date already past when it is delivered late (outbox retries): accepted as is
  const due = data.dueOn ? dueFields(data.dueOn, 'input.dueOn', stamp.at, ctx.caller.role !== 'DEPARTMENT') : { dueOn: null, dueBy: null };
  const enterprise = await loadEnterprise(ctx, data.enterpriseId, 'input.enterpriseId');
  requireEnterpriseScope(ctx.caller, enterprise._id.toHexString(), 'raise a service need');
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
    assigneeOfficerId: null,
    assigneeEnterpriseId: null,
    assigned: null,
    ...due,
    resolvedOnTime: null,
    origin: recordSource(data.source),
    version: 1,
  });
  return doc.toObject();
}

/**
 * Assigns an open or in-progress need to an officer or an enterprise (and optionally a new due date):
 * one conditional write on version and status; two assignments sent with the same version: one CONFLICT.
 */
export async function assignServiceNeed(ctx: EnterprisesContext, id: string, expectedVersion: number, input: unknown): Promise<ServiceNeedDoc> {
  requireRole(ctx.caller, POLICY.assignServiceNeed, 'assign service needs');
  const objectId = parseId(id);
  parseInput(version, expectedVersion, 'expectedVersion');
  const data = parseInput(assignServiceNeedInput, input);
  const stamp = actorStamp(ctx.caller);
  const due = data.dueOn ? dueFields(data.dueOn, 'input.dueOn', stamp.at) : {};
  const officer = data.officerId ? await loadOfficer(ctx, data.officerId, 'input.officerId') : null;
  const enterprise = data.enterpriseId ? await loadEnterprise(ctx, data.enterpriseId, 'input.enterpriseId') : null;
  const updated = await updateVersioned(
    ctx.models.ServiceNeed,
    'ServiceNeed',
    objectId,
    expectedVersion,
    { $set: { assigneeOfficerId: officer?._id ?? null, assigneeEnterpriseId: enterprise?._id ?? null, assigned: stamp, ...due } },
    { status: { $in: [...OPEN_NEED_STATUSES] } },
    {
      notApplicable: (current) => {
        throw new StateConditionError('ServiceNeed', id, current.status, 'only an open or in-progress need can be assigned');
      },
    },
  );
  ctx.loaders.needById.clear(objectId.toHexString());
  return updated;
}

const NEED_TARGET: Record<'START' | 'RESOLVE' | 'DECLINE', ServiceNeedStatusValue> = { START: 'IN_PROGRESS', RESOLVE: 'RESOLVED', DECLINE: 'DECLINED' };

/**
 * start / resolve / decline: one conditional write on version and the life cycle's source states,
 * without a read first; only a refusal reads the need to explain it (NOT_FOUND, CONFLICT, or the life
 * cycle's ILLEGAL_STATE_TRANSITION naming the current state and the allowed next ones). RESOLVE records
 * `resolvedOnTime` in the same write, from the stored due instant and the server's time (resolveNeed).
 */
export async function advanceServiceNeed(ctx: EnterprisesContext, id: string, expectedVersion: number, input: unknown): Promise<ServiceNeedDoc> {
  requireRole(ctx.caller, POLICY.advanceServiceNeed, 'work on service needs');
  const objectId = parseId(id);
  parseInput(version, expectedVersion, 'expectedVersion');
  const data = parseInput(advanceServiceNeedInput, input);
  const to = NEED_TARGET[data.action];
  const stamp = actorStamp(ctx.caller);
  const explain = (current: ServiceNeedDoc) => serviceNeedLifeCycle.assert(id, current.status, to);
  let updated: ServiceNeedDoc;
  if (data.action === 'RESOLVE') {
    updated = await resolveNeed(ctx, objectId, expectedVersion, stamp, data.resolution!, explain);
  } else {
    const set = data.action === 'START' ? { status: to, started: stamp } : { status: to, resolution: data.resolution, resolved: stamp };
    updated = await updateVersioned(
      ctx.models.ServiceNeed,
      'ServiceNeed',
      objectId,
      expectedVersion,
      { $set: set },
      { status: { $in: serviceNeedLifeCycle.sourcesOf(to) } },
      { notApplicable: explain },
    );
  }
  ctx.loaders.needById.clear(objectId.toHexString());
  return updated;
}

/**
 * RESOLVE with `resolvedOnTime` in the same conditional write: the need's due instant decides the value,
 * so the write is tried for each case its condition tells apart (on time: dueBy ≥ now; late: dueBy < now;
 * no due date), each atomic on version and state — never a read first. Only when all miss is the need
 * read to explain the refusal.
 */
async function resolveNeed(
  ctx: EnterprisesContext,
  objectId: Types.ObjectId,
  expectedVersion: number,
  stamp: ReturnType<typeof actorStamp>,
  resolution: string,
  explain: (current: ServiceNeedDoc) => void,
): Promise<ServiceNeedDoc> {
  const base: FilterQuery<ServiceNeedDoc> = { _id: objectId, version: expectedVersion, status: { $in: serviceNeedLifeCycle.sourcesOf('RESOLVED') } };
  const cases: Array<[FilterQuery<ServiceNeedDoc>, boolean | null]> = [
    [{ dueBy: { $gte: stamp.at } }, true],
    [{ dueBy: { $lt: stamp.at } }, false],
    [{ dueBy: null }, null],
  ];
  for (const [condition, resolvedOnTime] of cases) {
    const updated = (await ctx.models.ServiceNeed.findOneAndUpdate(
      { ...base, ...condition },
      { $set: { status: 'RESOLVED', resolution, resolved: stamp, resolvedOnTime }, $inc: { version: 1 } },
      { new: true },
    )
      .lean()
      .exec()) as ServiceNeedDoc | null;
    if (updated) return updated;
  }
  const current = (await ctx.models.ServiceNeed.findById(objectId).lean().exec()) as ServiceNeedDoc | null;
  if (!current) throw new NotFoundError('ServiceNeed', objectId.toHexString());
  assertCurrentVersion('ServiceNeed', objectId, expectedVersion, current.version);
  explain(current);
  throw new StateConditionError('ServiceNeed', objectId.toHexString(), current.status);
}
