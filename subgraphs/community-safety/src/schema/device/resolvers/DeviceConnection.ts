import { connectionResolvers } from '@pecg/common';
import type { DeviceConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const DeviceConnection: DeviceConnectionResolvers = connectionResolvers as DeviceConnectionResolvers;
