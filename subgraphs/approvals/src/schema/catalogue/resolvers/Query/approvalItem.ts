import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';

export const approvalItem: NonNullable<QueryResolvers['approvalItem']> = (_parent, { id }, { loaders }) => loaders.itemById.load(parseId(id).toHexString());
