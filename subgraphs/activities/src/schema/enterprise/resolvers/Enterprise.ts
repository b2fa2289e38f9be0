import { resolveEnterpriseReference } from '@pecg/common';
import { pageSize } from '@pecg/common';
import {
  activitiesAttended,
  activitiesAttendedCount,
  activitiesAttendedInLastMonths,
  lastActivityAttendedAt,
  latestRegistrations,
} from '../../../services/enterprise-records';
import type { EnterpriseResolvers } from '../../types.generated';
import { REGISTRATION_FIELDS } from '../../registration/resolvers/Registration';

export const Enterprise: EnterpriseResolvers = {
  /** An enterprise the caller may not see (READ_POLICY) is null here, as in the enterprises subgraph that owns it. */
  __resolveReference: (reference) => resolveEnterpriseReference(reference),
  activitiesAttended: async (enterprise, { first }, ctx) => (await activitiesAttended(ctx, enterprise.id)).slice(0, pageSize(first)),
  lastActivityAttendedAt: async (enterprise, _a, ctx) => lastActivityAttendedAt(ctx, enterprise.id),
  activitiesAttendedInLastMonths: (enterprise, { months }, ctx) => activitiesAttendedInLastMonths(ctx, enterprise.id, months),
  activitiesAttendedCount: (enterprise, { filter }, ctx) => activitiesAttendedCount(ctx, enterprise.id, filter),
  activityRegistrations: (enterprise, { first }, ctx, info) => latestRegistrations(ctx, enterprise.id, first, REGISTRATION_FIELDS, info),
};
