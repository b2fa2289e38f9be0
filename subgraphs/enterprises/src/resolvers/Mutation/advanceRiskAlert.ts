import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as alerts from '../../services/alerts';

export const advanceRiskAlert: MutationResolvers['advanceRiskAlert'] = (_parent, args, ctx) => alerts.advanceRiskAlert(ctx, args.id, args.expectedVersion, args.input);
