import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { requireSees } from '../scope';

export const enterprise: QueryResolvers['enterprise'] = (_parent, { id }, { loaders, caller }) => {
  requireSees(caller, parseId(id).toHexString());
  return loaders.enterpriseById.load(id);
};
