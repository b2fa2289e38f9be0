import { labelOf, referenceId, type FieldNeeds } from '@pecg/common';
import { DISPUTE_KIND_LABELS, DISPUTE_LEVEL_LABELS, DISPUTE_STATUS_LABELS, INTAKE_CHANNEL_LABELS } from '../../../labels';
import type { DisputeResolvers } from '../../types.generated';
import { canReadDispute } from '../../../services/access';

export const Dispute: DisputeResolvers = {
  __resolveReference: async (reference, { loaders, caller }) => {
    const found = await loaders.disputeById.load(referenceId(reference));
    return found && canReadDispute(caller, found) ? found : null;
  },
  id: (d) => d._id.toHexString(),
  kindLabel: (d) => DISPUTE_KIND_LABELS[d.kind],
  levelLabel: (d) => DISPUTE_LEVEL_LABELS[d.level],
  statusLabel: (d) => DISPUTE_STATUS_LABELS[d.status] ?? d.status,
  channelLabel: (d) => INTAKE_CHANNEL_LABELS[d.channel] ?? d.channel,
  resolved: (d) => Boolean(d.resolved),
  resolvedAtLevel: (d) => d.resolvedLevel ?? null,
  resolvedAtLevelLabel: (d) => labelOf(DISPUTE_LEVEL_LABELS, d.resolvedLevel),
  grid: (d, _a, { loaders }) => (d.gridId ? loaders.gridById.load(d.gridId.toHexString()) : null),
  community: (d, _a, { loaders }) => (d.communityId ? loaders.communityById.load(d.communityId.toHexString()) : null),
  parties: (d) => (d.parties ?? []).map((p, index) => ({ ...p, disputeId: d._id.toHexString(), index })),
  enterprises: (d) => (d.enterpriseIds ?? []).map((id) => ({ id: id.toHexString() })),
  escalations: (d) => d.escalations ?? [],
  sessions: (d) => d.sessions ?? [],
  followUps: (d) => d.followUps ?? [],
  history: (d) => d.history ?? [],
};

/** The document fields each Dispute field resolver reads (projections from the selection: `projectionOf`). */
export const DISPUTE_FIELDS: FieldNeeds = {
  resolvers: Dispute,
  needs: {
    id: [],
    kindLabel: ['kind'],
    levelLabel: ['level'],
    statusLabel: ['status'],
    channelLabel: ['channel'],
    resolved: ['resolved'],
    resolvedAtLevel: ['resolvedLevel'],
    resolvedAtLevelLabel: ['resolvedLevel'],
    grid: ['gridId'],
    community: ['communityId'],
    parties: ['parties'],
    enterprises: ['enterpriseIds'],
    escalations: ['escalations'],
    sessions: ['sessions'],
    followUps: ['followUps'],
    history: ['history'],
  },
};
