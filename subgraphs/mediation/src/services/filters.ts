import type { FilterQuery } from 'mongoose';
import { enterpriseScopeFilter, parseId, parseInput, type Caller } from '@pecg/common';
import type { DisputeDoc, LegalConsultationDoc, VolunteerDoc } from '../models';
import type { DisputeFilter, LegalConsultationFilter, VolunteerFilter } from '../schema/types.generated';
import { monthString } from '../validation';

const NOTHING = { _id: { $in: [] } };

/** Narrows a filter to the ENTERPRISE caller's own enterprise (`field` holds enterprise ids). */
function scoped<T>(caller: Caller, query: FilterQuery<T>, field: string, requested?: unknown): FilterQuery<T> {
  const scope = enterpriseScopeFilter(caller, field);
  if (!(field in scope)) return query;
  if (requested && String(requested) !== String(scope[field])) return NOTHING as FilterQuery<T>;
  return { ...query, ...scope } as FilterQuery<T>;
}

/** Mongo filter of a DisputeFilter (every field has an index); ENTERPRISE users see only disputes they are a party to. */
export function disputeQuery(caller: Caller, filter: DisputeFilter | null | undefined): FilterQuery<DisputeDoc> {
  const q: FilterQuery<DisputeDoc> = {};
  const f = filter ?? {};
  if (f.kinds?.length) q.kind = { $in: f.kinds };
  if (f.levels?.length) q.level = { $in: f.levels };
  if (f.statuses?.length) q.status = { $in: f.statuses };
  if (f.channels?.length) q.channel = { $in: f.channels };
  if (f.gridId) q.gridId = parseId(f.gridId, 'filter.gridId');
  if (f.communityId) q.communityId = parseId(f.communityId, 'filter.communityId');
  if (f.enterpriseId) q.enterpriseIds = parseId(f.enterpriseId, 'filter.enterpriseId');
  if (f.month) q.reportedMonth = parseInput(monthString, f.month, 'filter.month');
  const range: Record<string, Date> = {};
  if (f.reportedFrom) range.$gte = new Date(f.reportedFrom);
  if (f.reportedBefore) range.$lt = new Date(f.reportedBefore);
  if (Object.keys(range).length) q.reportedAt = range;
  if (f.resolved !== null && f.resolved !== undefined) q.resolved = f.resolved;
  return scoped(caller, q, 'enterpriseIds', q.enterpriseIds);
}

export function volunteerQuery(filter: VolunteerFilter | null | undefined): FilterQuery<VolunteerDoc> {
  const q: FilterQuery<VolunteerDoc> = {};
  if (filter?.duties?.length) q.duties = { $in: filter.duties };
  if (filter?.gridId) q.gridId = parseId(filter.gridId, 'filter.gridId');
  if (filter?.enterpriseId) q.enterpriseId = parseId(filter.enterpriseId, 'filter.enterpriseId');
  if (filter?.active !== null && filter?.active !== undefined) q.active = filter.active;
  return q;
}

export function consultationQuery(caller: Caller, filter: LegalConsultationFilter | null | undefined): FilterQuery<LegalConsultationDoc> {
  const q: FilterQuery<LegalConsultationDoc> = {};
  if (filter?.channels?.length) q.channel = { $in: filter.channels };
  if (filter?.gridId) q.gridId = parseId(filter.gridId, 'filter.gridId');
  if (filter?.enterpriseId) q.enterpriseId = parseId(filter.enterpriseId, 'filter.enterpriseId');
  return scoped(caller, q, 'enterpriseId', q.enterpriseId);
}
