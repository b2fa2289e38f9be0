import { connectionResolvers } from '@pecg/common';
import type { PatrolShiftConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const PatrolShiftConnection: PatrolShiftConnectionResolvers = connectionResolvers as PatrolShiftConnectionResolvers;
