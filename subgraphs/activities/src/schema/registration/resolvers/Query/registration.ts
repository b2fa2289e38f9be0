import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';
import { canRead } from '../../../../services/registrations';

/** Null for an unknown id, and for ENTERPRISE users when it belongs to another enterprise. */
export const registration: NonNullable<QueryResolvers['registration']> = async (_p, { id }, ctx) => {
  const found = await ctx.loaders.registrationById.load(parseId(id).toHexString());
  return found && canRead(ctx, found) ? found : null;
};
