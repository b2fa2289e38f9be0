import { completeDimension, countBy, sumBy, type KeyCount } from '@pecg/common';
import { APPLICATION_STATUSES, type ApprovalsModels } from '../models';

/** Analysts' figures, each one aggregation in the database over keys stored at write time. */
const share = (part: number, whole: number) => (whole ? part / whole : 0);
const countOf = (rows: KeyCount[], key: string) => rows.filter((r) => String(r.key) === key).reduce((s, r) => s + r.count, 0);
const total = (rows: KeyCount[]) => rows.reduce((s, r) => s + r.count, 0);

export const approvalStatistics = {
  byStatus: async (models: ApprovalsModels) => completeDimension(await countBy(models.Application, {}, 'status'), APPLICATION_STATUSES),
  byItem: async (models: ApprovalsModels) => (await countBy(models.Application, {}, 'itemId')).map((r) => ({ itemId: String(r.key), count: r.count })),
  byMonth: async (models: ApprovalsModels) => (await countBy(models.Application, { submittedMonth: { $ne: null } }, 'submittedMonth')).map((r) => ({ month: String(r.key), count: r.count })),
  decidedCount: async (models: ApprovalsModels) => models.Application.countDocuments({ decidedAt: { $ne: null } }),
  onTimeRate: async (models: ApprovalsModels) => {
    const rows = await countBy(models.Application, { decidedOnTime: { $ne: null } }, 'decidedOnTime');
    return share(countOf(rows, 'true'), total(rows));
  },
  /** $sum of the stored working-day counts over their number (no $avg: not every engine has it). */
  averageWorkingDaysToDecision: async (models: ApprovalsModels) => {
    const rows = await sumBy(models.Application, { workingDaysToDecision: { $ne: null } }, 'status', 'workingDaysToDecision');
    return share(
      rows.reduce((s, r) => s + r.sum, 0),
      total(rows),
    );
  },
  acceptedWithDeficiencyShare: async (models: ApprovalsModels) => {
    const rows = await countBy(models.Application, { acceptedAt: { $ne: null } }, 'acceptedWithDeficiency');
    return share(countOf(rows, 'true'), total(rows));
  },
  commitmentFulfilmentRate: async (models: ApprovalsModels) => {
    const rows = await countBy(models.Application, { 'commitment.status': { $in: ['FULFILLED', 'LAPSED'] } }, 'commitment.status');
    return share(countOf(rows, 'FULFILLED'), total(rows));
  },
  atMostOneVisitShare: async (models: ApprovalsModels) => {
    const rows = await countBy(models.Application, { submittedAt: { $ne: null } }, 'multipleVisits');
    return share(countOf(rows, 'false'), total(rows));
  },
  evaluationCount: async (models: ApprovalsModels) => models.Evaluation.countDocuments({}),
  satisfactionRate: async (models: ApprovalsModels) => {
    const rows = await countBy(models.Evaluation, {}, 'rating');
    return share(countOf(rows, 'VERY_SATISFIED') + countOf(rows, 'SATISFIED'), total(rows));
  },
  callBackRate: async (models: ApprovalsModels) => {
    const rows = await countBy(models.Evaluation, { bad: true }, 'followUpStatus');
    return share(total(rows) - countOf(rows, 'AWAITING_CALL_BACK'), total(rows));
  },
  overdueRectificationCount: async (models: ApprovalsModels) =>
    models.Evaluation.countDocuments({ bad: true, followUpStatus: { $in: ['AWAITING_CALL_BACK', 'AWAITING_RECTIFICATION'] }, rectificationDueDate: { $lt: new Date() } }),
  openSupervisionCaseCount: async (models: ApprovalsModels) => models.SupervisionCase.countDocuments({ status: { $in: ['OPEN', 'INVESTIGATING'] } }),
};
