import { pick, randomInt } from '@pecg/demo';
import { monthKey, workingCalendar, type ActorStamp } from '@pecg/common';
import type { Types } from 'mongoose';
import { rectificationDays } from '../domain/life-cycle';
import type { ApplicationStatusValue, ApprovalItemDoc, EvaluationDoc, EvaluationRatingValue } from '../models';

/** Paths an application of the demo history takes, per kind of item (weights: how often each occurs). */
const PERMIT_HERE = {
  APPROVED: 40,
  APPROVED_LATE: 4,
  SUPPLEMENT_APPROVED: 8,
  DEFICIENCY_FULFILLED: 10,
  DEFICIENCY_LAPSED: 3,
  EXTENDED_APPROVED: 3,
  NOT_ACCEPTED: 4,
  DENIED: 4,
  WITHDRAWN: 4,
  UNDER_REVIEW: 3,
  ACCEPTED_PENDING: 2,
  DEFICIENCY_PENDING: 2,
  SUPPLEMENT_REQUESTED: 2,
  SUBMITTED: 2,
  DRAFT: 2,
} as const;
const PERMIT_FORWARDED = {
  FORWARDED_APPROVED: 40,
  FORWARDED_APPROVED_LATE: 3,
  FORWARDED_DENIED: 4,
  FORWARDED: 4,
  NOT_ACCEPTED: 3,
  WITHDRAWN: 3,
  UNDER_REVIEW: 2,
  ACCEPTED_PENDING: 2,
  SUPPLEMENT_REQUESTED: 2,
  SUBMITTED: 2,
  DRAFT: 1,
} as const;
const FILING_HERE = { RECORDED: 40, SUPPLEMENT_RECORDED: 6, SUPPLEMENT_REQUESTED: 2, WITHDRAWN: 2, SUBMITTED: 2, DRAFT: 1 } as const;
const FILING_FORWARDED = { FORWARDED_RECORDED: 40, FORWARDED: 4, SUPPLEMENT_REQUESTED: 2, WITHDRAWN: 2, SUBMITTED: 2, DRAFT: 1 } as const;

export type Outcome = keyof typeof PERMIT_HERE | keyof typeof PERMIT_FORWARDED | keyof typeof FILING_HERE | keyof typeof FILING_FORWARDED;

/** Every path, once: the demo walks each at least once. */
export const ALL_OUTCOMES: Outcome[] = [
  ...new Set([...Object.keys(PERMIT_HERE), ...Object.keys(PERMIT_FORWARDED), ...Object.keys(FILING_HERE), ...Object.keys(FILING_FORWARDED)]),
] as Outcome[];

function table(item: ApprovalItemDoc): Record<string, number> {
  const higher = item.decidingAuthority === 'HIGHER_AUTHORITY';
  if (item.procedureKind === 'FILING') return higher ? FILING_FORWARDED : FILING_HERE;
  if (higher) return PERMIT_FORWARDED;
  // 行政许可法 art. 42's extension applies only to its own default limit
  return item.extensionAllowed ? PERMIT_HERE : { ...PERMIT_HERE, EXTENDED_APPROVED: 0 };
}

/** Whether the path exists for the item (a filing is never denied, a forwarded item never decided here…). */
export function supports(item: ApprovalItemDoc, outcome: Outcome): boolean {
  return (table(item)[outcome] ?? 0) > 0;
}

/** A path drawn by weight among the item's own. */
export function drawOutcome(random: () => number, item: ApprovalItemDoc): Outcome {
  const weighted = Object.entries(table(item)).flatMap(([o, w]) => Array<Outcome>(w).fill(o as Outcome));
  return pick(random, weighted);
}

export const officerStamp = (officer: number, at: Date): ActorStamp => ({ subject: `officer-${officer}`, role: 'POLICE', name: `民警${officer}`, at });
export const enterpriseStamp = (enterprise: number, at: Date): ActorStamp => ({ subject: `enterprise-user-${enterprise}`, role: 'ENTERPRISE', at });
export const systemStamp = (at: Date): ActorStamp => ({ subject: 'system:approvals-deadlines', role: 'ADMIN', name: '系统', at });
/** 09:00–16:59 China Standard Time on the working day `days` after `from`. */
export const during = (random: () => number, from: Date, days: number) =>
  new Date(workingCalendar.addWorkingDays(from, days).getTime() - 15 * 3600_000 + randomInt(random, 0, 479) * 60_000);

/** The applicant's 好差评 of a finished application (three in four are rated). */
export function demoEvaluation(
  random: () => number,
  o: { id: Types.ObjectId; itemId: Types.ObjectId; enterpriseId: Types.ObjectId; enterprise: number; officer: number },
  final: ApplicationStatusValue,
  at: Date,
): Omit<EvaluationDoc, '_id'> | undefined {
  if (!['APPROVED', 'DENIED', 'NOT_ACCEPTED', 'RECORDED'].includes(final) || random() >= 0.75) return undefined;
  const ratedAt = during(random, at, randomInt(random, 0, 3));
  const rating: EvaluationRatingValue =
    final === 'APPROVED' || final === 'RECORDED'
      ? pick(random, ['VERY_SATISFIED', 'VERY_SATISFIED', 'VERY_SATISFIED', 'SATISFIED', 'SATISFIED', 'NEUTRAL', 'DISSATISFIED'] as const)
      : pick(random, ['SATISFIED', 'NEUTRAL', 'DISSATISFIED', 'VERY_DISSATISFIED'] as const);
  const bad = rating === 'DISSATISFIED' || rating === 'VERY_DISSATISFIED';
  const followUp = bad ? pick(random, ['AWAITING_CALL_BACK', 'RECTIFIED', 'RECTIFIED', 'EXPLAINED', 'APPEALED'] as const) : 'NOT_REQUIRED';
  return {
    applicationId: o.id,
    itemId: o.itemId,
    enterpriseId: o.enterpriseId,
    rating,
    comment: bad ? '等待时间较长，告知不够清楚' : rating === 'VERY_SATISFIED' ? '民警服务热情，一次办结' : null,
    ratedAt,
    ratedMonth: monthKey(ratedAt),
    rated: enterpriseStamp(o.enterprise, ratedAt),
    bad,
    followUpStatus: followUp,
    rectificationDueDate: bad ? workingCalendar.addWorkingDays(ratedAt, rectificationDays()) : null,
    callBackNote: bad && followUp !== 'AWAITING_CALL_BACK' ? '已电话回访企业，了解诉求' : null,
    calledBack: bad && followUp !== 'AWAITING_CALL_BACK' ? officerStamp(o.officer, during(random, ratedAt, 1)) : null,
    answer: followUp === 'RECTIFIED' ? '已优化窗口告知流程' : followUp === 'EXPLAINED' ? '企业诉求无法律依据，已解释说明' : null,
    answered: followUp === 'RECTIFIED' || followUp === 'EXPLAINED' ? officerStamp(o.officer, during(random, ratedAt, 5)) : null,
    appealReason: followUp === 'APPEALED' ? '企业误评，已提交证据申诉' : null,
    version: 1,
  };
}
