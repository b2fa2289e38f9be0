import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';
import { requireSees } from '../../scope';

export const enterprise: NonNullable<QueryResolvers['enterprise']> = (_parent, { id }, { loaders, caller }) => {
  requireSees(caller, parseId(id).toHexString());
  return loaders.enterpriseById.load(id);
};
