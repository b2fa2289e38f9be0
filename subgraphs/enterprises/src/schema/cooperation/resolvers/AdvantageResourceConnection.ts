import { connectionResolvers } from '@pecg/common';
import type { AdvantageResourceConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const AdvantageResourceConnection: AdvantageResourceConnectionResolvers = connectionResolvers;
