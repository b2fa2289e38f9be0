import type { FollowUpVisitResolvers } from '../../types.generated';

export const FollowUpVisit: FollowUpVisitResolvers = {
  recorded: (f, _a, { pii }) => pii.revealStamp(f.recorded, f.disputeId, `followUps.${f.index}.recorded`),
};
