import type { EnterpriseParticipationResolvers } from '../../types.generated';

export const EnterpriseParticipation: EnterpriseParticipationResolvers = {
  enterprise: (row) => ({ id: row.enterpriseId.toHexString() }),
};
