import { COURT_ACTION_LABELS } from '../../../labels';
import type { CourtActionRecordResolvers } from '../../types.generated';

export const CourtActionRecord: CourtActionRecordResolvers = {
  kindLabel: (c) => COURT_ACTION_LABELS[c.kind],
  caseNumber: (c) => c.caseNumber ?? null,
  recorded: (c, _a, { pii }) => pii.revealStamp(c.recorded, c.disputeId, 'courtAction.recorded'),
};
