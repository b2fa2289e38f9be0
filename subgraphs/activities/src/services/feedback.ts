import { Types } from 'mongoose';
import {
  actorStamp,
  ConflictError,
  ForbiddenError,
  isDuplicateKeyError,
  NotFoundError,
  parseInput,
  requireEnterpriseScope,
  requireRole,
  StateConditionError,
  updateIf,
} from '@pecg/common';
import type { ActivitiesContext } from '../context';
import type { FeedbackDoc } from '../models';
import { leaveFeedbackInput } from '../validation';
import { POLICY } from './policy';

/**
 * One feedback per enterprise and completed activity, only from an enterprise that attended it (one of
 * its people checked in); the activity keeps the rating sum and count.
 */
export async function leaveFeedback(ctx: ActivitiesContext, input: unknown): Promise<FeedbackDoc> {
  requireRole(ctx.caller, POLICY.leaveFeedback, 'leave feedback');
  const data = parseInput(leaveFeedbackInput, input);
  requireEnterpriseScope(ctx.caller, data.enterpriseId, 'leave feedback');
  const activity = await ctx.loaders.activityById.load(data.activityId);
  if (!activity) throw new NotFoundError('Activity', data.activityId, 'input.activityId');
  // feedback only once the activity is COMPLETED
  if (activity.status !== 'COMPLETED') throw new StateConditionError('Activity', data.activityId, activity.status);
  const enterpriseId = new Types.ObjectId(data.enterpriseId);
  // only attendees: a checked-in registration of that enterprise (for an ENTERPRISE caller, its own — within its read scope)
  if (!(await ctx.models.Registration.exists({ activityId: activity._id, enterpriseId, attended: true }).exec())) {
    throw new ForbiddenError(`Only an enterprise whose people attended (checked in) may leave feedback on activity ${data.activityId}`);
  }
  let created: FeedbackDoc;
  try {
    created = (
      await ctx.models.Feedback.create({
        activityId: activity._id,
        enterpriseId,
        rating: data.rating,
        comment: data.comment ?? null,
        created: actorStamp(ctx.caller),
      })
    ).toObject();
  } catch (error) {
    if (isDuplicateKeyError(error)) {
      throw new ConflictError(`input.enterpriseId: enterprise ${data.enterpriseId} already left feedback on activity ${data.activityId}`, {
        field: 'input.enterpriseId',
        value: data.enterpriseId,
      });
    }
    throw error;
  }
  // the activity's rating sum and count: one atomic conditional $inc
  await updateIf(ctx.models.Activity, activity._id, { status: 'COMPLETED' }, { $inc: { ratingSum: data.rating, ratingCount: 1 } });
  ctx.loaders.activityById.clear(data.activityId);
  return created;
}
