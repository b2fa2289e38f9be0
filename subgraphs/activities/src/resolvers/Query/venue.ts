import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const venue: QueryResolvers['venue'] = (_p, { id }, { loaders }) => loaders.venueById.load(parseId(id).toHexString());
