import type { PipelineStage } from 'mongoose';
import type { ApprovalsContext } from '../context';
import type { ApprovalsModels, ServiceMeasureDoc } from '../models';

/** A measure's figure over the records since it took effect. */
export interface MeasureIndicatorView {
  measureNumber: number;
  name: string;
  definition: string;
  target: number;
  achieved: number;
  sampleSize: number;
  rate: number | null;
  met: boolean | null;
  periodFrom: Date;
  periodTo: Date;
}

const DAY_MS = 86_400_000;
type Count = { achieved: number; sample: number };

/** One `$group` counting the sample and those meeting `condition` (an aggregation expression). */
async function count(
  model: ApprovalsModels['Application'] | ApprovalsModels['SupervisionCase'],
  match: Record<string, unknown>,
  condition: unknown,
): Promise<Count> {
  const pipeline: PipelineStage[] = [{ $match: match }, { $group: { _id: null, sample: { $sum: 1 }, achieved: { $sum: { $cond: [condition, 1, 0] } } } }];
  const [row] = await (model as ApprovalsModels['Application']).aggregate<Count>(pipeline).exec();
  return { achieved: row?.achieved ?? 0, sample: row?.sample ?? 0 };
}

interface Definition {
  name: string;
  definition: string;
  target: number;
  compute: (models: ApprovalsModels, from: Date, now: Date) => Promise<Count>;
}

/** The measures that can be measured from the records, each with what exactly counts. */
const MEASURED: Record<number, Definition> = {
  2: {
    name: '最多跑一次办结率',
    definition: '期间内作出决定或完成备案的申请中，申请人到现场不超过事项允许次数（1次）的比例',
    target: 0.95,
    compute: (m, from, now) => count(m.Application, { decidedAt: { $gte: from, $lte: now } }, { $ne: ['$multipleVisits', true] }),
  },
  4: {
    name: '容缺承诺按期履约率',
    definition: '期间内容缺受理、承诺已到结果（履约或失信）的申请中，承诺材料在期限内补齐的比例',
    target: 0.9,
    compute: (m, from, now) =>
      count(
        m.Application,
        { acceptedAt: { $gte: from, $lte: now }, 'commitment.status': { $in: ['FULFILLED', 'LAPSED'] } },
        { $eq: ['$commitment.status', 'FULFILLED'] },
      ),
  },
  7: {
    name: '承诺时限办结率',
    definition: '期间内本所环节办结（作出决定、完成备案或报送上级）的申请中，在承诺时限内办结的比例',
    target: 0.95,
    compute: (m, from, now) =>
      count(
        m.Application,
        { decidedWithinPromise: { $in: [true, false] }, $or: [{ decidedAt: { $gte: from, $lte: now } }, { forwardedAt: { $gte: from, $lte: now } }] },
        { $eq: ['$decidedWithinPromise', true] },
      ),
  },
  23: {
    name: '企业诉求24小时响应率',
    definition: '期间内企业反映（办不成事）的督导案件中，立案后24小时内有民警首次处置（分类立查或不予支持）的比例；未响应且未满24小时的案件不计入',
    target: 1,
    compute: (m, from, now) =>
      count(
        m.SupervisionCase,
        {
          trigger: 'ENTERPRISE_REPORT',
          openedAt: { $gte: from, $lte: now },
          $or: [{ firstResponseAt: { $ne: null } }, { openedAt: { $lte: new Date(now.getTime() - DAY_MS) } }],
        },
        { $and: [{ $ne: [{ $ifNull: ['$firstResponseAt', null] }, null] }, { $lte: [{ $subtract: ['$firstResponseAt', '$openedAt'] }, DAY_MS] }] },
      ),
  },
};

/** Why the other measures have no figure. */
const REASONS: Record<number, string> = {
  1: '事项下沉为组织安排，无逐件可计量的办理结果',
  3: '网办比例未单独记录为措施目标（材料提交渠道见申请详情）',
  5: '拍照补件为办理方式，无达标口径',
  6: '一次性告知以告知书为准，是否“一次”由流程保证（补正只能发一次），不另计比例',
  10: '帮办代办未在本系统记录',
  11: '预约延时服务未在本系统记录',
  12: '上门服务未在本系统记录',
  13: '证照寄递未在本系统记录',
};
const DEFAULT_REASON = '描述性措施：本系统无逐件可计量的记录';

export function unavailableReason(number: number): string | null {
  return MEASURED[number] ? null : (REASONS[number] ?? DEFAULT_REASON);
}

export async function computeIndicator(
  models: ApprovalsModels,
  measure: Pick<ServiceMeasureDoc, 'number' | 'effectiveOn'>,
  now: Date,
): Promise<MeasureIndicatorView | null> {
  const def = MEASURED[measure.number];
  if (!def) return null;
  const { achieved, sample } = await def.compute(models, measure.effectiveOn, now);
  const rate = sample ? achieved / sample : null;
  return {
    measureNumber: measure.number,
    name: def.name,
    definition: def.definition,
    target: def.target,
    achieved,
    sampleSize: sample,
    rate,
    met: rate === null ? null : rate >= def.target,
    periodFrom: measure.effectiveOn,
    periodTo: now,
  };
}

const perRequest = new WeakMap<object, Map<number, Promise<MeasureIndicatorView | null>>>();

/** The measure's figure, computed once per request (READ_POLICY scopes it to the records the caller may see). */
export function indicatorOf(ctx: ApprovalsContext, measure: Pick<ServiceMeasureDoc, 'number' | 'effectiveOn'>): Promise<MeasureIndicatorView | null> {
  let cache = perRequest.get(ctx);
  if (!cache) perRequest.set(ctx, (cache = new Map()));
  let figure = cache.get(measure.number);
  if (!figure) cache.set(measure.number, (figure = computeIndicator(ctx.models, measure, new Date())));
  return figure;
}

/** Every measurable measure's figure. */
export async function measureIndicators(ctx: ApprovalsContext): Promise<MeasureIndicatorView[]> {
  const measures = await ctx.models.ServiceMeasure.find({ number: { $in: Object.keys(MEASURED).map(Number) } })
    .sort({ number: 1 })
    .lean();
  const figures = await Promise.all(measures.map((m) => indicatorOf(ctx, m)));
  return figures.filter((f): f is MeasureIndicatorView => f !== null);
}
