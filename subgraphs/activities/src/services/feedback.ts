import { Types } from 'mongoose';
import { actorStamp, ConflictError, isDuplicateKeyError, NotFoundError, parseInput, requireEnterpriseScope, requireRole, updateIf } from '@pecg/common';
import type { ActivitiesContext } from '../context';
import type { FeedbackDoc } from '../models';
import { leaveFeedbackInput } from '../validation';
import { POLICY } from './policy';

/** One feedback per enterprise and completed activity; the activity keeps the rating sum and count. */
export async function leaveFeedback(ctx: ActivitiesContext, input: unknown): Promise<FeedbackDoc> {
  requireRole(ctx.caller, POLICY.leaveFeedback, 'leave feedback');
  const data = parseInput(leaveFeedbackInput, input);
  requireEnterpriseScope(ctx.caller, data.enterpriseId, 'leave feedback');
  const activity = await ctx.loaders.activityById.load(data.activityId);
  if (!activity) throw new NotFoundError('Activity', data.activityId, 'input.activityId');
  if (activity.status !== 'COMPLETED') {
    throw new ConflictError(`Activity "${data.activityId}" is ${activity.status}; feedback can be left only once it is COMPLETED`, { entity: 'Activity', id: data.activityId, status: activity.status });
  }
  let created: FeedbackDoc;
  try {
    created = (
      await ctx.models.Feedback.create({
        activityId: activity._id,
        enterpriseId: new Types.ObjectId(data.enterpriseId),
        rating: data.rating,
        comment: data.comment ?? null,
        created: actorStamp(ctx.caller),
      })
    ).toObject();
  } catch (error) {
    if (isDuplicateKeyError(error)) {
      throw new ConflictError(`input.enterpriseId: enterprise ${data.enterpriseId} already left feedback on activity ${data.activityId}`, { field: 'input.enterpriseId', value: data.enterpriseId });
    }
    throw error;
  }
  // the activity's rating sum and count: one atomic conditional $inc
  await updateIf(ctx.models.Activity, activity._id, { status: 'COMPLETED' }, { $inc: { ratingSum: data.rating, ratingCount: 1 } });
  ctx.loaders.activityById.clear(data.activityId);
  return created;
}
