import { pageSize, referenceId } from '@pecg/common';
import type { EnterpriseResolvers } from '../__generated__/resolvers-types';
import { canSeeEnterprise } from '../services/lists';

/** Enterprise is owned by the enterprises subgraph; here it gains its applications and 容缺 credit mark. */
export const Enterprise: EnterpriseResolvers = {
  __resolveReference: (reference) => ({ id: referenceId(reference) }),
  // one grouped query for every enterprise in the request, then the latest N of each
  applications: async (enterprise, { first }, { loaders, caller }) => {
    const limit = pageSize(first);
    if (!canSeeEnterprise(caller, enterprise.id)) return [];
    return (await loaders.applicationsByEnterprise.load(enterprise.id)).slice(0, limit);
  },
  creditMark: async (enterprise, _args, { loaders, caller }) => (canSeeEnterprise(caller, enterprise.id) ? ((await loaders.creditMarkByEnterprise.load(enterprise.id))[0] ?? null) : null),
};
