import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const grid: QueryResolvers['grid'] = (_p, { id }, { loaders }) => loaders.gridById.load(parseId(id).toHexString());
