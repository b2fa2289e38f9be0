import type { FeedbackResolvers } from '../__generated__/resolvers-types';

export const Feedback: FeedbackResolvers = {
  id: (f) => f._id.toHexString(),
  activity: (f, _a, { loaders }) => loaders.activityById.load(f.activityId.toHexString()),
  enterprise: (f) => ({ id: f.enterpriseId.toHexString() }),
};
