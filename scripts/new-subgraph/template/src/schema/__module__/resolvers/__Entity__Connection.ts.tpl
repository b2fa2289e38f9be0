import { connectionResolvers } from '@pecg/common';
import type { __Entity__ConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const __Entity__Connection: __Entity__ConnectionResolvers = connectionResolvers as __Entity__ConnectionResolvers;
