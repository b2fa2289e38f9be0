import { labelOf } from '@pecg/common';
import type { ApplicationStatusCountResolvers } from '../../types.generated';
import { APPLICATION_STATUS_LABELS } from '../../../labels';

export const ApplicationStatusCount: ApplicationStatusCountResolvers = {
  status: (row) => (row as unknown as { key: string }).key as never,
  statusLabel: (row) => labelOf(APPLICATION_STATUS_LABELS, (row as unknown as { key: keyof typeof APPLICATION_STATUS_LABELS }).key)!,
};
