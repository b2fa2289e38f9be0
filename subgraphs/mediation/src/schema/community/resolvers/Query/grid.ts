import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';

export const grid: NonNullable<QueryResolvers['grid']> = (_p, { id }, { loaders }) => loaders.gridById.load(parseId(id).toHexString());
