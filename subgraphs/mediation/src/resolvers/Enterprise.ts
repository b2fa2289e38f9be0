import { referenceId } from '@pecg/common';
import type { EnterpriseResolvers } from '../__generated__/resolvers-types';

export const Enterprise: EnterpriseResolvers = {
  __resolveReference: (reference) => ({ id: referenceId(reference) }),
  /** One batched query for any number of enterprises. */
  disputes: async (enterprise, _a, { loaders, caller }) => {
    if (caller.role === 'ENTERPRISE' && caller.enterpriseId !== enterprise.id) return [];
    return loaders.disputesByEnterprise.load(enterprise.id);
  },
};
