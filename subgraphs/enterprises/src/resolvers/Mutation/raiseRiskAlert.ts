import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as alerts from '../../services/alerts';

export const raiseRiskAlert: MutationResolvers['raiseRiskAlert'] = (_parent, args, ctx) => alerts.raiseRiskAlert(ctx, args.input);
