import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const volunteer: QueryResolvers['volunteer'] = (_p, { id }, { loaders }) => loaders.volunteerById.load(parseId(id).toHexString());
