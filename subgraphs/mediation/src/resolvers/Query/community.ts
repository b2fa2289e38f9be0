import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const community: QueryResolvers['community'] = (_p, { id }, { loaders }) => loaders.communityById.load(parseId(id).toHexString());
