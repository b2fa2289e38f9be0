import type { QueryResolvers } from '../../../types.generated';
import { listVolunteers } from '../../../../services/lists';

export const volunteers: NonNullable<QueryResolvers['volunteers']> = (_p, args, ctx) => listVolunteers(ctx, args);
