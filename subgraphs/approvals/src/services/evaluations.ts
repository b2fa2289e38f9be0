import { Types } from 'mongoose';
import {
  actorStamp,
  ConflictError,
  isDuplicateKeyError,
  monthKey,
  NotFoundError,
  parseId,
  parseInput,
  requireRole,
  StateMachine,
  updateVersioned,
  StateConditionError,
} from '@pecg/common';
import type { ApprovalsContext } from '../context';
import { rectificationDays } from '../domain/life-cycle';
import { workingCalendar } from '@pecg/common';
import type { EvaluationDoc, FollowUpStatusValue } from '../models';
import { evaluateInput, followUpInput } from '../validation';
import { loadApplication, parseVersion } from './loading';
import { OFFICERS, RATERS } from './policy';

/** 差评处置: a bad rating is called back, then rectified or explained; an officer may appeal a wrong rating. */
export const followUpLifeCycle = new StateMachine<FollowUpStatusValue>('Evaluation', {
  NOT_REQUIRED: [],
  AWAITING_CALL_BACK: ['AWAITING_RECTIFICATION', 'APPEALED'],
  AWAITING_RECTIFICATION: ['RECTIFIED', 'EXPLAINED', 'APPEALED'],
  RECTIFIED: [],
  EXPLAINED: [],
  APPEALED: [],
});
const ACTION_TARGET = { CALL_BACK: 'AWAITING_RECTIFICATION', RECTIFY: 'RECTIFIED', EXPLAIN: 'EXPLAINED', APPEAL: 'APPEALED' } as const;
const RATABLE = ['APPROVED', 'DENIED', 'NOT_ACCEPTED', 'TERMINATED', 'RECORDED'];

/**
 * 好差评 is the applicant's: only the applicant enterprise rates its own decided application, once
 * (unique per application). Officers do not file ratings; they follow bad ones up (followUpEvaluation).
 * An ENTERPRISE caller loads only its own enterprise's applications (READ_POLICY), so it rates only its own.
 */
export async function evaluateApplication(ctx: ApprovalsContext, applicationId: string, input: unknown): Promise<EvaluationDoc> {
  requireRole(ctx.caller, RATERS, 'rate services (only the applicant enterprise rates; officers record call-backs)');
  const data = parseInput(evaluateInput, input);
  const { app } = await loadApplication(ctx, applicationId, 'applicationId');
  if (!RATABLE.includes(app.status))
    throw new StateConditionError('Application', applicationId, app.status, `it can be rated after a decision (${RATABLE.join(', ')})`);
  const stamp = actorStamp(ctx.caller);
  const bad = data.rating === 'DISSATISFIED' || data.rating === 'VERY_DISSATISFIED';
  try {
    const doc = await ctx.models.Evaluation.create({
      _id: new Types.ObjectId(),
      applicationId: app._id,
      itemId: app.itemId,
      enterpriseId: app.enterpriseId,
      rating: data.rating,
      comment: data.comment ?? null,
      ratedAt: stamp.at,
      ratedMonth: monthKey(stamp.at),
      rated: stamp,
      bad,
      followUpStatus: bad ? 'AWAITING_CALL_BACK' : 'NOT_REQUIRED',
      rectificationDueDate: bad ? workingCalendar.addWorkingDays(stamp.at, rectificationDays()) : null,
      version: 1,
    });
    return doc.toObject();
  } catch (error) {
    if (isDuplicateKeyError(error))
      throw new ConflictError(`applicationId: application ${applicationId} was already rated`, { field: 'applicationId', value: applicationId });
    throw error;
  }
}

export async function followUpEvaluation(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<EvaluationDoc> {
  requireRole(ctx.caller, OFFICERS, 'follow up evaluations');
  const objectId = parseId(id);
  const version = parseVersion(expectedVersion);
  const data = parseInput(followUpInput, input);
  const evaluation = await ctx.loaders.evaluationById.load(objectId.toHexString());
  if (!evaluation) throw new NotFoundError('Evaluation', id);
  const to = ACTION_TARGET[data.action];
  followUpLifeCycle.assert(id, evaluation.followUpStatus, to);
  const stamp = actorStamp(ctx.caller);
  const set: Record<string, unknown> =
    data.action === 'CALL_BACK'
      ? { callBackNote: data.note, calledBack: stamp }
      : data.action === 'APPEAL'
        ? { appealReason: data.note }
        : { answer: data.note, answered: stamp };
  return updateVersioned(
    ctx.models.Evaluation,
    'Evaluation',
    objectId,
    version,
    { $set: { ...set, followUpStatus: to } },
    { followUpStatus: { $in: followUpLifeCycle.sourcesOf(to) } },
  );
}
