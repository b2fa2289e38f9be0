import { SEARCH_STATUS_LABELS } from '../../../labels';
import type { LostPersonSearchStatusChangeResolvers } from '../../types.generated';

export const LostPersonSearchStatusChange: LostPersonSearchStatusChangeResolvers = {
  toLabel: (c) => SEARCH_STATUS_LABELS[c.to],
  changed: (c, _a, { pii }) => pii.revealStamp(c.actor, 'LostPersonCase', 'LostPersonCase.timeline.changed'),
};
