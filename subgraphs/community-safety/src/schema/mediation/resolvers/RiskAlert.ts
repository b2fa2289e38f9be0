import type { RiskAlertResolvers } from '../../types.generated';

export const RiskAlert: RiskAlertResolvers = {
  /** Only the key: the alert itself (and who may see it) is the enterprises subgraph's. */
  __resolveReference: (reference) => ({ id: reference.id }),
  /** The incident that raised it; null when none, or when the caller may not see it (READ_POLICY). */
  sourceIncident: async (alert, _a, { loaders }) => (await loaders.incidentByRiskAlert.load(alert.id, 1))[0] ?? null,
};
