import type { FilterQuery } from 'mongoose';
import { parseId, parseInput } from '@pecg/common';
import type { DisputeDoc, DutyShiftDoc, LegalConsultationDoc, VolunteerDoc } from '../models';
import type { DisputeFilter, DutyShiftFilter, LegalConsultationFilter, VolunteerFilter } from '../schema/types.generated';
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
  if (f.urgencies?.length) q.urgency = { $in: f.urgencies };
  if (f.mediatorId) q.mediatorIds = parseId(f.mediatorId, 'filter.mediatorId');
  if (f.enterpriseId) q.enterpriseIds = parseId(f.enterpriseId, 'filter.enterpriseId');
  if (f.month) q.reportedMonth = parseInput(monthString, f.month, 'filter.month');
  const range: Record<string, Date> = {};
  if (f.reportedFrom) range.$gte = new Date(f.reportedFrom);
  if (f.reportedBefore) range.$lt = new Date(f.reportedBefore);
  if (Object.keys(range).length) q.reportedAt = range;
  if (f.resolved !== null && f.resolved !== undefined) q.resolved = f.resolved;
  if (f.escalated !== null && f.escalated !== undefined) q.escalated = f.escalated ? true : { $ne: true };
  return q;
}

export function volunteerQuery(filter: VolunteerFilter | null | undefined): FilterQuery<VolunteerDoc> {
  const q: FilterQuery<VolunteerDoc> = {};
  if (filter?.duties?.length) q.duties = { $in: filter.duties };
  if (filter?.roles?.length) q.roles = { $in: filter.roles };
  if (filter?.skill) q.skills = filter.skill.trim();
  if (filter?.gridId) q.gridId = parseId(filter.gridId, 'filter.gridId');
  if (filter?.communityId) q.communityId = parseId(filter.communityId, 'filter.communityId');
  if (filter?.enterpriseId) q.enterpriseId = parseId(filter.enterpriseId, 'filter.enterpriseId');
  if (filter?.active !== null && filter?.active !== undefined) q.active = filter.active;
  return q;
}

export function consultationQuery(filter: LegalConsultationFilter | null | undefined): FilterQuery<LegalConsultationDoc> {
  const q: FilterQuery<LegalConsultationDoc> = {};
  if (filter?.channels?.length) q.channel = { $in: filter.channels };
  // records from before the queue have no status: they were answered
  if (filter?.statuses?.length) q.status = filter.statuses.includes('ANSWERED') ? { $in: [...filter.statuses, null] } : { $in: filter.statuses };
  if (filter?.lawyerId) q.lawyerId = parseId(filter.lawyerId, 'filter.lawyerId');
  if (filter?.month) q.askedMonth = parseInput(monthString, filter.month, 'filter.month');
  if (filter?.gridId) q.gridId = parseId(filter.gridId, 'filter.gridId');
  if (filter?.enterpriseId) q.enterpriseId = parseId(filter.enterpriseId, 'filter.enterpriseId');
  return q;
}

export function dutyShiftQuery(filter: DutyShiftFilter | null | undefined): FilterQuery<DutyShiftDoc> {
  const q: FilterQuery<DutyShiftDoc> = {};
  if (filter?.volunteerId) q.volunteerId = parseId(filter.volunteerId, 'filter.volunteerId');
  if (filter?.gridId) q.gridId = parseId(filter.gridId, 'filter.gridId');
  if (filter?.communityId) q.communityId = parseId(filter.communityId, 'filter.communityId');
  if (filter?.month) q.month = parseInput(monthString, filter.month, 'filter.month');
  return q;
}
