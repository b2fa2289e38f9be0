import {
  actorStamp,
  ConflictError,
  isDuplicateKeyError,
  NotFoundError,
  parseInput,
  requireEnterpriseScope,
  requireRole,
  StateConditionError,
  updateIf,
} from '@pecg/common';
import type { ActivitiesContext } from '../context';
import { now } from '../domain/clock';
import type { FeedbackDoc } from '../models';
import { leaveFeedbackInput } from '../validation';
import { loadRegistration } from './registrations';
import { POLICY } from './policy';

/**
 * Feedback of one attendee: once per registration, only for a registration that checked in
 * (ATTENDED), only once the activity is closed; the activity keeps the rating sum and count. The unique
 * index on the registration makes "once" hold under concurrent requests.
 */
export async function leaveFeedback(ctx: ActivitiesContext, input: unknown): Promise<FeedbackDoc> {
  requireRole(ctx.caller, POLICY.leaveFeedback, 'leave feedback');
  const data = parseInput(leaveFeedbackInput, input);
  // another enterprise's registration is not found for an ENTERPRISE caller (READ_POLICY)
  const registration = await loadRegistration(ctx, data.registrationId, 'input.registrationId');
  requireEnterpriseScope(ctx.caller, registration.enterpriseId.toHexString(), 'leave feedback');
  if (registration.status !== 'ATTENDED') {
    throw new StateConditionError('Registration', data.registrationId, registration.status, 'only a person who attended (checked in) may leave feedback');
  }
  const activityId = registration.activityId.toHexString();
  const activity = await ctx.loaders.activityById.load(activityId);
  if (!activity) throw new NotFoundError('Activity', activityId);
  if (activity.status !== 'COMPLETED') throw new StateConditionError('Activity', activityId, activity.status, 'feedback opens when the activity is closed');
  let created: FeedbackDoc;
  try {
    created = (
      await ctx.models.Feedback.create({
        activityId: activity._id,
        registrationId: registration._id,
        enterpriseId: registration.enterpriseId,
        activityKind: activity.kind,
        organiserKind: activity.organiserKind ?? 'WORKSTATION',
        rating: data.rating,
        comment: data.comment ?? null,
        created: actorStamp(ctx.caller, now()),
      })
    ).toObject();
  } catch (error) {
    if (isDuplicateKeyError(error)) {
      throw new ConflictError(`input.registrationId: registration ${data.registrationId} already left feedback on activity ${activityId}`, {
        field: 'input.registrationId',
        value: data.registrationId,
      });
    }
    throw error;
  }
  // the activity's rating sum and count: one atomic conditional $inc
  await updateIf(ctx.models.Activity, activity._id, { status: 'COMPLETED' }, { $inc: { ratingSum: data.rating, ratingCount: 1 } });
  ctx.loaders.activityById.clear(activityId);
  return created;
}
