import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const policeOfficer: QueryResolvers['policeOfficer'] = (_parent, { id }, { loaders }) => {
  parseId(id);
  return loaders.officerById.load(id);
};
