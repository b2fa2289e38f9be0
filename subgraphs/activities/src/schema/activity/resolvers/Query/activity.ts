import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';

export const activity: NonNullable<QueryResolvers['activity']> = (_p, { id }, { loaders }) => loaders.activityById.load(parseId(id).toHexString());
