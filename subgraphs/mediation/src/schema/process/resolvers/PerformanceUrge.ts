import type { PerformanceUrgeResolvers } from '../../types.generated';

export const PerformanceUrge: PerformanceUrgeResolvers = {
  urged: (u, _a, { pii }) => pii.revealStamp(u.urged, u.disputeId, `urges.${u.index}.urged`),
};
