import type { EnumLabels } from '@pecg/common';
import type { __Entity__Status } from './models';

/** Chinese labels of the __name__ subgraph's enum values (the same text opens each SDL description). */
export const __ENTITY___STATUS_LABELS: EnumLabels<__Entity__Status> = {
  ACTIVE: '有效',
  ARCHIVED: '已归档',
};
