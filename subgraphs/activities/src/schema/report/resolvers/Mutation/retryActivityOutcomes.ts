import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/closing';

export const retryActivityOutcomes: NonNullable<MutationResolvers['retryActivityOutcomes']> = (_p, { id }, ctx) => service.retryActivityOutcomes(ctx, id);
