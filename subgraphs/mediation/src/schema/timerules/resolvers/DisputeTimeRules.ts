import type { DisputeTimeRulesResolvers } from '../../types.generated';

/** A CST day "2026-03-05" as a Date scalar value. */
const day = (key: string | null) => (key ? new Date(`${key}T00:00:00Z`) : null);

export const DisputeTimeRules: DisputeTimeRulesResolvers = {
  firstSessionDueOn: (r) => day(r.firstSessionDueOn),
  secondSessionDueOn: (r) => day(r.secondSessionDueOn),
  confirmationWindowEndsOn: (r) => day(r.confirmationWindowEndsOn),
};
