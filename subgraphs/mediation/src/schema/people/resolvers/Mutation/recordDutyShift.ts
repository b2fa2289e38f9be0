import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/volunteers';

export const recordDutyShift: NonNullable<MutationResolvers['recordDutyShift']> = (_p, { input }, ctx) => service.recordDutyShift(ctx, input);
