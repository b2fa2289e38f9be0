import type { JudicialConfirmationResolvers } from '../../types.generated';

export const JudicialConfirmation: JudicialConfirmationResolvers = {
  reference: (c) => c.reference ?? '',
  confirmedAt: (c) => c.confirmedAt ?? c.decidedOn!,
  recorded: (c, _a, { pii }) => pii.revealStamp(c.recorded, c.disputeId, 'judicialConfirmation.recorded'),
};
