import { pageSize, projectionOf, referenceId } from '@pecg/common';
import type { EnterpriseResolvers } from '../../types.generated';
import { canSeeEnterprise } from '../../../services/lists';
import { APPLICATION_FIELDS } from '../../application/resolvers/Application';

/** Enterprise is owned by the enterprises subgraph; here it gains its applications and 容缺 credit mark. */
export const Enterprise: EnterpriseResolvers = {
  __resolveReference: (reference) => ({ id: referenceId(reference) }),
  // one aggregation for every enterprise in the request, returning at most N of each, with the fields the selection reads
  applications: async (enterprise, { first }, { loaders, caller }, info) => {
    const limit = pageSize(first);
    if (!canSeeEnterprise(caller, enterprise.id)) return [];
    return loaders.latestApplicationsByEnterprise(projectionOf(info, APPLICATION_FIELDS)).load(enterprise.id, limit);
  },
  creditMark: async (enterprise, _args, { loaders, caller }) => (canSeeEnterprise(caller, enterprise.id) ? ((await loaders.creditMarkByEnterprise.load(enterprise.id))[0] ?? null) : null),
};
