import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';

export const venue: NonNullable<QueryResolvers['venue']> = (_p, { id }, { loaders }) => loaders.venueById.load(parseId(id).toHexString());
