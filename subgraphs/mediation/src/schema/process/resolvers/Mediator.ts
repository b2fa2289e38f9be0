import type { MediatorResolvers } from '../../types.generated';

export const Mediator: MediatorResolvers = {
  __resolveType: (m) => m.__typename,
};
