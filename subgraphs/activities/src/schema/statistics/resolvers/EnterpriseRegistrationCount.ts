import type { EnterpriseRegistrationCountResolvers } from '../../types.generated';

export const EnterpriseRegistrationCount: EnterpriseRegistrationCountResolvers = {
  enterprise: (row) => ({ id: row.enterpriseId.toHexString() }),
};
