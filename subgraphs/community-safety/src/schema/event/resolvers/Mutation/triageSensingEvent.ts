import type { MutationResolvers } from '../../../types.generated';
import { triageSensingEvent as triage } from '../../../../services/incidents';

export const triageSensingEvent: NonNullable<MutationResolvers['triageSensingEvent']> = (_p, { id, input }, ctx) => triage(ctx, id, input);
