import { connectionResolvers } from '@pecg/common';
import type { ActivityConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const ActivityConnection: ActivityConnectionResolvers = connectionResolvers as ActivityConnectionResolvers;
