import { labelOf, referenceId, type FieldNeeds } from '@pecg/common';
import { DISPUTE_KIND_LABELS, DISPUTE_LEVEL_LABELS, DISPUTE_STATUS_LABELS, INTAKE_CHANNEL_LABELS, PARTY_ROLE_LABELS, SESSION_MODE_LABELS } from '../labels';
import type { DisputePartyResolvers, DisputeResolvers, DisputeStatusChangeResolvers, EscalationResolvers, MediationSessionResolvers } from '../__generated__/resolvers-types';
import { canReadDispute } from '../services/access';

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

/** Party names, phones and ID numbers go through the PII gate: masked for most roles, audited when clear. */
export const DisputeParty: DisputePartyResolvers = {
  name: (p, _a, { pii }) => pii.reveal('NAME', p.name, 'Dispute', p.disputeId, `parties.${p.index}.name`) ?? '',
  phone: (p, _a, { pii }) => pii.reveal('PHONE', p.phone, 'Dispute', p.disputeId, `parties.${p.index}.phone`),
  idNumber: (p, _a, { pii }) => pii.reveal('ID_NUMBER', p.idNumber, 'Dispute', p.disputeId, `parties.${p.index}.idNumber`),
  roleLabel: (p) => PARTY_ROLE_LABELS[p.role],
  enterprise: (p) => (p.enterpriseId ? { id: p.enterpriseId.toHexString() } : null),
};

export const Escalation: EscalationResolvers = {
  fromLabel: (e) => DISPUTE_LEVEL_LABELS[e.from],
  toLabel: (e) => DISPUTE_LEVEL_LABELS[e.to],
};

export const DisputeStatusChange: DisputeStatusChangeResolvers = {
  fromLabel: (c) => labelOf(DISPUTE_STATUS_LABELS, c.from),
  toLabel: (c) => DISPUTE_STATUS_LABELS[c.to],
};

export const MediationSession: MediationSessionResolvers = {
  modeLabel: (s) => SESSION_MODE_LABELS[s.mode],
};
