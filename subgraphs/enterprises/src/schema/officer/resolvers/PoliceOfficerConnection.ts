import { connectionResolvers } from '@pecg/common';
import type { PoliceOfficerConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const PoliceOfficerConnection: PoliceOfficerConnectionResolvers = connectionResolvers;
