import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { listRiskAlerts } from '../../services/lists';

export const riskAlerts: QueryResolvers['riskAlerts'] = (_parent, args, { models, caller }) => listRiskAlerts(models, caller, args);
