import type { QueryResolvers } from '../../../types.generated';
import { listServiceNeeds } from '../../../../services/lists';

export const serviceNeeds: NonNullable<QueryResolvers['serviceNeeds']> = (_parent, args, ctx) => listServiceNeeds(ctx, args);
