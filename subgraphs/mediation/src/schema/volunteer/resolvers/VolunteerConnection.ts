import { connectionResolvers } from '@pecg/common';
import type { VolunteerConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const VolunteerConnection: VolunteerConnectionResolvers = connectionResolvers as VolunteerConnectionResolvers;
