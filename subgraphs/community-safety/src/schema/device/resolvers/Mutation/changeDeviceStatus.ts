import type { MutationResolvers } from '../../../types.generated';
import { changeDeviceStatus as change } from '../../../../services/devices';

export const changeDeviceStatus: NonNullable<MutationResolvers['changeDeviceStatus']> = (_p, { id, expectedVersion, status, reason }, ctx) =>
  change(ctx, id, expectedVersion, status, reason);
