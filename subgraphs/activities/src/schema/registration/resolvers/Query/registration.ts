import type { QueryResolvers } from '../../../types.generated';
import { findRegistration } from '../../../../services/registrations';

/** Null for an unknown id — and, alike, for a registration the caller may not see (READ_POLICY). */
export const registration: NonNullable<QueryResolvers['registration']> = (_p, { id }, ctx) => findRegistration(ctx, id);
