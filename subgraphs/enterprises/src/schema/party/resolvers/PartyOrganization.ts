import { labelOf } from '@pecg/common';
import type { PartyOrganizationResolvers } from '../../types.generated';
import { PARTY_ORGANIZATION_TYPE_LABELS } from '../../../labels';

export const PartyOrganization: PartyOrganizationResolvers = {
  id: (p) => p._id.toHexString(),
  typeLabel: (p) => labelOf(PARTY_ORGANIZATION_TYPE_LABELS, p.type)!,
  /** A person of the enterprise (PII_POLICY `Enterprise`): in the clear for ADMIN, POLICE and the enterprise's own users. */
  secretary: (p, _args, { pii }) =>
    pii.reveal('NAME', p.secretary, 'Enterprise', p.enterpriseId.toHexString(), 'partyOrganization.secretary', p.enterpriseId.toHexString())!,
  enterprise: async (p, _args, { loaders }) => (await loaders.enterpriseById.load(p.enterpriseId.toHexString()))!,
  updatedBy: (p, _args, { pii }) => pii.revealStamp(p.updated, `PartyOrganization:${p._id.toHexString()}`, 'updated')!,
};
