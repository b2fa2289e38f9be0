import { labelOf } from '@pecg/common';
import type { ApplicationTransitionResolvers } from '../../types.generated';
import { APPLICATION_STATUS_LABELS } from '../../../labels';

export const ApplicationTransition: ApplicationTransitionResolvers = {
  toLabel: (t) => labelOf(APPLICATION_STATUS_LABELS, t.to)!,
};
