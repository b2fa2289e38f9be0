import type { EnterpriseCreditMarkResolvers } from '../../types.generated';

export const EnterpriseCreditMark: EnterpriseCreditMarkResolvers = {
  id: (m) => m._id.toHexString(),
  enterprise: (m) => ({ id: m.enterpriseId.toHexString() }),
  lastBrokenApplicationId: (m) => m.lastBrokenApplicationId?.toHexString() ?? null,
};
