import { pageSize, referenceId } from '@pecg/common';
import type { EnterpriseResolvers } from '../__generated__/resolvers-types';

export const Enterprise: EnterpriseResolvers = {
  __resolveReference: (reference) => ({ id: referenceId(reference) }),
  /** One aggregation for any number of enterprises, returning at most N of each. */
  disputes: async (enterprise, { first }, { loaders, caller }) => {
    const limit = pageSize(first);
    if (caller.role === 'ENTERPRISE' && caller.enterpriseId !== enterprise.id) return [];
    return loaders.latestDisputesByEnterprise.load(enterprise.id, limit);
  },
};
