import { labelOf } from '@pecg/common';
import { DISPUTE_STATUS_LABELS } from '../../../labels';
import type { DisputeStatusChangeResolvers } from '../../types.generated';

export const DisputeStatusChange: DisputeStatusChangeResolvers = {
  fromLabel: (c) => labelOf(DISPUTE_STATUS_LABELS, c.from),
  toLabel: (c) => DISPUTE_STATUS_LABELS[c.to],
  changed: (c, _a, { pii }) => pii.revealStamp(c.changed, c.disputeId, `history.${c.index}.changed`),
};
