import { SIGNER_LABELS, SIGNING_METHOD_LABELS } from '../../../labels';
import type { AgreementSignatureResolvers } from '../../types.generated';
import { mediatorsOf } from '../../process/mediator-refs';

export const AgreementSignature: AgreementSignatureResolvers = {
  signerLabel: (s) => SIGNER_LABELS[s.signer],
  party: (s) => {
    const index = s.partyIndex ?? -1;
    const party = s.parties[index];
    return party ? { ...party, disputeId: s.disputeId, index } : null;
  },
  mediator: async (s, _a, ctx) => (s.mediator ? ((await mediatorsOf([s.mediator], ctx))[0] ?? null) : null),
  methodLabel: (s) => SIGNING_METHOD_LABELS[s.method],
};
