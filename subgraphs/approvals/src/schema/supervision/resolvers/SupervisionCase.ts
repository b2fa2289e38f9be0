import { labelOf } from '@pecg/common';
import type { SupervisionCaseResolvers } from '../../types.generated';
import { SUPERVISION_CLASSIFICATION_LABELS, SUPERVISION_STATUS_LABELS, SUPERVISION_TRIGGER_LABELS } from '../../../labels';

export const SupervisionCase: SupervisionCaseResolvers = {
  id: (c) => c._id.toHexString(),
  triggerLabel: (c) => labelOf(SUPERVISION_TRIGGER_LABELS, c.trigger)!,
  enterprise: (c) => ({ id: c.enterpriseId.toHexString() }),
  application: (c, _args, { loaders }) => (c.applicationId ? loaders.applicationById.load(c.applicationId.toHexString()) : null),
  classificationLabel: (c) => labelOf(SUPERVISION_CLASSIFICATION_LABELS, c.classification),
  statusLabel: (c) => labelOf(SUPERVISION_STATUS_LABELS, c.status)!,
  escalated: (c) => Boolean(c.escalated),
};
