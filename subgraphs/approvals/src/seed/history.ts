import type { Types } from 'mongoose';
import { demoEnterpriseId, demoOfficerId, demoPersonName, demoPhone, pick, randomInt } from '@pecg/demo';
import { monthKey, type ActorStamp } from '@pecg/common';
import { TIME_LIMITS, rectificationDays } from '../domain/life-cycle';
import { workingCalendar } from '@pecg/common';
import type {
  ApplicationDoc,
  ApplicationStatusValue,
  ApprovalItemDoc,
  EvaluationDoc,
  EvaluationRatingValue,
  SubmittedMaterialDoc,
  SupervisionCaseDoc,
} from '../models';

/** Paths an application of the demo history takes (weights: how often each occurs). */
export const OUTCOMES = {
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
export type Outcome = keyof typeof OUTCOMES;
const WEIGHTED: Outcome[] = (Object.entries(OUTCOMES) as Array<[Outcome, number]>).flatMap(([o, w]) => Array<Outcome>(w).fill(o));

export interface HistoryOptions {
  id: Types.ObjectId;
  n: number;
  item: ApprovalItemDoc;
  enterprise: number;
  officer: number;
  outcome?: Outcome;
  /** First and last day (ms) submissions fall in. */
  from: number;
  to: number;
  random: () => number;
}

export interface HistoryRecord {
  application: ApplicationDoc;
  evaluation?: Omit<EvaluationDoc, '_id'>;
  supervision?: Omit<SupervisionCaseDoc, '_id'>;
}

const officerStamp = (officer: number, at: Date): ActorStamp => ({ subject: `officer-${officer}`, role: 'POLICE', name: `民警${officer}`, at });
const enterpriseStamp = (enterprise: number, at: Date): ActorStamp => ({ subject: `enterprise-user-${enterprise}`, role: 'ENTERPRISE', at });
const systemStamp = (at: Date): ActorStamp => ({ subject: 'system:approvals-deadlines', role: 'ADMIN', name: '系统', at });
/** 09:00–16:59 China Standard Time on the working day `days` after `from`. */
const during = (random: () => number, from: Date, days: number) =>
  new Date(workingCalendar.addWorkingDays(from, days).getTime() - 15 * 3600_000 + randomInt(random, 0, 479) * 60_000);

/**
 * One application of a realistic history, built the way the services would have written it (same
 * fields, timeline, working-day due dates), with its evaluation and supervision case where the path has one.
 */
export function historyRecord(o: HistoryOptions): HistoryRecord {
  const { item, random } = o;
  const outcome = o.outcome ?? pick(random, WEIGHTED);
  const created = new Date(o.from + Math.floor(random() * (o.to - o.from)));
  const submittedAt = during(random, created, 1);
  const essentials = item.requiredMaterials.filter((m) => m.essential).map((m) => m.code);
  const optional = item.requiredMaterials.filter((m) => !m.essential).map((m) => m.code);
  const online = item.onlineSubmissionAllowed && random() < 0.6;
  const material = (code: string, at: Date, channel: SubmittedMaterialDoc['channel'] = online ? 'ONLINE' : 'IN_PERSON') => ({ code, submittedAt: at, channel });
  const deficient = outcome.startsWith('DEFICIENCY');
  const needsSupplement = outcome.startsWith('SUPPLEMENT');
  let materials = [...essentials.filter((c, i) => !(needsSupplement && i === essentials.length - 1)), ...(deficient ? [] : optional)].map((c) =>
    material(c, submittedAt),
  );
  const timeline: ApplicationDoc['timeline'] = [{ from: null, to: 'DRAFT', actor: enterpriseStamp(o.enterprise, created), at: created, reason: null }];
  let status: ApplicationStatusValue = 'DRAFT';
  const move = (to: ApplicationStatusValue, actor: ActorStamp, reason: string | null = null) => {
    timeline.push({ from: status, to, actor, at: actor.at, reason });
    status = to;
  };
  const app: ApplicationDoc = {
    _id: o.id,
    itemId: item._id,
    enterpriseId: demoEnterpriseId(o.enterprise),
    handlingOfficerId: demoOfficerId(o.officer),
    applicantContact: { name: demoPersonName(o.n * 7 + 3), phone: demoPhone(o.n * 7 + 3) },
    status,
    materials: [],
    visits: [],
    inPersonVisitCount: 0,
    multipleVisits: false,
    deemedAccepted: false,
    acceptedWithDeficiency: false,
    specialProcedures: [],
    timeline,
    version: 1,
    createdAt: created,
  };
  const record: HistoryRecord = { application: app };
  const openCase = (trigger: SupervisionCaseDoc['trigger'], at: Date, description: string) => {
    const settled = random() < 0.7;
    record.supervision = {
      triggerKey: `${o.id.toHexString()}:${trigger}`,
      trigger,
      enterpriseId: app.enterpriseId,
      applicationId: o.id,
      description: `${item.name}: ${description}`,
      classification: settled ? pick(random, ['SIMPLE', 'COMPLEX', 'SPECIAL'] as const) : null,
      status: settled ? pick(random, ['RECTIFIED', 'DISMISSED', 'ARCHIVED'] as const) : 'OPEN',
      dueDate: workingCalendar.addWorkingDays(at, TIME_LIMITS.supervision.COMPLEX),
      escalated: false,
      finding: settled ? '材料审核标准不统一，窗口告知不到位' : null,
      responsibleParty: settled ? '万象警务工作站窗口' : null,
      rectification: settled ? '统一审核标准，开展窗口业务培训' : null,
      feedback: settled ? '已电话向企业反馈核查结果' : null,
      opened: systemStamp(at),
      openedAt: at,
      openedMonth: monthKey(at),
      closed: settled ? officerStamp(o.officer, during(random, at, 3)) : null,
      version: settled ? 3 : 1,
    };
  };

  if (outcome !== 'DRAFT') {
    move('SUBMITTED', enterpriseStamp(o.enterprise, submittedAt));
    Object.assign(app, {
      submittedAt,
      submittedMonth: monthKey(submittedAt),
      acceptanceDueDate: workingCalendar.addWorkingDays(submittedAt, TIME_LIMITS.acceptance),
    });
    const visits = online ? (random() < 0.8 ? 0 : 1) : random() < 0.88 ? 1 : 2;
    for (let v = 0; v < visits; v++)
      app.visits.push({
        at: during(random, submittedAt, v * 2),
        purpose: v === 0 ? '窗口提交材料' : '补交材料原件',
        recordedBy: officerStamp(o.officer, submittedAt),
      });
    app.inPersonVisitCount = visits;
    app.multipleVisits = visits > item.maxInPersonVisits;
  }
  let at = submittedAt;
  if (needsSupplement) {
    at = during(random, submittedAt, randomInt(random, 0, 2));
    const missing = essentials.slice(-1);
    app.supplementNotice = { missingMaterialCodes: missing, note: '请补正材料后重新提交', issued: officerStamp(o.officer, at) };
    app.acceptanceDueDate = null;
    move('SUPPLEMENT_REQUESTED', officerStamp(o.officer, at), `补正: ${missing.join(', ')}`);
    if (outcome === 'SUPPLEMENT_APPROVED') {
      at = during(random, at, randomInt(random, 1, 4));
      materials = [...materials, material(missing[0], at, 'PHOTO_TO_OFFICER')];
    }
  }
  const accept = (deficiency: boolean) => {
    at = during(random, at, randomInt(random, 0, 2));
    Object.assign(app, { acceptedAt: at, decisionDueDate: workingCalendar.addWorkingDays(at, item.statutoryTimeLimitDays), acceptanceDueDate: null });
    if (deficiency) {
      app.acceptedWithDeficiency = true;
      app.commitment = {
        missingMaterialCodes: optional,
        deadline: workingCalendar.addWorkingDays(at, item.promisedTimeLimitDays),
        status: 'PENDING',
        fulfilledAt: null,
      };
      move('ACCEPTED_WITH_DEFICIENCY', officerStamp(o.officer, at), `容缺: ${optional.join(', ')}`);
    } else move('ACCEPTED', officerStamp(o.officer, at));
  };
  const decide = (to: 'APPROVED' | 'DENIED', days: number, reason: string | null = null) => {
    at = during(random, app.acceptedAt!, days);
    const paused = app.specialProcedures.reduce((s, p) => s + (p.workingDays ?? 0), 0);
    Object.assign(app, {
      decidedAt: at,
      workingDaysToDecision: Math.max(0, workingCalendar.workingDaysBetween(app.acceptedAt!, at) - paused),
      decidedOnTime: at <= app.decisionDueDate!,
    });
    if (to === 'APPROVED')
      Object.assign(app, {
        certificateNumber: `${item.code}-${o.id.toHexString().toUpperCase()}`,
        certificateDueDate: workingCalendar.addWorkingDays(at, TIME_LIMITS.certificateDelivery),
      });
    else Object.assign(app, { decisionReason: reason, denialLegalBasis: item.legalBasis });
    move(to, officerStamp(o.officer, at), reason);
  };

  switch (outcome) {
    case 'NOT_ACCEPTED':
      at = during(random, submittedAt, randomInt(random, 0, 3));
      app.decisionReason = '申请事项不属于本机关职权范围';
      app.acceptanceDueDate = null;
      move('NOT_ACCEPTED', officerStamp(o.officer, at), app.decisionReason);
      openCase('NOT_ACCEPTED', at, app.decisionReason);
      break;
    case 'ACCEPTED_PENDING':
    case 'DEFICIENCY_PENDING':
      // accepted (容缺 with the commitment still open), review not started yet
      accept(deficient);
      break;
    case 'WITHDRAWN':
      at = during(random, submittedAt, randomInt(random, 0, 2));
      app.decisionReason = '企业经营计划调整，主动撤回';
      move('WITHDRAWN', enterpriseStamp(o.enterprise, at), app.decisionReason);
      break;
    case 'APPROVED':
    case 'APPROVED_LATE':
    case 'SUPPLEMENT_APPROVED':
    case 'EXTENDED_APPROVED':
    case 'DENIED':
    case 'UNDER_REVIEW':
    case 'DEFICIENCY_FULFILLED':
    case 'DEFICIENCY_LAPSED': {
      accept(deficient);
      at = during(random, at, 1);
      move('UNDER_REVIEW', officerStamp(o.officer, at));
      if (outcome === 'DEFICIENCY_FULFILLED') {
        const arrived = during(random, app.acceptedAt!, randomInt(random, 1, item.promisedTimeLimitDays));
        materials = [...materials, ...optional.map((c) => material(c, arrived, random() < 0.5 ? 'PHOTO_TO_OFFICER' : 'ONLINE'))];
        app.commitment = { ...app.commitment!, status: 'FULFILLED', fulfilledAt: arrived };
        at = arrived;
      }
      if (outcome === 'DEFICIENCY_LAPSED') {
        const lapse = app.commitment!.deadline;
        app.commitment = { ...app.commitment!, status: 'LAPSED' };
        app.decisionReason = '容缺承诺逾期未履行';
        move('TERMINATED', systemStamp(new Date(lapse.getTime() + 1)), `容缺承诺逾期: ${optional.join(', ')}`);
        openCase('TERMINATED', new Date(lapse.getTime() + 1), '容缺承诺逾期未履行，办理终止');
        break;
      }
      if (outcome === 'EXTENDED_APPROVED') {
        const start = during(random, app.acceptedAt!, 3);
        const end = during(random, start, 5);
        app.specialProcedures = [
          {
            kind: pick(random, ['HEARING', 'TESTING', 'EXPERT_REVIEW'] as const),
            reason: '需组织专家评审安全方案',
            startedAt: start,
            endedAt: end,
            workingDays: workingCalendar.workingDaysBetween(start, end),
          },
        ];
        app.extension = { days: TIME_LIMITS.extension, reason: '情况复杂，需现场核查', approvedBy: '分局分管副局长', recorded: officerStamp(o.officer, end) };
        app.decisionDueDate = workingCalendar.addWorkingDays(
          workingCalendar.addWorkingDays(app.decisionDueDate!, TIME_LIMITS.extension),
          app.specialProcedures[0].workingDays!,
        );
        decide('APPROVED', item.statutoryTimeLimitDays + 8);
      } else if (outcome === 'DENIED') {
        decide('DENIED', randomInt(random, 3, 15), '现场核查安全条件不符合要求');
        openCase('DENIED', at, '现场核查安全条件不符合要求');
      } else if (outcome === 'APPROVED_LATE') {
        decide('APPROVED', item.statutoryTimeLimitDays + randomInt(random, 2, 6));
        openCase('OVERDUE', new Date(app.decisionDueDate!.getTime() + 1), '超过办理时限');
        app.overdueAt = new Date(app.decisionDueDate!.getTime() + 1);
      } else if (outcome !== 'UNDER_REVIEW') {
        decide(
          'APPROVED',
          Math.min(item.promisedTimeLimitDays, randomInt(random, 1, item.promisedTimeLimitDays + 2)) +
            (outcome === 'DEFICIENCY_FULFILLED' ? item.promisedTimeLimitDays : 0),
        );
      }
      break;
    }
    default:
      break;
  }
  app.materials = materials.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  app.status = status;
  app.version = timeline.length + app.visits.length;
  const final = status as ApplicationStatusValue;
  if (['APPROVED', 'DENIED', 'NOT_ACCEPTED'].includes(final) && random() < 0.75) {
    const ratedAt = during(random, at, randomInt(random, 0, 3));
    const rating: EvaluationRatingValue =
      final === 'APPROVED'
        ? pick(random, ['VERY_SATISFIED', 'VERY_SATISFIED', 'VERY_SATISFIED', 'SATISFIED', 'SATISFIED', 'NEUTRAL', 'DISSATISFIED'] as const)
        : pick(random, ['SATISFIED', 'NEUTRAL', 'DISSATISFIED', 'VERY_DISSATISFIED'] as const);
    const bad = rating === 'DISSATISFIED' || rating === 'VERY_DISSATISFIED';
    const followUp = bad ? pick(random, ['AWAITING_CALL_BACK', 'RECTIFIED', 'RECTIFIED', 'EXPLAINED', 'APPEALED'] as const) : 'NOT_REQUIRED';
    record.evaluation = {
      applicationId: o.id,
      enterpriseId: app.enterpriseId,
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
  return record;
}
