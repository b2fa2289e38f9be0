import type { MutationResolvers } from '../../../types.generated';
import { recordFiling as record } from '../../../../services/forwarding';

export const recordFiling: NonNullable<MutationResolvers['recordFiling']> = (_parent, { id, expectedVersion }, ctx) => record(ctx, id, expectedVersion);
