import type { QueryResolvers } from '../../../types.generated';
import { listRiskAlerts } from '../../../../services/lists';

export const riskAlerts: NonNullable<QueryResolvers['riskAlerts']> = (_parent, args, { models, caller }) => listRiskAlerts(models, caller, args);
