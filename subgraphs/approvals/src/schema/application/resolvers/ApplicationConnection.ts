import { connectionResolvers } from '@pecg/common';
import type { ApplicationConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const ApplicationConnection: ApplicationConnectionResolvers = connectionResolvers;
