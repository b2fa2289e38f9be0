import { connectionResolvers } from '@pecg/common';
import type { SupervisionCaseConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const SupervisionCaseConnection: SupervisionCaseConnectionResolvers = connectionResolvers;
