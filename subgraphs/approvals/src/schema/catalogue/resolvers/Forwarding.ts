import type { ForwardingResolvers } from '../../types.generated';

/** The forwarding step as stored (the higher authority's clock is null when the law sets none). */
export const Forwarding: ForwardingResolvers = {
  authorityLimit: (forwarding) => forwarding.authorityLimit ?? null,
};
