import { labelOf } from '@pecg/common';
import type { PartyOrganizationResolvers } from '../../types.generated';
import { PARTY_ORGANIZATION_TYPE_LABELS } from '../../../labels';

export const PartyOrganization: PartyOrganizationResolvers = {
  id: (p) => p._id.toHexString(),
  typeLabel: (p) => labelOf(PARTY_ORGANIZATION_TYPE_LABELS, p.type)!,
  enterprise: async (p, _args, { loaders }) => (await loaders.enterpriseById.load(p.enterpriseId.toHexString()))!,
  updatedBy: (p) => p.updated,
};
