import { connectionResolvers } from '@pecg/common';
import type { DutyShiftConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const DutyShiftConnection: DutyShiftConnectionResolvers = connectionResolvers as DutyShiftConnectionResolvers;
