import type { MutationResolvers } from '../../../types.generated';
import { update__Entity__ as update } from '../../../../services/__module__';

export const update__Entity__: NonNullable<MutationResolvers['update__Entity__']> = (_p, { id, expectedVersion, input }, ctx) =>
  update(ctx, id, expectedVersion, input);
