import { connectionResolvers } from '@pecg/common';
import type { ServiceNeedConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const ServiceNeedConnection: ServiceNeedConnectionResolvers = connectionResolvers;
