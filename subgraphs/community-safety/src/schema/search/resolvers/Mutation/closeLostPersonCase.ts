import type { MutationResolvers } from '../../../types.generated';
import { closeCase } from '../../../../services/searches';

export const closeLostPersonCase: NonNullable<MutationResolvers['closeLostPersonCase']> = (_p, { id, expectedVersion }, ctx) =>
  closeCase(ctx, id, expectedVersion);
