import type { MutationResolvers } from '../../../types.generated';
import { markFound } from '../../../../services/searches';

export const markLostPersonFound: NonNullable<MutationResolvers['markLostPersonFound']> = (_p, { id, expectedVersion, place }, ctx) =>
  markFound(ctx, id, expectedVersion, place);
