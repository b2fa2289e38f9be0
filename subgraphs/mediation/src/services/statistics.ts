import type { FilterQuery } from 'mongoose';
import { allOf, completeDimension, countBy, CountCube, monthLabel, sumsBy, type EnumLabels } from '@pecg/common';
import { DISPUTE_KIND_LABELS, DISPUTE_LEVEL_LABELS, DISPUTE_STATUS_LABELS, INTAKE_CHANNEL_LABELS, URGENCY_LABELS, VOLUNTEER_DUTY_LABELS } from '../labels';
import { disputeRateCounts, localResolutionByCommunity, localResolutionByKind, type DisputeRateCounts } from './dispute-rates';
import {
  DISPUTE_KINDS,
  DISPUTE_LEVELS,
  DISPUTE_STATUSES,
  INTAKE_CHANNELS,
  LOCAL_LEVELS,
  URGENCIES,
  VOLUNTEER_DUTIES,
  type DisputeDoc,
  type DisputeLevel,
  type MediationModels,
  type VolunteerDoc,
} from '../models';

/** A MonthCount row: the month is its key. */
export const monthRow = (month: string, count: number) => ({ key: month, label: monthLabel(month), month, count });

type Labelled<K extends string = string> = { key: K; label: string; count: number };

/**
 * Dispute statistics, computed in the database: the counts by kind, level, status, channel, month and
 * resolution level (and the total) asked for in one request share one `$match` + `$group` over their
 * compound key (`CountCube`), one pass over the disputes instead of one per figure.
 */
export class DisputeStatisticsQuery {
  private readonly cube: CountCube<DisputeDoc>;
  constructor(
    private readonly models: MediationModels,
    private readonly match: FilterQuery<DisputeDoc>,
  ) {
    this.cube = new CountCube(models.Dispute, match);
  }

  private async dimension<K extends string>(field: string, keys: readonly K[], labels: EnumLabels<K>, where?: Record<string, boolean>): Promise<Labelled<K>[]> {
    return completeDimension(await this.cube.countBy(field, where), keys).map(({ key, count }) => ({ key, label: labels[key], count }));
  }

  total = () => this.cube.total();
  byKind = () => this.dimension('kind', DISPUTE_KINDS, DISPUTE_KIND_LABELS);
  byLevel = () => this.dimension('level', DISPUTE_LEVELS, DISPUTE_LEVEL_LABELS);
  byStatus = () => this.dimension('status', DISPUTE_STATUSES, DISPUTE_STATUS_LABELS);
  byChannel = () => this.dimension('channel', INTAKE_CHANNELS, INTAKE_CHANNEL_LABELS);
  byUrgency = () => this.dimension('urgency', URGENCIES, URGENCY_LABELS);

  private rateRow?: Promise<DisputeRateCounts>;
  /** The counts behind every rate (one pass, computed when a rate is selected). */
  rates = () => (this.rateRow ??= disputeRateCounts(this.models, this.match));
  localByCommunity = () => localResolutionByCommunity(this.models, this.match);
  localByKind = () => localResolutionByKind(this.models, this.match);
  byGrid = async () =>
    (await countBy(this.models.Dispute, allOf(this.match, { gridId: { $ne: null } }), 'gridId'))
      .map((r) => ({ gridId: String(r.key), count: r.count }))
      .sort((a, b) => b.count - a.count || a.gridId.localeCompare(b.gridId));
  byMonth = async () => (await this.cube.countBy('reportedMonth')).map((r) => monthRow(r.key ?? '', r.count));

  private resolvedRows?: Promise<Labelled<DisputeLevel>[]>;
  resolvedByLevel = () =>
    (this.resolvedRows ??=
      'resolved' in this.match
        ? // the filter names `resolved` itself: `{ ...match, resolved: true }` replaces it (as it always did)
          countBy(this.models.Dispute, { ...this.match, resolved: true }, 'resolvedLevel').then((rows) =>
            completeDimension(rows, DISPUTE_LEVELS).map(({ key, count }) => ({ key, label: DISPUTE_LEVEL_LABELS[key], count })),
          )
        : this.dimension('resolvedLevel', DISPUTE_LEVELS, DISPUTE_LEVEL_LABELS, { resolved: true }));
  resolved = async () => (await this.resolvedByLevel()).reduce((sum, r) => sum + r.count, 0);
  resolvedLocally = async () =>
    (await this.resolvedByLevel()).filter((r) => (LOCAL_LEVELS as readonly string[]).includes(r.key)).reduce((sum, r) => sum + r.count, 0);

  private satisfactionRow?: Promise<{ sum: number; count: number }>;
  satisfaction = () =>
    (this.satisfactionRow ??= sumsBy(this.models.Dispute, { ...this.match, satisfaction: { $gte: 1 } }, null, { sum: 'satisfaction', count: 1 }).then(
      (rows) => ({
        sum: rows[0]?.sum ?? 0,
        count: rows[0]?.count ?? 0,
      }),
    ));
}

/** Volunteer statistics: total and by duty ($unwind the duties, then $group). */
export class VolunteerStatisticsQuery {
  constructor(
    private readonly models: MediationModels,
    private readonly match: FilterQuery<VolunteerDoc>,
  ) {}

  total = () => this.models.Volunteer.countDocuments(this.match).exec();
  byDuty = async () => {
    const rows = await this.models.Volunteer.aggregate<{ _id: string; count: number }>([
      { $match: this.match },
      { $unwind: '$duties' },
      ...(this.match.duties ? [{ $match: { duties: this.match.duties } }] : []),
      { $group: { _id: '$duties', count: { $sum: 1 } } },
      { $sort: { _id: 1 } },
    ]);
    return completeDimension(
      rows.map((r) => ({ key: r._id, count: r.count })),
      VOLUNTEER_DUTIES,
    ).map(({ key, count }) => ({ key, label: VOLUNTEER_DUTY_LABELS[key], duty: key, dutyLabel: VOLUNTEER_DUTY_LABELS[key], count }));
  };
}
