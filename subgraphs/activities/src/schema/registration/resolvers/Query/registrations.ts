import type { QueryResolvers } from '../../../types.generated';
import { listRegistrations } from '../../../../services/lists';

/** Only the registrations the caller may see (READ_POLICY: an ENTERPRISE caller's own enterprise's). */
export const registrations: NonNullable<QueryResolvers['registrations']> = (_p, args, ctx) => listRegistrations(ctx, args);
