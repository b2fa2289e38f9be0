import { labelOf } from '@pecg/common';
import { __ENTITY___STATUS_LABELS } from '../../../labels';
import type { __Entity__StatusCountResolvers } from '../../types.generated';

export const __Entity__StatusCount: __Entity__StatusCountResolvers = {
  label: (row) => labelOf(__ENTITY___STATUS_LABELS, row.key)!,
};
