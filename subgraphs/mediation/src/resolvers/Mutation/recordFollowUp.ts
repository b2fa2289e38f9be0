import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/mediation';

export const recordFollowUp: MutationResolvers['recordFollowUp'] = (_p, { id, expectedVersion, visit }, ctx) => service.recordFollowUp(ctx, id, expectedVersion, visit);
