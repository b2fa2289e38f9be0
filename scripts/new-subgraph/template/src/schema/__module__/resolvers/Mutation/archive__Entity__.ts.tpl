import type { MutationResolvers } from '../../../types.generated';
import { archive__Entity__ as archive } from '../../../../services/__module__';

export const archive__Entity__: NonNullable<MutationResolvers['archive__Entity__']> = (_p, { id, expectedVersion, reason }, ctx) =>
  archive(ctx, id, expectedVersion, reason);
