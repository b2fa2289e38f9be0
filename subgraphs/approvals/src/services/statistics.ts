import type { FilterQuery, Types } from 'mongoose';
import { allOf, completeDimension, countBy, CountCube, requireRole, sumsBy, type KeyCount } from '@pecg/common';
import type { ApprovalsContext } from '../context';
import type { ApplicationFilter } from '../schema/types.generated';
import { APPLICATION_STATUSES, type ApplicationDoc, type ApprovalsModels } from '../models';
import { applicationQuery } from './filters';
import { measureIndicators } from './indicators';
import { STATISTICS_READERS } from './policy';

const share = (part: number, whole: number) => (whole ? part / whole : 0);
const sum = <T>(rows: T[], count: (row: T) => number) => rows.reduce((s, r) => s + count(r), 0);

/** Applications counted by every dimension the figures group by (keys stored at write time). */
interface ApplicationCell {
  status: string;
  itemId: string;
  month: string | null;
  onTime: boolean | null;
  withinPromise: boolean | null;
  commitment: string | null;
  multipleVisits: boolean;
  count: number;
}

/** The stored key of each ApplicationCell dimension. */
const CELL_FIELDS = {
  status: 'status',
  itemId: 'itemId',
  month: 'submittedMonth',
  onTime: 'decidedOnTime',
  withinPromise: 'decidedWithinPromise',
  commitment: 'commitment.status',
  multipleVisits: 'multipleVisits',
} as const;

/** Evaluations counted by rating and follow-up state. */
interface EvaluationCell {
  rating: string;
  bad: boolean;
  followUpStatus: string | null;
  count: number;
}

/**
 * Analysts' figures for one request, computed in the database. The application figures cover the
 * applications the list returns with the same filter (`applicationQuery`, the list's own filter
 * function), and most of them come from counts by stored keys (status, item, month, on time,
 * commitment state, multiple visits): the keys the selected fields need, asked for together, are
 * counted in one `$group` over their compound key (`CountCube`: a small "cube" of counts, summed here
 * per figure) — one grouped pass over the collection, over only the keys asked for (a cube over every
 * key is nearly one row per application); "decided" is a computed key of the same pass. Figures whose
 * condition is not a stored key (accepted, working days) keep their own aggregation. Each part runs only when a selected field needs
 * it, once per request.
 */
export class ApprovalStatisticsQuery {
  private readonly applications: CountCube<ApplicationDoc>;
  private readonly models: ApprovalsModels;
  /**
   * `match`: the applications the `applications` list returns with the statistics' filter; `enterprises`:
   * the filter's enterprise conditions, which the evaluation and supervision figures keep.
   */
  constructor(
    private readonly ctx: ApprovalsContext,
    private readonly match: FilterQuery<ApplicationDoc> = {},
    private readonly enterprises: Record<string, unknown> = {},
  ) {
    this.models = ctx.models;
    const models = ctx.models;
    // `decided`: true exactly where `{ decidedAt: { $ne: null } }` matches (a computed key, counted in the same pass)
    this.applications = new CountCube(models.Application, match, { decided: { $gt: ['$decidedAt', null] } });
  }

  /** Application cells by the given keys (the other keys of ApplicationCell are left at their defaults). */
  private async cube(keys: ReadonlyArray<keyof typeof CELL_FIELDS>): Promise<ApplicationCell[]> {
    const rows = await this.applications.cells(keys.map((k) => CELL_FIELDS[k]));
    return rows.map(({ values, count }) => {
      const cell: ApplicationCell = {
        status: '',
        itemId: '',
        month: null,
        onTime: null,
        withinPromise: null,
        commitment: null,
        multipleVisits: false,
        count,
      };
      keys.forEach((k, i) => {
        const v = values[i];
        if (k === 'status') cell.status = String(v);
        else if (k === 'itemId') cell.itemId = String(v as Types.ObjectId);
        else if (k === 'month') cell.month = (v as string | null) ?? null;
        else if (k === 'onTime') cell.onTime = (v as boolean | null) ?? null;
        else if (k === 'withinPromise') cell.withinPromise = (v as boolean | null) ?? null;
        else if (k === 'commitment') cell.commitment = (v as string | null) ?? null;
        else cell.multipleVisits = Boolean(v);
      });
      return cell;
    });
  }

