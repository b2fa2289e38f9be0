import type { MutationResolvers } from '../../../types.generated';
import { create__Entity__ as create } from '../../../../services/__module__';

export const create__Entity__: NonNullable<MutationResolvers['create__Entity__']> = (_p, { input }, ctx) => create(ctx, input);
