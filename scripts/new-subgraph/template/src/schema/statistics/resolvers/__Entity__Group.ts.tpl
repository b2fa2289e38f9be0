import type { __Entity__GroupResolvers } from '../../types.generated';

export const __Entity__Group: __Entity__GroupResolvers = {
  enterprise: (group) => (group.recordIds.ENTERPRISE ? { __typename: 'Enterprise', id: group.recordIds.ENTERPRISE } : null),
};
