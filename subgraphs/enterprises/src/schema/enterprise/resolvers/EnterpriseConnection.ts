import { connectionResolvers } from '@pecg/common';
import type { EnterpriseConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const EnterpriseConnection: EnterpriseConnectionResolvers = connectionResolvers;
