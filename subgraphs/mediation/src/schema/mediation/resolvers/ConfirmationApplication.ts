import { labelOf } from '@pecg/common';
import { CONFIRMATION_OUTCOME_LABELS } from '../../../labels';
import type { ConfirmationApplicationResolvers } from '../../types.generated';

/** Records from before applications were kept: applied on the day confirmed, jointly, confirmed. */
export const ConfirmationApplication: ConfirmationApplicationResolvers = {
  appliedOn: (c) => c.appliedOn ?? c.confirmedAt!,
  jointApplication: (c) => c.jointApplication ?? true,
  caseNumber: (c) => c.reference ?? null,
  outcome: (c) => c.outcome ?? (c.confirmedAt ? 'CONFIRMED' : null),
  outcomeLabel: (c) => labelOf(CONFIRMATION_OUTCOME_LABELS, c.outcome ?? (c.confirmedAt ? 'CONFIRMED' : null)),
  decidedOn: (c) => c.decidedOn ?? c.confirmedAt ?? null,
  rejectionReason: (c) => c.rejectionReason ?? null,
  recorded: (c, _a, { pii }) => pii.revealStamp(c.recorded, c.disputeId, 'judicialConfirmation.recorded'),
};
