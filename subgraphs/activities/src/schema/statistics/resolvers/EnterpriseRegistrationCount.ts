import type { EnterpriseRegistrationCountResolvers } from '../../types.generated';

export const EnterpriseRegistrationCount: EnterpriseRegistrationCountResolvers = {
  key: (row) => row.enterpriseId.toHexString(),
  label: (row) => row.enterpriseId.toHexString(),
  enterprise: (row) => ({ id: row.enterpriseId.toHexString() }),
};
