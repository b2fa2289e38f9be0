import type { MutationResolvers } from '../../../types.generated';
import * as alerts from '../../../../services/alerts';

export const advanceRiskAlert: NonNullable<MutationResolvers['advanceRiskAlert']> = (_parent, args, ctx) =>
  alerts.advanceRiskAlert(ctx, args.id, args.expectedVersion, args.input);
