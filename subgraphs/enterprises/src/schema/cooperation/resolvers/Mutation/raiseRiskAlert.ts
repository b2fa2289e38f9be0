import type { MutationResolvers } from '../../../types.generated';
import * as alerts from '../../../../services/alerts';

export const raiseRiskAlert: NonNullable<MutationResolvers['raiseRiskAlert']> = (_parent, args, ctx) => alerts.raiseRiskAlert(ctx, args.input);
