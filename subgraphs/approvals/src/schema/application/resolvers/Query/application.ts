import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';

/** Null when absent — and, by READ_POLICY, when an ENTERPRISE caller asks for another enterprise's application. */
export const application: NonNullable<QueryResolvers['application']> = (_parent, { id }, { loaders }) =>
  loaders.applicationById.load(parseId(id).toHexString());
