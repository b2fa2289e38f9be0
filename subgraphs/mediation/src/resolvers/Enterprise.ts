import { pageSize, referenceId } from '@pecg/common';
import type { EnterpriseResolvers } from '../__generated__/resolvers-types';

export const Enterprise: EnterpriseResolvers = {
  __resolveReference: (reference) => ({ id: referenceId(reference) }),
  /** One batched query for any number of enterprises, then the latest N of each. */
  disputes: async (enterprise, { first }, { loaders, caller }) => {
    const limit = pageSize(first);
    if (caller.role === 'ENTERPRISE' && caller.enterpriseId !== enterprise.id) return [];
    return (await loaders.disputesByEnterprise.load(enterprise.id)).slice(0, limit);
  },
};
