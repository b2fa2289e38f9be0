import type { FilterQuery } from 'mongoose';
import { parseId, parseInput } from '@pecg/common';
import type { DisputeDoc, LegalConsultationDoc, VolunteerDoc } from '../models';
import type { DisputeFilter, LegalConsultationFilter, VolunteerFilter } from '../schema/types.generated';
import { monthString } from '../validation';

/**
 * GraphQL filters → mongo filters (every field has an index). What the caller may see is not decided
 * here: READ_POLICY narrows every query of the scoped models (`scopedBy` in `models/`).
 */
export function disputeQuery(filter: DisputeFilter | null | undefined): FilterQuery<DisputeDoc> {
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
  return q;
}

export function volunteerQuery(filter: VolunteerFilter | null | undefined): FilterQuery<VolunteerDoc> {
  const q: FilterQuery<VolunteerDoc> = {};
  if (filter?.duties?.length) q.duties = { $in: filter.duties };
  if (filter?.gridId) q.gridId = parseId(filter.gridId, 'filter.gridId');
  if (filter?.enterpriseId) q.enterpriseId = parseId(filter.enterpriseId, 'filter.enterpriseId');
  if (filter?.active !== null && filter?.active !== undefined) q.active = filter.active;
  return q;
}

export function consultationQuery(filter: LegalConsultationFilter | null | undefined): FilterQuery<LegalConsultationDoc> {
  const q: FilterQuery<LegalConsultationDoc> = {};
  if (filter?.channels?.length) q.channel = { $in: filter.channels };
  if (filter?.gridId) q.gridId = parseId(filter.gridId, 'filter.gridId');
  if (filter?.enterpriseId) q.enterpriseId = parseId(filter.enterpriseId, 'filter.enterpriseId');
  return q;
}
