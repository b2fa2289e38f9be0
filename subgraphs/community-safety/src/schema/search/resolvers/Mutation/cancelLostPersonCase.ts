import type { MutationResolvers } from '../../../types.generated';
import { cancelCase } from '../../../../services/searches';

export const cancelLostPersonCase: NonNullable<MutationResolvers['cancelLostPersonCase']> = (_p, { id, expectedVersion, reason }, ctx) =>
  cancelCase(ctx, id, expectedVersion, reason);
