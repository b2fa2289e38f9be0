import type { MutationResolvers } from '../../../types.generated';
import { reportLostPerson as report } from '../../../../services/searches';

export const reportLostPerson: NonNullable<MutationResolvers['reportLostPerson']> = (_p, { input }, ctx) => report(ctx, input);
