import type { JudicialConfirmationResolvers } from '../../types.generated';

export const JudicialConfirmation: JudicialConfirmationResolvers = {
  recorded: (c, _a, { pii }) => pii.revealStamp(c.recorded, c.disputeId, 'judicialConfirmation.recorded'),
};
