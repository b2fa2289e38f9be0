import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';

export const policeOfficer: NonNullable<QueryResolvers['policeOfficer']> = (_parent, { id }, { loaders }) => {
  parseId(id);
  return loaders.officerById.load(id);
};
