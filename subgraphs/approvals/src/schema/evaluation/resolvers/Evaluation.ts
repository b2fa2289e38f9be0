import { labelOf } from '@pecg/common';
import type { EvaluationResolvers } from '../../types.generated';
import { EVALUATION_RATING_LABELS, FOLLOW_UP_STATUS_LABELS } from '../../../labels';

export const Evaluation: EvaluationResolvers = {
  id: (e) => e._id.toHexString(),
  application: async (e, _args, { loaders }) => (await loaders.applicationById.load(e.applicationId.toHexString()))!,
  enterprise: (e) => ({ id: e.enterpriseId.toHexString() }),
  ratingLabel: (e) => labelOf(EVALUATION_RATING_LABELS, e.rating)!,
  followUpStatusLabel: (e) => labelOf(FOLLOW_UP_STATUS_LABELS, e.followUpStatus)!,
};
