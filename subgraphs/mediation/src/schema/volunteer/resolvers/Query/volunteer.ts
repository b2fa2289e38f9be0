import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';

export const volunteer: NonNullable<QueryResolvers['volunteer']> = (_p, { id }, { loaders }) => loaders.volunteerById.load(parseId(id).toHexString());
