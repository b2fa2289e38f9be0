import { labelOf } from '@pecg/common';
import type { CommitmentResolvers } from '../../types.generated';
import { COMMITMENT_STATUS_LABELS } from '../../../labels';

export const Commitment: CommitmentResolvers = {
  outstandingMaterialCodes: (c) => {
    const present = new Set(c.application.materials.filter((m) => m.submittedAt.getTime() <= c.deadline.getTime()).map((m) => m.code));
    return c.missingMaterialCodes.filter((code) => !present.has(code));
  },
  statusLabel: (c) => labelOf(COMMITMENT_STATUS_LABELS, c.status)!,
};
