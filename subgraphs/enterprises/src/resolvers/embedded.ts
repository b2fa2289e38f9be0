import { labelOf } from '@pecg/common';
import type { AllianceMembershipResolvers, EnterpriseContactResolvers, LiaisonResolvers, PartyOrganizationResolvers } from '../__generated__/resolvers-types';
import { ALLIANCE_ROLE_LABELS, PARTY_ORGANIZATION_TYPE_LABELS } from '../labels';

/** Objects stored inside or next to an enterprise; personal information goes through ctx.pii. */
export const EnterpriseContact: EnterpriseContactResolvers = {
  name: (c, _args, { pii }) => pii.reveal('NAME', c.name, 'Enterprise', c.enterpriseId, `contacts.${c.index}.name`),
  phone: (c, _args, { pii }) => pii.reveal('PHONE', c.phone, 'Enterprise', c.enterpriseId, `contacts.${c.index}.phone`),
};

export const AllianceMembership: AllianceMembershipResolvers = {
  roleLabel: (m) => labelOf(ALLIANCE_ROLE_LABELS, m.role)!,
  liaison: (m) => ({ ...m.liaison, enterpriseId: m.enterpriseId }),
  active: (m) => !m.leftOn,
};

export const Liaison: LiaisonResolvers = {
  name: (l, _args, { pii }) => pii.reveal('NAME', l.name, 'Enterprise', l.enterpriseId, 'alliance.liaison.name'),
  phone: (l, _args, { pii }) => pii.reveal('PHONE', l.phone, 'Enterprise', l.enterpriseId, 'alliance.liaison.phone'),
};

export const PartyOrganization: PartyOrganizationResolvers = {
  id: (p) => p._id.toHexString(),
  typeLabel: (p) => labelOf(PARTY_ORGANIZATION_TYPE_LABELS, p.type)!,
  enterprise: async (p, _args, { loaders }) => (await loaders.enterpriseById.load(p.enterpriseId.toHexString()))!,
  updatedBy: (p) => p.updated,
};
