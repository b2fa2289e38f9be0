import type { MutationResolvers } from '../../../types.generated';
import { recordHigherAuthorityDecision as record } from '../../../../services/forwarding';

export const recordHigherAuthorityDecision: NonNullable<MutationResolvers['recordHigherAuthorityDecision']> = (_parent, { id, expectedVersion, input }, ctx) =>
  record(ctx, id, expectedVersion, input);
