import type { MutationResolvers } from '../../../types.generated';
import * as needs from '../../../../services/needs';

export const raiseServiceNeed: NonNullable<MutationResolvers['raiseServiceNeed']> = (_parent, args, ctx) => needs.raiseServiceNeed(ctx, args.input);
