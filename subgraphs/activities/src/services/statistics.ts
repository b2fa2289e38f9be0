import type { Types, FilterQuery } from 'mongoose';
import { allOf, completeDimension, CountCube, monthLabel, sumsBy } from '@pecg/common';
import type { ActivitiesContext } from '../context';
import type { ActivitiesModels, ActivityDoc, RegistrationDoc } from '../models';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, ORGANISER_KINDS } from '../models';
import type { ActivityFilter } from '../schema/types.generated';
import { activityConditionsOnRegistration, activityQuery } from './filters';
import { pageSize } from '@pecg/common';
import { venueUtilisation } from './utilisation';

export type { UtilisationRow } from './utilisation';

/** Statistics of the activities matching `filter`; each figure is computed when it is selected. */
export function activityStatistics(ctx: ActivitiesContext, filter: ActivityFilter | null | undefined): ActivityStatisticsQuery {
  return new ActivityStatisticsQuery(ctx, filter);
}

export interface ParticipationRow {
  enterpriseId: Types.ObjectId;
  registered: number;
  attended: number;
  noShows: number;
  lastAttendedAt: Date | null;
}

const rate = (part: number, whole: number) => (whole ? part / whole : 0);

/**
 * Statistics of activities, each computed in the database ($match/$group/$sort/$limit); the total and
 * the counts by kind, status, organiser and month asked for in one request share one `$group` over
 * their compound key (`CountCube`). Attendance and feedback figures are sums of the counters each
 * activity keeps (seats, attended, no-shows, rating sum and count), which equal the counts of the
 * underlying registrations and feedback (the tests assert it against the lists).
 */
export class ActivityStatisticsQuery {
  private readonly match: FilterQuery<ActivityDoc>;
  private readonly cube: CountCube<ActivityDoc>;
  private readonly models: ActivitiesModels;
  constructor(
    private readonly ctx: ActivitiesContext,
    private readonly filter: ActivityFilter | null | undefined,
  ) {
    this.models = ctx.models;
    this.match = activityQuery(filter);
    this.cube = new CountCube(ctx.models.Activity, this.match);
  }

  total = () => this.cube.total();
  byKind = async () => completeDimension(await this.cube.countBy('kind'), ACTIVITY_KINDS);
  byStatus = async () => completeDimension(await this.cube.countBy('status'), ACTIVITY_STATUSES);
  byOrganiser = async () => completeDimension(await this.cube.countBy('organiserKind'), ORGANISER_KINDS);
  byMonth = async () =>
    (await this.cube.countBy('startsMonth')).map((r) => ({ key: r.key ?? '', label: monthLabel(r.key ?? ''), month: r.key ?? '', count: r.count }));

  private attendanceRows?: Promise<{ seats: number; attended: number; noShows: number }>;
  attendance = () =>
    (this.attendanceRows ??= sumsBy(this.models.Activity, { ...this.match, status: 'COMPLETED' }, null, {
      seats: 'seatsTaken',
      attended: 'attendedCount',
      noShows: 'noShowCount',
    }).then((rows) => ({ seats: rows[0]?.seats ?? 0, attended: rows[0]?.attended ?? 0, noShows: rows[0]?.noShows ?? 0 })));
  attendanceRate = async () => {
    const a = await this.attendance();
    return rate(a.attended, a.seats);
  };
  noShowRate = async () => {
    const a = await this.attendance();
    return rate(a.noShows, a.seats);
  };

  private feedbackBy(field: string | null) {
    return sumsBy(this.models.Activity, this.match, field, { sum: 'ratingSum', count: 'ratingCount' });
  }
  feedback = async () => {
    const [row] = await this.feedbackBy(null);
    return { count: row?.count ?? 0, averageRating: row?.count ? row.sum / row.count : null };
  };
  feedbackByKind = async () => {
    const rows = await this.feedbackBy('kind');
    return ACTIVITY_KINDS.map((kind) => {
      const row = rows.find((r) => r.key === kind);
      return { kind, count: row?.count ?? 0, averageRating: row?.count ? row.sum / row.count : null };
    });
  };
  feedbackByOrganiser = async () => {
    const rows = await this.feedbackBy('organiserKind');
    return ORGANISER_KINDS.map((organiserKind) => {
      const row = rows.find((r) => r.key === organiserKind);
      return { organiserKind, count: row?.count ?? 0, averageRating: row?.count ? row.sum / row.count : null };
    });
  };

  private registrationScope?: Promise<FilterQuery<RegistrationDoc>>;
  /**
   * Registrations for exactly the activities of the filter: kinds, start range and months are copied
   * onto each registration; a condition only the activity holds (status, venue, organiser) narrows to
   * the ids of the matching activities (one indexed distinct).
   */
  private registrationMatch(statuses: readonly string[]): Promise<FilterQuery<RegistrationDoc>> {
    this.registrationScope ??= (async () => {
      const own = activityConditionsOnRegistration(this.filter);
      const f = this.filter;
      const onActivityOnly = Boolean(f?.statuses || f?.venueId || f?.organizerId || f?.organiserKinds);
      if (!onActivityOnly) return own;
      const ids = (await this.models.Activity.distinct('_id', this.match).exec()) as Types.ObjectId[];
      return allOf<RegistrationDoc>(own, { activityId: { $in: ids } });
    })();
    return this.registrationScope.then((scope) => allOf<RegistrationDoc>({ status: { $in: statuses } }, scope));
  }

  /**
   * Top enterprises by registrations that held a seat for the activities of the filter.
   * The aggregation is read-scoped (READ_POLICY): an ENTERPRISE caller gets only its own enterprise's row.
   */
  async topEnterprises(first: number | null | undefined): Promise<Array<{ enterpriseId: Types.ObjectId; count: number }>> {
    const limit = pageSize(first);
    const rows = await this.models.Registration.aggregate<{ _id: Types.ObjectId; count: number }>([
      { $match: await this.registrationMatch(['CONFIRMED', 'OFFERED', 'ATTENDED', 'NO_SHOW']) },
      { $group: { _id: '$enterpriseId', count: { $sum: 1 } } },
      { $sort: { count: -1, _id: 1 } },
      { $limit: limit },
    ]);
    return rows.map((r) => ({ enterpriseId: r._id, count: r.count }));
  }

  /** Participation per enterprise at closed activities (attended and no-shows), most attended first; read-scoped like topEnterprises. */
  async participation(first: number | null | undefined): Promise<ParticipationRow[]> {
    const limit = pageSize(first);
    const rows = await this.models.Registration.aggregate<{ _id: Types.ObjectId; attended: number; noShows: number; last: Date | null }>([
      { $match: await this.registrationMatch(['ATTENDED', 'NO_SHOW']) },
      {
        $group: {
          _id: '$enterpriseId',
          attended: { $sum: { $cond: [{ $eq: ['$status', 'ATTENDED'] }, 1, 0] } },
          noShows: { $sum: { $cond: [{ $eq: ['$status', 'NO_SHOW'] }, 1, 0] } },
          last: { $max: { $cond: [{ $eq: ['$status', 'ATTENDED'] }, '$activityStartsAt', null] } },
        },
      },
      { $sort: { attended: -1, _id: 1 } },
      { $limit: limit },
    ]);
    return rows.map((r) => ({
      enterpriseId: r._id,
      registered: r.attended + r.noShows,
      attended: r.attended,
      noShows: r.noShows,
      lastAttendedAt: r.last ?? null,
    }));
  }

  venueUtilisation = (from: unknown, before: unknown) => venueUtilisation(this.ctx, from, before);
}
