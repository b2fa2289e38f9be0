import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';

/** Null for an unknown id, and for a dispute the caller may not see (READ_POLICY: exactly as unknown). */
export const dispute: NonNullable<QueryResolvers['dispute']> = (_p, { id }, { loaders }) => loaders.disputeById.load(parseId(id).toHexString());
