import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const activity: QueryResolvers['activity'] = (_p, { id }, { loaders }) => loaders.activityById.load(parseId(id).toHexString());
