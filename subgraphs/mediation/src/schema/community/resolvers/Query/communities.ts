import type { QueryResolvers } from '../../../types.generated';
import { listCommunities } from '../../../../services/lists';

export const communities: NonNullable<QueryResolvers['communities']> = (_p, _a, ctx) => listCommunities(ctx);
