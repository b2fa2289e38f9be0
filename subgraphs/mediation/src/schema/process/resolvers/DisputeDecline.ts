import { DECLINE_GROUND_LABELS } from '../../../labels';
import type { DisputeDeclineResolvers } from '../../types.generated';

export const DisputeDecline: DisputeDeclineResolvers = {
  groundLabel: (d) => DECLINE_GROUND_LABELS[d.ground],
  declined: (d, _a, { pii }) => pii.revealStamp(d.declined, d.disputeId, 'declined.declined'),
};
