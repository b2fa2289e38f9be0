import { loadExisting, pageSize, projectionOf, referenceId } from '@pecg/common';
import type { EnterpriseResolvers } from '../../types.generated';
import { REGISTRATION_FIELDS } from '../../registration/resolvers/Registration';

export const Enterprise: EnterpriseResolvers = {
  __resolveReference: (reference) => ({ id: referenceId(reference) }),
  /** Two batched queries for any number of enterprises: the distinct attended activity ids (grouped in the database), then the activities. */
  activitiesAttended: async (enterprise, _a, { loaders }) => {
    const ids = await loaders.attendedActivityIdsByEnterprise.load(enterprise.id);
    const activities = await loadExisting(loaders.activityById, ids);
    return activities.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime() || (b._id > a._id ? 1 : -1));
  },
  activityRegistrations: async (enterprise, { first }, { loaders, caller }, info) => {
    if (caller.role === 'ENTERPRISE' && caller.enterpriseId !== enterprise.id) return [];
    const limit = pageSize(first, 100, 10);
    return loaders.latestRegistrationsByEnterprise(projectionOf(info, REGISTRATION_FIELDS)).load(enterprise.id, limit);
  },
};
