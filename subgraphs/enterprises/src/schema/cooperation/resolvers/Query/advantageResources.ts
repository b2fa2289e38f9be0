import type { QueryResolvers } from '../../../types.generated';
import { listAdvantageResources } from '../../../../services/lists';

export const advantageResources: NonNullable<QueryResolvers['advantageResources']> = (_parent, args, ctx) => listAdvantageResources(ctx, args);