  private evaluationCells?: Promise<EvaluationCell[]>;
  private evaluations(): Promise<EvaluationCell[]> {
    return (this.evaluationCells ??= this.models.Evaluation.aggregate<{ _id: Record<string, unknown>; count: number }>([
      { $match: this.enterprises },
      { $group: { _id: { rating: '$rating', bad: '$bad', followUpStatus: '$followUpStatus' }, count: { $sum: 1 } } },
    ])
      .exec()
      .then((rows) =>
        rows.map(({ _id: k, count }) => ({
          rating: String(k.rating),
          bad: Boolean(k.bad),
          followUpStatus: (k.followUpStatus as string | undefined) ?? null,
          count,
        })),
      ));
  }

  private by<K extends string>(cells: ApplicationCell[], key: (cell: ApplicationCell) => K | null): KeyCount[] {
    const counts = new Map<string, number>();
    for (const cell of cells) {
      const k = key(cell);
      if (k !== null) counts.set(k, (counts.get(k) ?? 0) + cell.count);
    }
    return [...counts].map(([k, count]) => ({ key: k, count })).sort((a, b) => String(a.key).localeCompare(String(b.key)));
  }

  byStatus = async () =>
    completeDimension(
      this.by(await this.cube(['status']), (c) => c.status),
      APPLICATION_STATUSES,
    );
  byItem = async () => this.by(await this.cube(['itemId']), (c) => c.itemId).map((r) => ({ itemId: String(r.key), count: r.count }));
  byMonth = async () => this.by(await this.cube(['month']), (c) => c.month).map((r) => ({ month: String(r.key), count: r.count }));
  decidedCount = async () => (await this.applications.countBy('decided')).find((r) => (r.key as unknown) === true)?.count ?? 0;
  onTimeRate = async () => {
    const decided = (await this.cube(['onTime'])).filter((c) => c.onTime !== null);
    return share(
      sum(
        decided.filter((c) => c.onTime),
        (c) => c.count,
      ),
      sum(decided, (c) => c.count),
    );
  };
  /** Against the promised limit (承诺时限) of the workstation's part: decided, recorded or forwarded within it. */
  withinPromiseRate = async () => {
    const settled = (await this.cube(['withinPromise'])).filter((c) => c.withinPromise !== null);
    return share(
      sum(
        settled.filter((c) => c.withinPromise),
        (c) => c.count,
      ),
      sum(settled, (c) => c.count),
    );
  };
  /** Per item: decided count and on-time rates against both limits, from the same grouped pass. */
  itemPerformance = async () => {
    const cells = await this.cube(['itemId', 'onTime', 'withinPromise']);
    const items = new Map<string, ApplicationCell[]>();
    for (const c of cells) items.set(c.itemId, [...(items.get(c.itemId) ?? []), c]);
    const rate = (rows: ApplicationCell[], key: 'onTime' | 'withinPromise') => {
      const known = rows.filter((c) => c[key] !== null);
      const whole = sum(known, (c) => c.count);
      return whole
        ? sum(
            known.filter((c) => c[key]),
            (c) => c.count,
          ) / whole
        : null;
    };
    return [...items]
      .map(([itemId, rows]) => ({
        itemId,
        statutoryMeasured: sum(
          rows.filter((c) => c.onTime !== null),
          (c) => c.count,
        ),
        promiseMeasured: sum(
          rows.filter((c) => c.withinPromise !== null),
          (c) => c.count,
        ),
        onTimeRate: rate(rows, 'onTime'),
        withinPromiseRate: rate(rows, 'withinPromise'),
      }))
      .filter((r) => r.statutoryMeasured + r.promiseMeasured > 0)
      .sort((a, b) => a.itemId.localeCompare(b.itemId));
  };
  measureIndicators = () => measureIndicators(this.ctx);
  /** The stored working-day counts and their number, summed in one `$group`. */
  averageWorkingDaysToDecision = async () => {
    const [all] = await sumsBy(this.models.Application, allOf(this.match, { workingDaysToDecision: { $ne: null } }), null, {
      count: 1,
      days: 'workingDaysToDecision',
    });
    return share(all?.days ?? 0, all?.count ?? 0);
  };
  acceptedWithDeficiencyRate = async () => {
    const rows = await countBy(this.models.Application, allOf(this.match, { acceptedAt: { $ne: null } }), 'acceptedWithDeficiency');
    return share(
      sum(
        rows.filter((r) => String(r.key) === 'true'),
        (r) => r.count,
      ),
      sum(rows, (r) => r.count),
    );
  };
  commitmentFulfilmentRate = async () => {
    const settled = (await this.cube(['commitment'])).filter((c) => c.commitment === 'FULFILLED' || c.commitment === 'LAPSED');
    return share(
      sum(
        settled.filter((c) => c.commitment === 'FULFILLED'),
        (c) => c.count,
      ),
      sum(settled, (c) => c.count),
    );
  };
  /** @deprecated alias of acceptedWithDeficiencyRate */
  acceptedWithDeficiencyShare = () => this.acceptedWithDeficiencyRate();
  atMostOneVisitRate = async () => {
    const submitted = (await this.cube(['month', 'multipleVisits'])).filter((c) => c.month !== null);
    return share(
      sum(
        submitted.filter((c) => !c.multipleVisits),
        (c) => c.count,
      ),
      sum(submitted, (c) => c.count),
    );
  };
  /** @deprecated alias of atMostOneVisitRate */
  atMostOneVisitShare = () => this.atMostOneVisitRate();
  evaluationCount = async () => sum(await this.evaluations(), (c) => c.count);
  satisfactionRate = async () => {
    const all = await this.evaluations();
    return share(
      sum(
        all.filter((c) => c.rating === 'VERY_SATISFIED' || c.rating === 'SATISFIED'),
        (c) => c.count,
      ),
      sum(all, (c) => c.count),
    );
  };
  callBackRate = async () => {
    const bad = (await this.evaluations()).filter((c) => c.bad);
    return share(
      sum(
        bad.filter((c) => c.followUpStatus !== 'AWAITING_CALL_BACK'),
        (c) => c.count,
      ),
      sum(bad, (c) => c.count),
    );
  };
  overdueRectificationCount = () =>
    this.models.Evaluation.countDocuments({
      ...this.enterprises,
      bad: true,
      followUpStatus: { $in: ['AWAITING_CALL_BACK', 'AWAITING_RECTIFICATION'] },
      rectificationDueDate: { $lt: new Date() },
    }).exec();
  openSupervisionCaseCount = () => this.models.SupervisionCase.countDocuments({ ...this.enterprises, status: { $in: ['OPEN', 'INVESTIGATING'] } }).exec();
}

/**
 * The figures of one request, each field computed on first use. READ_POLICY scopes every aggregation
 * and count: a caller's figures cover only the records it may see.
 */
export async function approvalStatistics(ctx: ApprovalsContext, filter?: ApplicationFilter | null): Promise<ApprovalStatisticsQuery> {
  requireRole(ctx.caller, STATISTICS_READERS, 'read approval statistics');
  const match = await applicationQuery(ctx, filter);
  const enterprises = allOf(
    match.enterpriseId === undefined ? null : { enterpriseId: match.enterpriseId },
    ...((match.$and ?? []) as Array<Record<string, unknown>>).filter((c) => 'enterpriseId' in c),
  );
  return new ApprovalStatisticsQuery(ctx, match, enterprises);
}
