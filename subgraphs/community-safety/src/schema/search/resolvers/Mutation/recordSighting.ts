import type { MutationResolvers } from '../../../types.generated';
import { recordSighting as record } from '../../../../services/searches';

export const recordSighting: NonNullable<MutationResolvers['recordSighting']> = (_p, { id, expectedVersion, input }, ctx) =>
  record(ctx, id, expectedVersion, input);
