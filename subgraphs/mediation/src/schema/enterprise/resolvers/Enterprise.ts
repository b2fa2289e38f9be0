import { enterpriseReference, pageSize, projectionOf, referenceId } from '@pecg/common';
import type { EnterpriseResolvers } from '../../types.generated';
import { DISPUTE_FIELDS } from '../../dispute/resolvers/Dispute';

export const Enterprise: EnterpriseResolvers = {
  /** Null for an enterprise the caller may not see (READ_POLICY), as for one that does not exist. */
  __resolveReference: (reference) => enterpriseReference(referenceId(reference)),
  /**
   * One aggregation for any number of enterprises, returning at most N of each, with the fields the
   * selection reads; READ_POLICY leaves out the disputes the caller may not see.
   */
  disputes: (enterprise, { first }, { loaders }, info) =>
    loaders.latestDisputesByEnterprise(projectionOf(info, DISPUTE_FIELDS)).load(enterprise.id, pageSize(first)),
};
