import type { GraphQLResolveInfo } from 'graphql';
import { loadExisting, pageSize, projectionOf, type FieldNeeds } from '@pecg/common';
import type { ActivitiesContext } from '../context';
import type { ActivityDoc, RegistrationDoc } from '../models';

/**
 * The per-enterprise lists on the Enterprise entity, batched over every enterprise of a request. Both
 * read registrations, which the storage layer scopes (READ_POLICY): for an enterprise the caller may
 * not see they are empty.
 */

/** Activities people of the enterprise hold a confirmed registration for, newest first: two batched queries for any number of enterprises. */
export async function activitiesAttended(ctx: ActivitiesContext, enterpriseId: string): Promise<ActivityDoc[]> {
  const ids = await ctx.loaders.attendedActivityIdsByEnterprise.load(enterpriseId);
  const activities = await loadExisting(ctx.loaders.activityById, ids);
  return activities.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime() || (b._id > a._id ? 1 : -1));
}

/** The enterprise's `first` (1–100, default 10) latest registrations, fetching only the fields the selection reads. */
export function latestRegistrations(
  ctx: ActivitiesContext,
  enterpriseId: string,
  first: number | null | undefined,
  fields: FieldNeeds,
  info: GraphQLResolveInfo,
): Promise<RegistrationDoc[]> {
  return ctx.loaders.latestRegistrationsByEnterprise(projectionOf(info, fields)).load(enterpriseId, pageSize(first, 100, 10));
}
