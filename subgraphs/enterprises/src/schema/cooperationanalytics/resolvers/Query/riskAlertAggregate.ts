import type { QueryResolvers } from '../../../types.generated';
import { riskAlertAggregate as aggregate } from '../../../../services/cooperation-aggregates';

export const riskAlertAggregate: NonNullable<QueryResolvers['riskAlertAggregate']> = (_parent, { filter, ...args }, ctx) => aggregate(ctx, filter, args);
