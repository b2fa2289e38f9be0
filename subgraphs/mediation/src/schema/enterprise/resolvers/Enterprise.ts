import { pageSize, projectionOf, referenceId } from '@pecg/common';
import type { EnterpriseResolvers } from '../../types.generated';
import { DISPUTE_FIELDS } from '../../dispute/resolvers/Dispute';

export const Enterprise: EnterpriseResolvers = {
  __resolveReference: (reference) => ({ id: referenceId(reference) }),
  /** One aggregation for any number of enterprises, returning at most N of each, with the fields the selection reads. */
  disputes: async (enterprise, { first }, { loaders, caller }, info) => {
    const limit = pageSize(first);
    if (caller.role === 'ENTERPRISE' && caller.enterpriseId !== enterprise.id) return [];
    return loaders.latestDisputesByEnterprise(projectionOf(info, DISPUTE_FIELDS)).load(enterprise.id, limit);
  },
};
