import type { MutationResolvers } from '../../../types.generated';
import { startSearch } from '../../../../services/searches';

export const startLostPersonSearch: NonNullable<MutationResolvers['startLostPersonSearch']> = (_p, { id, expectedVersion }, ctx) =>
  startSearch(ctx, id, expectedVersion);
