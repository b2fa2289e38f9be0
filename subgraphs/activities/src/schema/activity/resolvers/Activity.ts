import { pageSize, referenceId } from '@pecg/common';
import { ACTIVITY_KIND_LABELS, ACTIVITY_STATUS_LABELS } from '../../../labels';
import { listRegistrations } from '../../../services/lists';
import type { ActivityResolvers } from '../../types.generated';

export const Activity: ActivityResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.activityById.load(referenceId(reference)),
  id: (activity) => activity._id.toHexString(),
  kindLabel: (activity) => ACTIVITY_KIND_LABELS[activity.kind],
  statusLabel: (activity) => ACTIVITY_STATUS_LABELS[activity.status],
  venue: (activity, _a, { loaders }) => (activity.venueId ? loaders.venueById.load(activity.venueId.toHexString()) : null),
  organizer: (activity) => (activity.organizerId ? { id: activity.organizerId.toHexString() } : null),
  materials: (activity) => activity.materials ?? [],
  outcome: (activity, _a, { pii }) =>
    activity.outcome
      ? { ...activity.outcome, recorded: pii.revealStamp(activity.outcome.recorded, activity._id.toHexString(), 'Activity.outcome.recorded') }
      : null,
  /** Only the registrations the caller may see (READ_POLICY: an ENTERPRISE caller's own enterprise's). */
  registrations: (activity, args, ctx) => listRegistrations(ctx, args, activity._id),
  /** Only the feedback the caller may see (READ_POLICY), newest first. */
  feedback: (activity, { first }, { loaders }) => loaders.latestFeedbackByActivity.load(activity._id.toHexString(), pageSize(first, 100)),
  averageRating: (activity) => (activity.ratingCount ? activity.ratingSum / activity.ratingCount : null),
  feedbackCount: (activity) => activity.ratingCount ?? 0,
  created: (activity, _a, { pii }) => pii.revealStamp(activity.created, activity._id.toHexString(), 'Activity.created'),
  updated: (activity, _a, { pii }) => pii.revealStamp(activity.updated, activity._id.toHexString(), 'Activity.updated'),
};
