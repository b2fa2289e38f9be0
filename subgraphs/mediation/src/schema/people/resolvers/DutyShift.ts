import { SHIFT_OUTCOME_LABELS } from '../../../labels';
import type { DutyShiftResolvers } from '../../types.generated';

export const DutyShift: DutyShiftResolvers = {
  id: (s) => s._id.toHexString(),
  volunteer: (s, _a, { loaders }) => loaders.volunteerById.load(s.volunteerId.toHexString()),
  grid: (s, _a, { loaders }) => loaders.gridById.load(s.gridId.toHexString()),
  community: (s, _a, { loaders }) => loaders.communityById.load(s.communityId.toHexString()),
  outcomeLabel: (s) => SHIFT_OUTCOME_LABELS[s.outcome],
  dispute: (s, _a, { loaders }) => (s.disputeId ? loaders.disputeById.load(s.disputeId.toHexString()) : null),
  recorded: (s, _a, { pii }) => pii.revealStamp(s.recorded, s._id.toHexString(), 'recorded'),
};
