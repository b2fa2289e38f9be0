import type { TriageResultResolvers } from '../../types.generated';

export const TriageResult: TriageResultResolvers = {
  event: (r) => r.event,
  incident: (r) => r.incident,
};
