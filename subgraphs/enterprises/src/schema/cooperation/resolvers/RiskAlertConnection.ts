import { connectionResolvers } from '@pecg/common';
import type { RiskAlertConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const RiskAlertConnection: RiskAlertConnectionResolvers = connectionResolvers;
