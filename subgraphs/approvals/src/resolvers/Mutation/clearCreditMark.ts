import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as credit from '../../services/credit';

export const clearCreditMark: MutationResolvers['clearCreditMark'] = (_parent, args, ctx) => credit.clearCreditMark(ctx, args.enterpriseId, args.expectedVersion, args.input);
