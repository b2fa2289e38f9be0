import { Types } from 'mongoose';
import {
  actorStamp,
  isDuplicateKeyError,
  monthKey,
  NotFoundError,
  parseId,
  parseInput,
  requireEnterpriseScope,
  requireRole,
  updateVersioned,
  ValidationError,
  type ActorStamp,
} from '@pecg/common';
import type { ApprovalsContext } from '../context';
import { supervisionLifeCycle, TIME_LIMITS } from '../domain/life-cycle';
import { endOfDay, workingCalendar } from '@pecg/common';
import type { ApplicationDoc, ApprovalsModels, SupervisionCaseDoc, SupervisionStatusValue, SupervisionTriggerValue } from '../models';
import { advanceSupervisionInput, reportInput } from '../validation';
import { loadApplication } from './loading';
import { APPLICANTS, OFFICERS } from './policy';

/** A new case must be classified within 5 working days; classification then sets its own due date. */
function newCase(
  trigger: SupervisionTriggerValue,
  enterpriseId: Types.ObjectId,
  applicationId: Types.ObjectId | null,
  description: string,
  actor: ActorStamp,
  triggerKey: string,
) {
  return {
    triggerKey,
    trigger,
    enterpriseId,
    applicationId,
    description,
    classification: null,
    status: 'OPEN' as const,
    dueDate: workingCalendar.addWorkingDays(actor.at, TIME_LIMITS.supervision.COMPLEX),
    escalated: false,
    opened: actor,
    openedAt: actor.at,
    openedMonth: monthKey(actor.at),
    closed: null,
    firstResponse: null,
    firstResponseAt: null,
    version: 1,
  };
}

/**
 * Opens the case an application's failure calls for, once: the unique key application+trigger makes a
 * second call (a retry, a rerun of processDeadlines, a concurrent request) a no-op. Returns 1 when opened.
 */
export async function openAutomaticCase(
  models: ApprovalsModels,
  app: ApplicationDoc,
  trigger: SupervisionTriggerValue,
  description: string,
  actor: ActorStamp,
): Promise<number> {
  const triggerKey = `${app._id.toHexString()}:${trigger}`;
  try {
    const result = await models.SupervisionCase.updateOne(
      { triggerKey },
      { $setOnInsert: { _id: new Types.ObjectId(), ...newCase(trigger, app.enterpriseId, app._id, description, actor, triggerKey) } },
      { upsert: true },
    );
    return result.upsertedCount;
  } catch (error) {
    if (isDuplicateKeyError(error)) return 0;
    throw error;
  }
}

/** An enterprise reports it could not get something done (“办不成事”反映). */
export async function reportUnresolvedMatter(ctx: ApprovalsContext, input: unknown): Promise<SupervisionCaseDoc> {
  requireRole(ctx.caller, APPLICANTS, 'report an unresolved matter');
  const data = parseInput(reportInput, input);
  requireEnterpriseScope(ctx.caller, data.enterpriseId.toLowerCase(), 'report an unresolved matter');
  if (data.applicationId) {
    const { app } = await loadApplication(ctx, data.applicationId, 'input.applicationId');
    if (app.enterpriseId.toHexString() !== data.enterpriseId.toLowerCase()) {
      throw new ValidationError(`input.applicationId: application ${data.applicationId} belongs to another enterprise than ${data.enterpriseId}`, {
        field: 'input.applicationId',
        value: data.applicationId,
      });
    }
  }
  const _id = new Types.ObjectId();
  const doc = newCase(
    'ENTERPRISE_REPORT',
    new Types.ObjectId(data.enterpriseId),
    data.applicationId ? new Types.ObjectId(data.applicationId) : null,
    data.description,
    actorStamp(ctx.caller),
    `report:${_id.toHexString()}`,
  );
  const created = await ctx.models.SupervisionCase.create({ _id, ...doc });
  return created.toObject();
}

const ACTION_TARGET: Record<'INVESTIGATE' | 'RECTIFY' | 'DISMISS' | 'ARCHIVE', SupervisionStatusValue> = {
  INVESTIGATE: 'INVESTIGATING',
  RECTIFY: 'RECTIFIED',
  DISMISS: 'DISMISSED',
  ARCHIVE: 'ARCHIVED',
};

function required<T>(value: T | null | undefined, field: string, action: string): T {
  if (value === null || value === undefined)
    throw new ValidationError(`input.${field}: required for ${action}`, { field: `input.${field}`, value: value ?? null });
  return value;
}

/** Classify and investigate, rectify, dismiss, archive — each checked against the case life cycle. */
export async function advanceSupervisionCase(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<SupervisionCaseDoc> {
  requireRole(ctx.caller, OFFICERS, 'work on supervision cases');
  const objectId = parseId(id);
  const data = parseInput(advanceSupervisionInput, input);
  const current = await ctx.loaders.supervisionCaseById.load(objectId.toHexString());
  if (!current) throw new NotFoundError('SupervisionCase', id);
  const to = ACTION_TARGET[data.action];
  supervisionLifeCycle.assert(id, current.status, to);
  const stamp = actorStamp(ctx.caller);
  let set: Record<string, unknown> = { status: to };
  if (data.action === 'INVESTIGATE') {
    const classification = required(data.classification, 'classification', 'INVESTIGATE');
    const days = TIME_LIMITS.supervision[classification];
    set = {
      ...set,
      classification,
      escalated: classification === 'HARD',
      dueDate: days === null ? null : days === 0 ? endOfDay(dayOf(stamp.at)) : workingCalendar.addWorkingDays(stamp.at, days),
    };
  } else if (data.action === 'RECTIFY') {
    set = {
      ...set,
      finding: required(data.finding, 'finding', 'RECTIFY'),
      responsibleParty: required(data.responsibleParty, 'responsibleParty', 'RECTIFY'),
      rectification: required(data.rectification, 'rectification', 'RECTIFY'),
      feedback: required(data.feedback, 'feedback', 'RECTIFY'),
      closed: stamp,
    };
  } else if (data.action === 'DISMISS') {
    set = { ...set, dismissalReason: required(data.reason, 'reason', 'DISMISS'), feedback: data.feedback ?? null, closed: stamp };
  }
  // the first officer action is the case's response (measure #23: answered within 24 hours); the version
  // condition makes "first" exact: a concurrent action on the same version fails with CONFLICT
  if (!current.firstResponseAt) set = { ...set, firstResponse: stamp, firstResponseAt: stamp.at };
  return updateVersioned(
    ctx.models.SupervisionCase,
    'SupervisionCase',
    objectId,
    expectedVersion,
    { $set: set },
    { status: { $in: supervisionLifeCycle.sourcesOf(to) } },
  );
}

function dayOf(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
