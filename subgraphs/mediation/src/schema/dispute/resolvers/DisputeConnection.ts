import { connectionResolvers } from '@pecg/common';
import type { DisputeConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const DisputeConnection: DisputeConnectionResolvers = connectionResolvers as DisputeConnectionResolvers;
