import { connectionResolvers } from '@pecg/common';
import type { RegistrationConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const RegistrationConnection: RegistrationConnectionResolvers = connectionResolvers as RegistrationConnectionResolvers;
