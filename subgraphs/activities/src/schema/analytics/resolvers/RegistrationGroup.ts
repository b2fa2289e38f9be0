import type { RegistrationGroupResolvers } from '../../types.generated';

export const RegistrationGroup: RegistrationGroupResolvers = {
  enterprise: (group) => (group.recordIds.ENTERPRISE ? { id: group.recordIds.ENTERPRISE } : null),
  activity: (group, _a, { loaders }) => (group.recordIds.ACTIVITY ? loaders.activityById.load(group.recordIds.ACTIVITY) : null),
};
