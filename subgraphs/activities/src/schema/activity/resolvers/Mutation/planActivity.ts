import type { MutationResolvers } from '../../../types.generated';
import { planActivity as plan } from '../../../../services/activities';

export const planActivity: NonNullable<MutationResolvers['planActivity']> = (_p, { input }, ctx) => plan(ctx, input);
