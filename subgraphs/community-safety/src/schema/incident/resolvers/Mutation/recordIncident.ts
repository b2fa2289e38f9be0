import type { MutationResolvers } from '../../../types.generated';
import { recordIncident as record } from '../../../../services/incidents';

export const recordIncident: NonNullable<MutationResolvers['recordIncident']> = (_p, { input }, ctx) => record(ctx, input);
