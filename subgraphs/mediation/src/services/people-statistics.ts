import type { FilterQuery } from 'mongoose';
import { allOf, completeDimension, countBy, CountCube } from '@pecg/common';
import { monthRow } from './statistics';
import { CONSULTATION_CHANNEL_LABELS, CONSULTATION_STATUS_LABELS, SHIFT_OUTCOME_LABELS } from '../labels';
import { CONSULTATION_CHANNELS, CONSULTATION_STATUSES, SHIFT_OUTCOMES, type DutyShiftDoc, type LegalConsultationDoc, type MediationModels } from '../models';

/** Duty shifts counted per grid and month, and per outcome (computed in the database). */
export class DutyShiftStatisticsQuery {
  private readonly cube: CountCube<DutyShiftDoc>;
  constructor(
    private readonly models: MediationModels,
    private readonly match: FilterQuery<DutyShiftDoc>,
  ) {
    this.cube = new CountCube(models.DutyShift, match);
  }

  total = () => this.cube.total();
  byOutcome = async () =>
    completeDimension(await this.cube.countBy('outcome'), SHIFT_OUTCOMES).map(({ key, count }) => ({
      key,
      outcome: key,
      label: SHIFT_OUTCOME_LABELS[key],
      count,
    }));
  byMonth = async () => (await this.cube.countBy('month')).map((r) => monthRow(String(r.key), r.count));
  byGrid = async () =>
    (await this.cube.countBy('gridId')).map((r) => ({ gridId: String(r.key), count: r.count })).sort((a, b) => a.gridId.localeCompare(b.gridId));
  byGridAndMonth = async () => {
    const rows = await this.models.DutyShift.aggregate<{ _id: { gridId: { toHexString(): string }; month: string }; count: number }>([
      { $match: this.match },
      { $group: { _id: { gridId: '$gridId', month: '$month' }, count: { $sum: 1 } } },
      { $sort: { '_id.gridId': 1, '_id.month': 1 } },
    ]);
    return rows.map((r) => ({ gridId: r._id.gridId.toHexString(), month: r._id.month, count: r.count }));
  };
}

/** Legal consultations by status, channel and month (computed in the database). */
export class ConsultationStatisticsQuery {
  private readonly cube: CountCube<LegalConsultationDoc>;
  constructor(
    private readonly models: MediationModels,
    private readonly match: FilterQuery<LegalConsultationDoc>,
  ) {
    this.cube = new CountCube(models.LegalConsultation, match);
  }

  total = () => this.cube.total();
  byStatus = async () => {
    // records from before the queue have no status: they were answered
    const sums = new Map<string, number>();
    for (const r of await this.cube.countBy('status')) sums.set(r.key ?? 'ANSWERED', (sums.get(r.key ?? 'ANSWERED') ?? 0) + r.count);
    return CONSULTATION_STATUSES.map((key) => ({ key, label: CONSULTATION_STATUS_LABELS[key], count: sums.get(key) ?? 0 }));
  };
  byChannel = async () =>
    completeDimension(await this.cube.countBy('channel'), CONSULTATION_CHANNELS).map(({ key, count }) => ({
      key,
      label: CONSULTATION_CHANNEL_LABELS[key],
      count,
    }));
  byMonth = async () =>
    (await countBy(this.models.LegalConsultation, allOf(this.match, { askedMonth: { $ne: null } }), 'askedMonth')).map((r) => monthRow(String(r.key), r.count));
  followedByDispute = () => this.models.LegalConsultation.countDocuments({ $and: [this.match, { status: 'FOLLOWED_BY_DISPUTE' }] }).exec();
}
