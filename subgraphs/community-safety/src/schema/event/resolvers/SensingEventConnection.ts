import { connectionResolvers } from '@pecg/common';
import type { SensingEventConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const SensingEventConnection: SensingEventConnectionResolvers = connectionResolvers as SensingEventConnectionResolvers;
