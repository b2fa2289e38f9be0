import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/performance';

export const urgePerformance: NonNullable<MutationResolvers['urgePerformance']> = (_p, { id, expectedVersion, notes }, ctx) =>
  service.urgePerformance(ctx, id, expectedVersion, notes);
