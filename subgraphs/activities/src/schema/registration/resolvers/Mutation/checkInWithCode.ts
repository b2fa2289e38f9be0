import type { MutationResolvers } from '../../../types.generated';
import * as service from '../../../../services/check-in';

export const checkInWithCode: NonNullable<MutationResolvers['checkInWithCode']> = (_p, { activityId, code }, ctx) =>
  service.checkInWithCode(ctx, activityId, code);
