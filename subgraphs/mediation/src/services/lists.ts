import { paginate, type PageArgs, type SortArg } from '@pecg/common';
import type { MediationContext } from '../context';
import type { CommunityDoc } from '../models';
import type {
  DutyShiftFilter,
  DutyShiftSortField,
  DisputeFilter,
  DisputeSortField,
  LegalConsultationFilter,
  LegalConsultationSortField,
  VolunteerFilter,
  VolunteerSortField,
} from '../schema/types.generated';
import { consultationQuery, disputeQuery, dutyShiftQuery, volunteerQuery } from './filters';
import { DisputeStatisticsQuery, VolunteerStatisticsQuery } from './statistics';
import { ConsultationStatisticsQuery, DutyShiftStatisticsQuery } from './people-statistics';

/**
 * The lists and statistics of this subgraph: filter → mongo query, sort field → indexed path, cursor
 * pages (`paginate`). What the caller may see is not decided here: the enterprise-scoped models
 * (disputes, volunteers, legal consultations) are `scopedBy` the read policy (READ_POLICY in
 * @pecg/common), which narrows every page, total and statistic to the caller's records.
 */
type ListArgs<F, S extends string> = PageArgs & { filter?: F | null; sort?: SortArg<S> | null };

export function listDisputes(ctx: MediationContext, args: ListArgs<DisputeFilter, DisputeSortField>) {
  return paginate(ctx.models.Dispute, disputeQuery(args.filter), args, {
    sortFields: { REPORTED_AT: 'reportedAt' },
    defaultSort: { field: 'REPORTED_AT', direction: 'DESC' },
  });
}

export function listVolunteers(ctx: MediationContext, args: ListArgs<VolunteerFilter, VolunteerSortField>) {
  return paginate(ctx.models.Volunteer, volunteerQuery(args.filter), args, {
    sortFields: { JOINED_ON: 'joinedOn' },
    defaultSort: { field: 'JOINED_ON', direction: 'ASC' },
  });
}

export function listLegalConsultations(ctx: MediationContext, args: ListArgs<LegalConsultationFilter, LegalConsultationSortField>) {
  return paginate(ctx.models.LegalConsultation, consultationQuery(args.filter), args, {
    sortFields: { ASKED_AT: 'askedAt' },
    defaultSort: { field: 'ASKED_AT', direction: 'DESC' },
  });
}

/** The communities (a handful: reference data, not paged), by name. */
export function listCommunities(ctx: MediationContext): Promise<CommunityDoc[]> {
  return ctx.models.Community.find().sort({ name: 1 }).lean<CommunityDoc[]>().exec();
}

/** Statistics of the disputes matching `filter` (the same filter as the list); each figure is computed when selected. */
export function disputeStatistics(ctx: MediationContext, filter: DisputeFilter | null | undefined): DisputeStatisticsQuery {
  return new DisputeStatisticsQuery(ctx.models, disputeQuery(filter));
}

/** Statistics of the volunteers matching `filter` (the same filter as the list). */
export function volunteerStatistics(ctx: MediationContext, filter: VolunteerFilter | null | undefined): VolunteerStatisticsQuery {
  return new VolunteerStatisticsQuery(ctx.models, volunteerQuery(filter));
}

export function listDutyShifts(ctx: MediationContext, args: ListArgs<DutyShiftFilter, DutyShiftSortField>) {
  return paginate(ctx.models.DutyShift, dutyShiftQuery(args.filter), args, {
    sortFields: { STARTS_AT: 'startsAt' },
    defaultSort: { field: 'STARTS_AT', direction: 'DESC' },
  });
}

/** Statistics of the duty shifts matching `filter` (the same filter as the list). */
export function dutyShiftStatistics(ctx: MediationContext, filter: DutyShiftFilter | null | undefined): DutyShiftStatisticsQuery {
  return new DutyShiftStatisticsQuery(ctx.models, dutyShiftQuery(filter));
}

/** Statistics of the legal consultations matching `filter` (the same filter as the list). */
export function legalConsultationStatistics(ctx: MediationContext, filter: LegalConsultationFilter | null | undefined): ConsultationStatisticsQuery {
  return new ConsultationStatisticsQuery(ctx.models, consultationQuery(filter));
}
