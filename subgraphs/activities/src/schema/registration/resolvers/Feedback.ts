import type { FeedbackResolvers } from '../../types.generated';

export const Feedback: FeedbackResolvers = {
  id: (f) => f._id.toHexString(),
  activity: (f, _a, { loaders }) => loaders.activityById.load(f.activityId.toHexString()),
  registration: (f, _a, { loaders }) => (f.registrationId ? loaders.registrationById.load(f.registrationId.toHexString()) : null),
  enterprise: (f) => ({ id: f.enterpriseId.toHexString() }),
  created: (f, _a, { pii }) => pii.revealStamp(f.created, f._id.toHexString(), 'Feedback.created'),
};
