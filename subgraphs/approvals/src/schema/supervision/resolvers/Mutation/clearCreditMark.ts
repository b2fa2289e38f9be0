import type { MutationResolvers } from '../../../types.generated';
import * as credit from '../../../../services/credit';

export const clearCreditMark: NonNullable<MutationResolvers['clearCreditMark']> = (_parent, args, ctx) =>
  credit.clearCreditMark(ctx, args.enterpriseId, args.expectedVersion, args.input);
