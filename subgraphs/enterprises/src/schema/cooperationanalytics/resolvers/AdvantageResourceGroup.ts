import type { AdvantageResourceGroupResolvers } from '../../types.generated';

/** A group of the aggregate: keys and measures as computed; the enterprise of an ENTERPRISE group through the request's loader (null if the caller may not see it). */
export const AdvantageResourceGroup: AdvantageResourceGroupResolvers = {
  enterprise: (g, _args, { loaders }) => (g.recordIds.ENTERPRISE ? loaders.enterpriseById.load(g.recordIds.ENTERPRISE) : null),
};
