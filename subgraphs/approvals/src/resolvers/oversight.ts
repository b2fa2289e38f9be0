import { labelOf } from '@pecg/common';
import type { EnterpriseCreditMarkResolvers, EvaluationResolvers, SupervisionCaseResolvers } from '../__generated__/resolvers-types';
import { EVALUATION_RATING_LABELS, FOLLOW_UP_STATUS_LABELS, SUPERVISION_CLASSIFICATION_LABELS, SUPERVISION_STATUS_LABELS, SUPERVISION_TRIGGER_LABELS } from '../labels';

export const SupervisionCase: SupervisionCaseResolvers = {
  id: (c) => c._id.toHexString(),
  triggerLabel: (c) => labelOf(SUPERVISION_TRIGGER_LABELS, c.trigger)!,
  enterprise: (c) => ({ id: c.enterpriseId.toHexString() }),
  application: (c, _args, { loaders }) => (c.applicationId ? loaders.applicationById.load(c.applicationId.toHexString()) : null),
  classificationLabel: (c) => labelOf(SUPERVISION_CLASSIFICATION_LABELS, c.classification),
  statusLabel: (c) => labelOf(SUPERVISION_STATUS_LABELS, c.status)!,
  escalated: (c) => Boolean(c.escalated),
};

export const Evaluation: EvaluationResolvers = {
  id: (e) => e._id.toHexString(),
  application: async (e, _args, { loaders }) => (await loaders.applicationById.load(e.applicationId.toHexString()))!,
  enterprise: (e) => ({ id: e.enterpriseId.toHexString() }),
  ratingLabel: (e) => labelOf(EVALUATION_RATING_LABELS, e.rating)!,
  followUpStatusLabel: (e) => labelOf(FOLLOW_UP_STATUS_LABELS, e.followUpStatus)!,
};

export const EnterpriseCreditMark: EnterpriseCreditMarkResolvers = {
  id: (m) => m._id.toHexString(),
  enterprise: (m) => ({ id: m.enterpriseId.toHexString() }),
  lastBrokenApplicationId: (m) => m.lastBrokenApplicationId?.toHexString() ?? null,
};
