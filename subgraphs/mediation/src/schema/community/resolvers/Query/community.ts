import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';

export const community: NonNullable<QueryResolvers['community']> = (_p, { id }, { loaders }) => loaders.communityById.load(parseId(id).toHexString());
