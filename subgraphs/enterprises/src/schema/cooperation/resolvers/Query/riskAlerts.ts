import type { QueryResolvers } from '../../../types.generated';
import { listRiskAlerts } from '../../../../services/lists';

export const riskAlerts: NonNullable<QueryResolvers['riskAlerts']> = (_parent, args, ctx) => listRiskAlerts(ctx, args);
