import type { MutationResolvers } from '../../../types.generated';
import { forwardApplication as forward } from '../../../../services/forwarding';

export const forwardApplication: NonNullable<MutationResolvers['forwardApplication']> = (_parent, { id, expectedVersion, input }, ctx) =>
  forward(ctx, id, expectedVersion, input);
