import type { GraphQLResolveInfo } from 'graphql';
import { loadExisting, projectionOf, type FieldNeeds } from '@pecg/common';
import { pageSize } from '@pecg/common';
import type { ActivitiesContext } from '../context';
import { maySeeEnterprise, ValidationError } from '@pecg/common';
import type { Types } from 'mongoose';
import { now } from '../domain/clock';
import type { ActivityDoc, RegistrationDoc } from '../models';
import type { ActivityFilter } from '../schema/types.generated';

/**
 * The per-enterprise lists on the Enterprise entity, batched over every enterprise of a request. Both
 * read registrations, which the storage layer scopes (READ_POLICY): for an enterprise the caller may
 * not see they are empty.
 */

/**
 * Activities people of the enterprise attended (checked in; a registration alone, a no-show or a
 * cancelled activity does not count), newest first: two batched queries for any number of enterprises.
 */
export async function activitiesAttended(ctx: ActivitiesContext, enterpriseId: string): Promise<ActivityDoc[]> {
  const ids = await ctx.loaders.attendedActivityIdsByEnterprise.load(enterpriseId);
  const activities = (await loadExisting(ctx.loaders.activityById, ids)).filter((a) => a.status !== 'CANCELLED');
  return activities.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime() || (b._id > a._id ? 1 : -1));
}

/** The enterprise's `first` (at most 100, default 20) latest registrations, fetching only the fields the selection reads. */
export function latestRegistrations(
  ctx: ActivitiesContext,
  enterpriseId: string,
  first: number | null | undefined,
  fields: FieldNeeds,
  info: GraphQLResolveInfo,
): Promise<RegistrationDoc[]> {
  return ctx.loaders.latestRegistrationsByEnterprise(projectionOf(info, fields)).load(enterpriseId, pageSize(first));
}

/** Start of the latest activity the enterprise's people attended (the same batched loads as activitiesAttended). */
export async function lastActivityAttendedAt(ctx: ActivitiesContext, enterpriseId: string): Promise<Date | null> {
  return (await activitiesAttended(ctx, enterpriseId))[0]?.startsAt ?? null;
}

/** Activities the enterprise's people attended that started in the last `months` months up to now (the same batched loads). */
export async function activitiesAttendedInLastMonths(ctx: ActivitiesContext, enterpriseId: string, months: number | null | undefined): Promise<number> {
  const n = months ?? 6;
  if (!Number.isInteger(n) || n < 1 || n > 60) throw new ValidationError(`months: must be from 1 to 60 (got ${n})`, { field: 'months', value: n });
  const until = now();
  const since = new Date(until);
  since.setUTCMonth(since.getUTCMonth() - n);
  return (await activitiesAttended(ctx, enterpriseId)).filter((a) => a.startsAt >= since && a.startsAt <= until).length;
}

/** Activities matching `filter` (not cancelled) the enterprise's people attended: two batched queries for any number of enterprises per filter. */
export async function activitiesAttendedCount(ctx: ActivitiesContext, enterpriseId: string, filter: ActivityFilter | null | undefined): Promise<number> {
  const ids = await ctx.loaders.attendedActivityIdsByEnterprise.load(enterpriseId);
  const matches = await ctx.loaders.attendedActivityMatching(filter ?? null).loadMany(ids);
  const failure = matches.find((m): m is Error => m instanceof Error);
  if (failure) throw failure;
  return matches.filter((m) => Array.isArray(m) && m.length > 0).length;
}

/**
 * References to the enterprises in `ids` the caller may see (READ_POLICY: an ENTERPRISE caller only its
 * own), for lists of Enterprise entities held on an activity (co-organisers, attending enterprises): an
 * enterprise the caller may not see is left out rather than resolved to null in a non-null list.
 */
export function visibleEnterpriseRefs(ids: ReadonlyArray<Types.ObjectId> | null | undefined): Array<{ id: string }> {
  return (ids ?? []).filter((id) => maySeeEnterprise(id, 'enterprise')).map((id) => ({ id: id.toHexString() }));
}
