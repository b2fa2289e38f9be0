import type { Types, FilterQuery } from 'mongoose';
import { completeDimension, CountCube, pageSize, sumsBy } from '@pecg/common';
import type { ActivitiesContext } from '../context';
import type { ActivitiesModels, ActivityDoc, RegistrationDoc } from '../models';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from '../models';
import type { ActivityFilter } from '../schema/types.generated';
import { activityQuery } from './filters';

/** Statistics of the activities matching `filter`; each figure is computed when it is selected. */
export function activityStatistics(ctx: ActivitiesContext, filter: ActivityFilter | null | undefined): ActivityStatisticsQuery {
  return new ActivityStatisticsQuery(ctx.models, filter);
}

/**
 * Statistics of activities, each computed in the database ($match/$group/$sort/$limit); the total and
 * the counts by kind, status and month asked for in one request share one `$group` over their
 * compound key (`CountCube`): one pass over the activities instead of one per figure.
 */
export class ActivityStatisticsQuery {
  private readonly match: FilterQuery<ActivityDoc>;
  private readonly cube: CountCube<ActivityDoc>;
  constructor(
    private readonly models: ActivitiesModels,
    filter: ActivityFilter | null | undefined,
  ) {
    this.match = activityQuery(filter);
    this.cube = new CountCube(models.Activity, this.match);
  }

  total = () => this.cube.total();
  byKind = async () => completeDimension(await this.cube.countBy('kind'), ACTIVITY_KINDS);
  byStatus = async () => completeDimension(await this.cube.countBy('status'), ACTIVITY_STATUSES);
  byMonth = async () => (await this.cube.countBy('startsMonth')).map((r) => ({ month: r.key ?? '', count: r.count }));

  private attendanceRows?: Promise<{ seats: number; attended: number }>;
  attendance = () =>
    (this.attendanceRows ??= sumsBy(this.models.Activity, { ...this.match, status: 'COMPLETED' }, null, {
      seats: 'seatsTaken',
      attended: 'attendedCount',
    }).then((rows) => ({
      seats: rows[0]?.seats ?? 0,
      attended: rows[0]?.attended ?? 0,
    })));

  /**
   * Top enterprises by confirmed registrations for activities of the filter's kinds and dates. The
   * aggregation is read-scoped (READ_POLICY): an ENTERPRISE caller gets only its own enterprise's row.
   */
  async topEnterprises(first: number | null | undefined): Promise<Array<{ enterpriseId: Types.ObjectId; count: number }>> {
    const limit = Math.max(1, pageSize(first ?? 10));
    const match: FilterQuery<RegistrationDoc> = { status: 'CONFIRMED' };
    if (this.match.kind) match.activityKind = this.match.kind;
    if (this.match.startsAt) match.activityStartsAt = this.match.startsAt;
    const rows = await this.models.Registration.aggregate<{ _id: Types.ObjectId; count: number }>([
      { $match: match },
      { $group: { _id: '$enterpriseId', count: { $sum: 1 } } },
      { $sort: { count: -1, _id: 1 } },
      { $limit: limit },
    ]);
    return rows.map((r) => ({ enterpriseId: r._id, count: r.count }));
  }
}
