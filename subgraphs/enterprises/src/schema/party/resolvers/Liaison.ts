import type { LiaisonResolvers } from '../../types.generated';

export const Liaison: LiaisonResolvers = {
  name: (l, _args, { pii }) => pii.reveal('NAME', l.name, 'Enterprise', l.enterpriseId, 'alliance.liaison.name', l.enterpriseId),
  phone: (l, _args, { pii }) => pii.reveal('PHONE', l.phone, 'Enterprise', l.enterpriseId, 'alliance.liaison.phone', l.enterpriseId),
};
