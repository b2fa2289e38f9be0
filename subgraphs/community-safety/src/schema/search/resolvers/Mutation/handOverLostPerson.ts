import type { MutationResolvers } from '../../../types.generated';
import { handOver } from '../../../../services/searches';

export const handOverLostPerson: NonNullable<MutationResolvers['handOverLostPerson']> = (_p, { id, expectedVersion, to }, ctx) =>
  handOver(ctx, id, expectedVersion, to);
