import { paginate, pageSize, referenceId } from '@pecg/common';
import { ACTIVITY_KIND_LABELS, ACTIVITY_STATUS_LABELS } from '../../../labels';
import type { ActivityResolvers } from '../../types.generated';
import { registrationQuery } from '../../../services/filters';
import { REGISTRATION_DEFAULT_SORT, REGISTRATION_SORT_FIELDS } from '../../registration/resolvers/Query/registrations';

export const Activity: ActivityResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.activityById.load(referenceId(reference)),
  id: (activity) => activity._id.toHexString(),
  kindLabel: (activity) => ACTIVITY_KIND_LABELS[activity.kind],
  statusLabel: (activity) => ACTIVITY_STATUS_LABELS[activity.status],
  venue: (activity, _a, { loaders }) => (activity.venueId ? loaders.venueById.load(activity.venueId.toHexString()) : null),
  organizer: (activity) => (activity.organizerId ? { id: activity.organizerId.toHexString() } : null),
  materials: (activity) => activity.materials ?? [],
  registrations: (activity, { filter, sort, first, after }, { models, caller }) =>
    paginate(models.Registration, registrationQuery(caller, filter, activity._id), { sort, first, after }, { sortFields: REGISTRATION_SORT_FIELDS, defaultSort: REGISTRATION_DEFAULT_SORT }),
  feedback: (activity, { first }, { loaders }) => loaders.latestFeedbackByActivity.load(activity._id.toHexString(), pageSize(first, 100)),
  averageRating: (activity) => (activity.ratingCount ? activity.ratingSum / activity.ratingCount : null),
  feedbackCount: (activity) => activity.ratingCount ?? 0,
};
