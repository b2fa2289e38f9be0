import type { DisputeResolvers } from '../../types.generated';

export const Dispute: DisputeResolvers = {
  /** Only the key: the dispute itself (and who may see it) is the mediation subgraph's. */
  __resolveReference: (reference) => ({ id: reference.id }),
  /** The incident it came from; null when none, or when the caller may not see it (READ_POLICY). */
  sourceIncident: async (d, _a, { loaders }) => (await loaders.incidentByDispute.load(d.id, 1))[0] ?? null,
};
