import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';

/** null for an unknown id and for an enterprise the caller may not see (the read policy: it does not exist). */
export const enterprise: NonNullable<QueryResolvers['enterprise']> = (_parent, { id }, { loaders }) => loaders.enterpriseById.load(parseId(id).toHexString());
