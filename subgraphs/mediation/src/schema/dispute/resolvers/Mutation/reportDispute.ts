import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/disputes';

export const reportDispute: NonNullable<MutationResolvers['reportDispute']> = (_p, { input }, ctx) => service.reportDispute(ctx, input);
