import { connectionResolvers } from '@pecg/common';
import type { LostPersonCaseConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const LostPersonCaseConnection: LostPersonCaseConnectionResolvers = connectionResolvers as LostPersonCaseConnectionResolvers;
