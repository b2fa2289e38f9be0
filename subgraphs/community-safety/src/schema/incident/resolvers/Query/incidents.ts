import type { QueryResolvers } from '../../../types.generated';
import { listIncidents } from '../../../../services/lists';

export const incidents: NonNullable<QueryResolvers['incidents']> = (_p, args, ctx) => listIncidents(ctx, args);
