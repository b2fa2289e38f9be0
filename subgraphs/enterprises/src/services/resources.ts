import { Types } from 'mongoose';
import {
  actorStamp,
  ForbiddenError,
  IllegalTransitionError,
  NotFoundError,
  parseId,
  parseInput,
  requireEnterpriseScope,
  requireRole,
  StateConditionError,
  updateVersioned,
  ValidationError,
} from '@pecg/common';
import type { EnterprisesContext } from '../context';
import { advantageResourceLifeCycle, resourceMatchLifeCycle } from '../domain/life-cycles';
import { OPEN_NEED_STATUSES, type AdvantageResourceDoc, type MatchOutcomeValue, type ResourceMatchDoc, type ServiceNeedDoc } from '../models';
import { matchNote, offerAdvantageResourceInput, recordMatchOutcomeInput, updateAdvantageResourceInput, version, withdrawalReason } from '../validation';
import { loadEnterprise } from './loading';
import { POLICY } from './policy';

/**
 * Advantage resources 优势资源: offered, updated, withdrawn, matched to needs. The models are scoped by
 * the read policy: an ENTERPRISE caller's writes miss other enterprises' resources and matches
 * (NOT_FOUND, as for an id that does not exist).
 */
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
    status: 'ACTIVE',
    updated: null,
    withdrawn: null,
    withdrawalReason: null,
    matchCount: 0,
    version: 1,
  });
  return doc.toObject();
}

/** Documents from before withdrawal existed have no status: they are offered (ACTIVE). */
const NOT_WITHDRAWN = { status: { $ne: 'WITHDRAWN' } } as const;
const statusOf = (r: AdvantageResourceDoc) => r.status ?? 'ACTIVE';
const notOffered = (id: string, current: AdvantageResourceDoc, step: string) =>
  new IllegalTransitionError(
    'AdvantageResource',
    id,
    statusOf(current),
    `${step} (only an offered, not withdrawn resource can be ${step.toLowerCase()})`,
    advantageResourceLifeCycle.allowedFrom(statusOf(current)),
  );

export async function updateAdvantageResource(ctx: EnterprisesContext, id: string, expectedVersion: number, input: unknown): Promise<AdvantageResourceDoc> {
  requireRole(ctx.caller, POLICY.updateAdvantageResource, 'update advantage resources');
  const objectId = parseId(id);
  parseInput(version, expectedVersion, 'expectedVersion');
  const data = parseInput(updateAdvantageResourceInput, input);
  const set = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined));
  return updateVersioned(
    ctx.models.AdvantageResource,
    'AdvantageResource',
    objectId,
    expectedVersion,
    { $set: { ...set, updated: actorStamp(ctx.caller) } },
    NOT_WITHDRAWN,
    {
      notApplicable: (current) => {
        throw notOffered(id, current, 'UPDATED');
      },
    },
  );
}

export async function withdrawAdvantageResource(ctx: EnterprisesContext, id: string, expectedVersion: number, reason: unknown): Promise<AdvantageResourceDoc> {
  requireRole(ctx.caller, POLICY.updateAdvantageResource, 'withdraw advantage resources');
  const objectId = parseId(id);
  parseInput(version, expectedVersion, 'expectedVersion');
  const why = parseInput(withdrawalReason, reason, 'reason');
  return updateVersioned(
    ctx.models.AdvantageResource,
    'AdvantageResource',
    objectId,
    expectedVersion,
    { $set: { status: 'WITHDRAWN', available: false, withdrawn: actorStamp(ctx.caller), withdrawalReason: why } },
    NOT_WITHDRAWN,
    { notApplicable: (current) => advantageResourceLifeCycle.assert(id, statusOf(current), 'WITHDRAWN') },
  );
}

/**
 * Matches a resource to a need of another enterprise. Two conditional writes admit it, no read first:
 * the resource's (not withdrawn: else ILLEGAL_STATE_TRANSITION; its matchCount raised) and the need's
 * (the version the caller read, open or in progress; its version and matchCount raised) — so two
 * matches sent with the same need version give one CONFLICT. If the need's write refuses, the
 * resource's count is given back. Then the match is inserted, stamped with the server's time.
 */
