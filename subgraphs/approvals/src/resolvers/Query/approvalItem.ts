import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const approvalItem: QueryResolvers['approvalItem'] = (_parent, { id }, { loaders }) => loaders.itemById.load(parseId(id).toHexString());
