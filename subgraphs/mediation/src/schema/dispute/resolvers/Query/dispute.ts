import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';
import { canReadDispute } from '../../../../services/access';

/** Null for an unknown id, and for ENTERPRISE users when their enterprise is not a party. */
export const dispute: NonNullable<QueryResolvers['dispute']> = async (_p, { id }, { loaders, caller }) => {
  const found = await loaders.disputeById.load(parseId(id).toHexString());
  return found && canReadDispute(caller, found) ? found : null;
};
