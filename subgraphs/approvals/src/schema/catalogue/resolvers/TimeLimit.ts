import { labelOf } from '@pecg/common';
import type { TimeLimitResolvers } from '../../types.generated';
import { TIME_UNIT_LABELS } from '../../../labels';

export const TimeLimit: TimeLimitResolvers = {
  unitLabel: (limit) => labelOf(TIME_UNIT_LABELS, limit.unit)!,
  text: (limit) => (limit.unit === 'WORKING_DAYS' ? `${limit.value}个工作日` : `${limit.value}日`),
};