export async function matchResourceToNeed(
  ctx: EnterprisesContext,
  resourceId: string,
  needId: string,
  expectedNeedVersion: number,
  note: unknown,
): Promise<ResourceMatchDoc> {
  requireRole(ctx.caller, POLICY.matchResourceToNeed, 'match resources to needs');
  const resourceObjectId = parseId(resourceId, 'resourceId');
  const needObjectId = parseId(needId, 'needId');
  parseInput(version, expectedNeedVersion, 'expectedNeedVersion');
  const text = parseInput(matchNote, note, 'note') ?? null;
  const { AdvantageResource, ServiceNeed, ResourceMatch } = ctx.models;
  const resource = (await AdvantageResource.findOneAndUpdate({ _id: resourceObjectId, ...NOT_WITHDRAWN }, { $inc: { matchCount: 1 } }, { new: true })
    .lean()
    .exec()) as AdvantageResourceDoc | null;
  if (!resource) {
    const current = (await AdvantageResource.findById(resourceObjectId, { status: 1 }).lean().exec()) as AdvantageResourceDoc | null;
    if (!current) throw new NotFoundError('AdvantageResource', resourceId, 'resourceId');
    throw notOffered(resourceId, current, 'MATCHED');
  }
  let need: ServiceNeedDoc;
  try {
    need = await updateVersioned(
      ServiceNeed,
      'ServiceNeed',
      needObjectId,
      expectedNeedVersion,
      { $inc: { matchCount: 1 } },
      { status: { $in: [...OPEN_NEED_STATUSES] }, enterpriseId: { $ne: resource.enterpriseId } },
      {
        notApplicable: (current) => {
          if (current.enterpriseId.equals(resource.enterpriseId))
            throw new ValidationError(`needId: the need belongs to the enterprise offering the resource; a resource is matched to another enterprise's need`, {
              field: 'needId',
              value: needId,
            });
          throw new StateConditionError('ServiceNeed', needId, current.status, 'only an open or in-progress need can be matched');
        },
      },
    );
  } catch (error) {
    await AdvantageResource.updateOne({ _id: resourceObjectId }, { $inc: { matchCount: -1 } }).exec();
    throw error;
  }
  ctx.loaders.needById.clear(needObjectId.toHexString());
  const stamp = actorStamp(ctx.caller);
  const doc = await ResourceMatch.create({
    _id: new Types.ObjectId(),
    resourceId: resource._id,
    needId: need._id,
    offeringEnterpriseId: resource.enterpriseId,
    needEnterpriseId: need.enterpriseId,
    enterpriseIds: [resource.enterpriseId, need.enterpriseId],
    resourceKind: resource.kind,
    resourceDescription: resource.description,
    note: text,
    matched: stamp,
    matchedAt: stamp.at,
    outcome: 'PROPOSED',
    outcomeNote: null,
    outcomeStamp: null,
    version: 1,
  });
  return doc.toObject();
}

/**
 * Records a match's outcome (ACCEPTED / DECLINED from PROPOSED, COMPLETED from ACCEPTED). An ENTERPRISE
 * caller must be one of the two enterprises (others miss the match: NOT_FOUND); only the need's
 * enterprise accepts or declines.
 */
export async function recordMatchOutcome(ctx: EnterprisesContext, id: string, expectedVersion: number, input: unknown): Promise<ResourceMatchDoc> {
  requireRole(ctx.caller, POLICY.recordMatchOutcome, 'record match outcomes');
  const objectId = parseId(id);
  parseInput(version, expectedVersion, 'expectedVersion');
  const data = parseInput(recordMatchOutcomeInput, input);
  const to: MatchOutcomeValue = data.outcome;
  const answering = to !== 'COMPLETED' && ctx.caller.role === 'ENTERPRISE';
  const own = answering ? parseId(ctx.caller.enterpriseId, 'token enterpriseId') : null;
  return updateVersioned(
    ctx.models.ResourceMatch,
    'ResourceMatch',
    objectId,
    expectedVersion,
    { $set: { outcome: to, outcomeNote: data.note ?? null, outcomeStamp: actorStamp(ctx.caller) } },
    { outcome: { $in: resourceMatchLifeCycle.sourcesOf(to) }, ...(own ? { needEnterpriseId: own } : {}) },
    {
      notApplicable: (current) => {
        if (own && !current.needEnterpriseId.equals(own))
          throw new ForbiddenError(`Only the enterprise with the need may ${to === 'ACCEPTED' ? 'accept' : 'decline'} a match`);
        resourceMatchLifeCycle.assert(id, current.outcome, to);
      },
    },
  );
}
