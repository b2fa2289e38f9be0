import { connectionResolvers } from '@pecg/common';
import type { IncidentConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const IncidentConnection: IncidentConnectionResolvers = connectionResolvers as IncidentConnectionResolvers;
