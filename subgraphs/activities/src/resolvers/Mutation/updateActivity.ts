import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/activity-changes';

export const updateActivity: MutationResolvers['updateActivity'] = (_p, { id, expectedVersion, input }, ctx) => service.updateActivity(ctx, id, expectedVersion, input);
