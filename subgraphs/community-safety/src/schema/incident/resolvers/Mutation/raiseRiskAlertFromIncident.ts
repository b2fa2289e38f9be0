import type { MutationResolvers } from '../../../types.generated';
import { raiseRiskAlertFromIncident as raise } from '../../../../services/departments';

export const raiseRiskAlertFromIncident: NonNullable<MutationResolvers['raiseRiskAlertFromIncident']> = (_p, { id, expectedVersion, input }, ctx) =>
  raise(ctx, id, expectedVersion, input);
