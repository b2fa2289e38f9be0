import { pageSize, projectionOf, resolveEnterpriseReference } from '@pecg/common';
import type { EnterpriseResolvers } from '../../types.generated';
import { APPLICATION_FIELDS } from '../../application/resolvers/Application';

/**
 * Enterprise is owned by the enterprises subgraph; here it gains its applications and 容缺 credit mark.
 * READ_POLICY scopes both loaders: for an ENTERPRISE caller another enterprise has no applications and no mark.
 */
export const Enterprise: EnterpriseResolvers = {
  /** An enterprise the caller may not see (READ_POLICY) is null here, as in the enterprises subgraph that owns it. */
  __resolveReference: (reference) => resolveEnterpriseReference(reference),
  // one aggregation for every enterprise in the request, returning at most N of each, with the fields the selection reads
  applications: (enterprise, { first }, { loaders }, info) =>
    loaders.latestApplicationsByEnterprise(projectionOf(info, APPLICATION_FIELDS)).load(enterprise.id, pageSize(first)),
  creditMark: async (enterprise, _args, { loaders }) => (await loaders.creditMarkByEnterprise.load(enterprise.id))[0] ?? null,
};
