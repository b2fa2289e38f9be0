import { enterpriseReferences, type FieldNeeds, labelOf, pageSize, referenceId } from '@pecg/common';
import { DISPUTE_KIND_LABELS, DISPUTE_LEVEL_LABELS, DISPUTE_STATUS_LABELS, INTAKE_CHANNEL_LABELS, PERFORMANCE_LABELS, URGENCY_LABELS } from '../../../labels';
import { disputeTimeRules } from '../../../services/time-rules';
import { mediatorsOf } from '../../process/mediator-refs';
import type { DisputeResolvers } from '../../types.generated';

/** Each element of an embedded list with the dispute it belongs to and its index (PII audit records name both). */
const placed = <T>(d: { _id: { toHexString(): string } }, items: T[] | null | undefined) =>
  (items ?? []).map((item, index) => ({ ...item, disputeId: d._id.toHexString(), index }));

export const Dispute: DisputeResolvers = {
  /** Null for an unknown dispute and for one the caller may not see (READ_POLICY narrows the loader's read). */
  __resolveReference: (reference, { loaders }) => loaders.disputeById.load(referenceId(reference)),
  id: (d) => d._id.toHexString(),
  kindLabel: (d) => DISPUTE_KIND_LABELS[d.kind],
  urgency: (d) => d.urgency ?? 'NORMAL',
  urgencyLabel: (d) => URGENCY_LABELS[d.urgency ?? 'NORMAL'],
  acceptedAt: (d) => d.acceptedAt ?? null,
  securityMediation: (d) => Boolean(d.securityMediation),
  declined: (d) => (d.declined ? { ...d.declined, disputeId: d._id.toHexString() } : null),
  mediators: (d, _a, ctx) => mediatorsOf(d.mediators, ctx),
  mediatorChanges: (d) => placed(d, d.mediatorChanges),
  endNotice: (d) => (d.endNotice ? { ...d.endNotice, disputeId: d._id.toHexString() } : null),
  performance: (d) => d.performance ?? null,
  performanceLabel: (d) => labelOf(PERFORMANCE_LABELS, d.performance),
  urges: (d) => placed(d, d.urges),
  courtAction: (d) => (d.courtAction ? { ...d.courtAction, disputeId: d._id.toHexString() } : null),
  closedAt: (d) => d.closedAt ?? null,
  timeRules: (d, { asOf }) => disputeTimeRules(d, asOf),
  levelLabel: (d) => DISPUTE_LEVEL_LABELS[d.level],
  statusLabel: (d) => DISPUTE_STATUS_LABELS[d.status] ?? d.status,
  channelLabel: (d) => INTAKE_CHANNEL_LABELS[d.channel] ?? d.channel,
  resolved: (d) => Boolean(d.resolved),
  resolvedAtLevel: (d) => d.resolvedLevel ?? null,
  resolvedAtLevelLabel: (d) => labelOf(DISPUTE_LEVEL_LABELS, d.resolvedLevel),
  occurredAt: (d) => d.occurredAt ?? null,
  grid: (d, _a, { loaders }) => (d.gridId ? loaders.gridById.load(d.gridId.toHexString()) : null),
  community: (d, _a, { loaders }) => (d.communityId ? loaders.communityById.load(d.communityId.toHexString()) : null),
  parties: (d) => placed(d, d.parties),
  /** Only the enterprises the caller may see (an ENTERPRISE caller: its own). */
  enterprises: (d, { first }) => enterpriseReferences(d.enterpriseIds).slice(0, pageSize(first, 100, 20)),
  escalations: (d) => placed(d, d.escalations),
  sessions: (d) => placed(d, d.sessions),
  agreement: (d) => (d.agreement ? { ...d.agreement, disputeId: d._id.toHexString(), parties: d.parties } : null),
  /** Only once the court confirmed the agreement. */
  judicialConfirmation: (d) =>
    d.judicialConfirmation && (d.judicialConfirmation.outcome ?? (d.judicialConfirmation.confirmedAt ? 'CONFIRMED' : null)) === 'CONFIRMED'
      ? { ...d.judicialConfirmation, disputeId: d._id.toHexString() }
      : null,
  confirmationApplication: (d) => (d.judicialConfirmation ? { ...d.judicialConfirmation, disputeId: d._id.toHexString() } : null),
  followUps: (d) => placed(d, d.followUps),
  history: (d) => placed(d, d.history).map((h) => ({ ...h, action: h.action ?? null, reason: h.reason ?? null })),
  created: (d, _a, { pii }) => pii.revealStamp(d.created, d._id.toHexString(), 'created'),
  updated: (d, _a, { pii }) => pii.revealStamp(d.updated, d._id.toHexString(), 'updated'),
};

/** The document fields each Dispute field resolver reads (projections from the selection: `projectionOf`). */
export const DISPUTE_FIELDS: FieldNeeds = {
  resolvers: Dispute,
  needs: {
    id: [],
    kindLabel: ['kind'],
    urgency: ['urgency'],
    urgencyLabel: ['urgency'],
    acceptedAt: ['acceptedAt'],
    securityMediation: ['securityMediation'],
    declined: ['declined'],
    mediators: ['mediators'],
    mediatorChanges: ['mediatorChanges'],
    endNotice: ['endNotice'],
    performance: ['performance'],
    performanceLabel: ['performance'],
    urges: ['urges'],
    courtAction: ['courtAction'],
    closedAt: ['closedAt'],
    timeRules: ['securityMediation', 'acceptedAt', 'sessions', 'agreement', 'status', 'mediationDueAt', 'followUpDueAt', 'followUps'],
    confirmationApplication: ['judicialConfirmation'],
    levelLabel: ['level'],
    statusLabel: ['status'],
    channelLabel: ['channel'],
    resolved: ['resolved'],
    resolvedAtLevel: ['resolvedLevel'],
    resolvedAtLevelLabel: ['resolvedLevel'],
    occurredAt: ['occurredAt'],
    grid: ['gridId'],
    community: ['communityId'],
    parties: ['parties'],
    enterprises: ['enterpriseIds'],
    escalations: ['escalations'],
    sessions: ['sessions'],
    agreement: ['agreement', 'parties'],
    judicialConfirmation: ['judicialConfirmation'],
    followUps: ['followUps'],
    history: ['history'],
    created: ['created'],
    updated: ['updated'],
  },
};
