import { labelOf } from '@pecg/common';
import { PARTY_ROLE_LABELS } from '../../../labels';
import type { MediatorChangeResolvers } from '../../types.generated';
import { mediatorsOf } from '../mediator-refs';

export const MediatorChange: MediatorChangeResolvers = {
  from: (c, _a, ctx) => mediatorsOf(c.from, ctx),
  to: (c, _a, ctx) => mediatorsOf(c.to, ctx),
  requestedBy: (c) => c.requestedBy ?? null,
  requestedByLabel: (c) => labelOf(PARTY_ROLE_LABELS, c.requestedBy),
  changed: (c, _a, { pii }) => pii.revealStamp(c.changed, c.disputeId, `mediatorChanges.${c.index}.changed`),
};
