import { labelOf } from '@pecg/common';
import type { ApplicationStatusCountResolvers } from '../../types.generated';
import { APPLICATION_STATUS_LABELS } from '../../../labels';

type Row = { key: keyof typeof APPLICATION_STATUS_LABELS; count: number };
const label = (row: unknown) => labelOf(APPLICATION_STATUS_LABELS, (row as Row).key)!;

/** `{ key label count }`; `status` and `statusLabel` are the deprecated names of key and label. */
export const ApplicationStatusCount: ApplicationStatusCountResolvers = {
  key: (row) => (row as unknown as Row).key,
  label: (row) => label(row),
  status: (row) => (row as unknown as Row).key,
  statusLabel: (row) => label(row),
};
