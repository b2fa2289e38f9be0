import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/feedback';

export const leaveFeedback: NonNullable<MutationResolvers['leaveFeedback']> = (_p, { input }, ctx) => service.leaveFeedback(ctx, input);
