import type { MutationResolvers } from '../../../types.generated';
import { planShift } from '../../../../services/patrols';

export const planPatrolShift: NonNullable<MutationResolvers['planPatrolShift']> = (_p, { input }, ctx) => planShift(ctx, input);
