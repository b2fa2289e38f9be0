import { labelOf } from '@pecg/common';
import { PERFORMANCE_LABELS } from '../../../labels';
import type { FollowUpVisitResolvers } from '../../types.generated';

export const FollowUpVisit: FollowUpVisitResolvers = {
  performance: (f) => f.performance ?? null,
  performanceLabel: (f) => labelOf(PERFORMANCE_LABELS, f.performance),
  newRisks: (f) => f.newRisks ?? null,
  recorded: (f, _a, { pii }) => pii.revealStamp(f.recorded, f.disputeId, `followUps.${f.index}.recorded`),
};
