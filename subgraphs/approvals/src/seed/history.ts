import type { Types } from 'mongoose';
import { demoEnterpriseId, demoOfficerId, demoPersonName, demoPhone, pick, randomInt } from '@pecg/demo';
import { dayKey, monthKey, workingCalendar, type ActorStamp } from '@pecg/common';
import { TIME_LIMITS } from '../domain/life-cycle';
import { dueAfter, officeLimit, promisedDue } from '../domain/clocks';
import type { ApplicationDoc, ApplicationStatusValue, ApprovalItemDoc, EvaluationDoc, SubmittedMaterialDoc, SupervisionCaseDoc } from '../models';
import { decidedElsewhere, fileHere, notAccepted, withdrawn } from './history-elsewhere';
import { demoEvaluation, drawOutcome, during, enterpriseStamp, officerStamp, systemStamp, type Outcome } from './history-outcomes';

export { ALL_OUTCOMES, supports, type Outcome } from './history-outcomes';

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
  /** The 办不成事 case a second in-person visit opened (最多跑一次 broken). */
  visitCase?: Omit<SupervisionCaseDoc, '_id'>;
}

/** What a path builder works with: the application being written, its timeline and the clock of the story. */
export interface HistoryState {
  o: HistoryOptions;
  app: ApplicationDoc;
  record: HistoryRecord;
  random: () => number;
  at: Date;
  essentials: string[];
  optional: string[];
  materials: SubmittedMaterialDoc[];
  material: (code: string, at: Date, channel?: SubmittedMaterialDoc['channel']) => SubmittedMaterialDoc;
  move: (to: ApplicationStatusValue, actor: ActorStamp, reason?: string | null) => void;
  openCase: (trigger: SupervisionCaseDoc['trigger'], at: Date, description: string) => Omit<SupervisionCaseDoc, '_id'>;
  status: () => ApplicationStatusValue;
}

/**
 * One application of a realistic history, built the way the services would have written it (same
 * fields, timeline, due dates in each item's unit, on time against both limits), with its evaluation
 * and supervision cases where the path has them. Filings are recorded on receipt; items decided above
 * the workstation are forwarded and decided there.
 */
export function historyRecord(o: HistoryOptions): HistoryRecord {
  const { item, random } = o;
  const outcome = o.outcome ?? drawOutcome(random, item);
  const created = new Date(o.from + Math.floor(random() * (o.to - o.from)));
  const submittedAt = during(random, created, 1);
  const online = item.onlineSubmissionAllowed && random() < 0.6;
  let status: ApplicationStatusValue = 'DRAFT';
  const timeline: ApplicationDoc['timeline'] = [{ from: null, to: 'DRAFT', actor: enterpriseStamp(o.enterprise, created), at: created, reason: null }];
  const app: ApplicationDoc = {
    _id: o.id,
    itemId: item._id,
    procedureKind: item.procedureKind,
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
    promisedDueDate: null,
    decidedWithinPromise: null,
    specialProcedures: [],
    timeline,
    version: 1,
    createdAt: created,
  };
  const record: HistoryRecord = { application: app };
  const s: HistoryState = {
    o,
    app,
    record,
    random,
    at: submittedAt,
    essentials: item.requiredMaterials.filter((m) => m.essential).map((m) => m.code),
    optional: item.requiredMaterials.filter((m) => !m.essential).map((m) => m.code),
    materials: [],
    material: (code, at, channel = online ? 'ONLINE' : 'IN_PERSON') => ({ code, submittedAt: at, channel }),
    move: (to, actor, reason = null) => {
      timeline.push({ from: status, to, actor, at: actor.at, reason });
      status = to;
    },
    openCase: (trigger, at, description) => {
      const settled = random() < 0.7;
      return {
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
        firstResponse: settled ? officerStamp(o.officer, during(random, at, 1)) : null,
        firstResponseAt: null,
        version: settled ? 3 : 1,
      };
    },
    status: () => status,
  };
  const needsSupplement = outcome.startsWith('SUPPLEMENT');
  const deficient = outcome.startsWith('DEFICIENCY');
  s.materials = [...s.essentials.filter((_, i) => !(needsSupplement && i === s.essentials.length - 1)), ...(deficient ? [] : s.optional)].map((c) =>
    s.material(c, submittedAt),
  );

  if (outcome !== 'DRAFT') {
    s.move('SUBMITTED', enterpriseStamp(o.enterprise, submittedAt));
    const permit = item.procedureKind === 'PERMIT';
    Object.assign(app, {
      submittedAt,
      submittedMonth: monthKey(submittedAt),
      acceptanceDueDate: permit ? workingCalendar.addWorkingDays(submittedAt, TIME_LIMITS.acceptance) : null,
      promisedDueDate: permit ? null : promisedDue(submittedAt, item),
      decisionDueDate: !permit && item.forwarding ? dueAfter(submittedAt, item.forwarding.forwardWithin) : null,
    });
    // a filing is recorded on receipt: at most the one visit that handed it in
    const visits = online ? (random() < 0.8 ? 0 : 1) : permit && random() >= 0.88 ? 2 : 1;
    for (let v = 0; v < visits; v++)
      app.visits.push({
        at: during(random, submittedAt, v * 2),
        purpose: v === 0 ? '窗口提交材料' : '补交材料原件',
        recordedBy: officerStamp(o.officer, submittedAt),
      });
    app.inPersonVisitCount = visits;
    app.multipleVisits = visits > item.maxInPersonVisits;
    if (app.multipleVisits) {
      const second = app.visits[item.maxInPersonVisits].at;
      record.visitCase = s.openCase('MULTIPLE_VISITS', second, `第${visits}次到现场办理，违反“最多跑一次”`);
    }
  }
  if (needsSupplement) {
    s.at =
      item.procedureKind === 'FILING'
        ? new Date(submittedAt.getTime() + randomInt(random, 10, 90) * 60_000)
        : during(random, submittedAt, randomInt(random, 0, 2));
    const missing = s.essentials.slice(-1);
    app.supplementNotice = { missingMaterialCodes: missing, note: '请补正材料后重新提交', issued: officerStamp(o.officer, s.at) };
    app.acceptanceDueDate = null;
    s.move('SUPPLEMENT_REQUESTED', officerStamp(o.officer, s.at), `补正: ${missing.join(', ')}`);
    if (outcome !== 'SUPPLEMENT_REQUESTED') {
      s.at = during(random, s.at, randomInt(random, 1, 4));
      s.materials = [...s.materials, s.material(missing[0], s.at, 'PHOTO_TO_OFFICER')];
    }
  }
  if (item.procedureKind === 'FILING') fileHere(s, outcome);
  else if (item.decidingAuthority === 'HIGHER_AUTHORITY') decidedElsewhere(s, outcome);
  else decidedHere(s, outcome);

  app.materials = s.materials.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  app.status = s.status();
  app.version = timeline.length + app.visits.length;
  for (const c of [record.supervision, record.visitCase]) if (c?.firstResponse) c.firstResponseAt = c.firstResponse.at;
  record.evaluation = demoEvaluation(
    random,
    { id: o.id, itemId: app.itemId, enterpriseId: app.enterpriseId, enterprise: o.enterprise, officer: o.officer },
    app.status,
    s.at,
  );
  return record;
}

/** Acceptance: the decision clock in the item's unit and the promised limit start. */
export function accept(s: HistoryState, deficiency: boolean) {
  const { app, o, random } = s;
  s.at = during(random, s.at, randomInt(random, 0, 2));
  const limit = officeLimit(o.item)!;
  Object.assign(app, { acceptedAt: s.at, decisionDueDate: dueAfter(s.at, limit), promisedDueDate: promisedDue(s.at, o.item), acceptanceDueDate: null });
  if (deficiency) {
    app.acceptedWithDeficiency = true;
    app.commitment = {
      missingMaterialCodes: s.optional,
      deadline: workingCalendar.addWorkingDays(s.at, o.item.promisedTimeLimitDays),
      status: 'PENDING',
      fulfilledAt: null,
    };
    s.move('ACCEPTED_WITH_DEFICIENCY', officerStamp(o.officer, s.at), `容缺: ${s.optional.join(', ')}`);
  } else s.move('ACCEPTED', officerStamp(o.officer, s.at));
}

/** A permit this office decides. */
function decidedHere(s: HistoryState, outcome: Outcome) {
  const { app, o, random } = s;
  const item = o.item;
  const decide = (to: 'APPROVED' | 'DENIED', days: number, reason: string | null = null) => {
    s.at = during(random, app.acceptedAt!, days);
    const paused = app.specialProcedures.reduce((sum, p) => sum + (p.workingDays ?? 0), 0);
    Object.assign(app, {
      decidedAt: s.at,
      workingDaysToDecision: Math.max(0, workingCalendar.workingDaysBetween(app.acceptedAt!, s.at) - paused),
      decidedOnTime: s.at <= app.decisionDueDate!,
      decidedWithinPromise: s.at <= app.promisedDueDate!,
    });
    if (to === 'APPROVED')
      Object.assign(app, {
        certificateNumber: `${item.code}-${dayKey(s.at).replace(/-/g, '')}-${o.id.toHexString().toUpperCase()}`,
        certificateDueDate: workingCalendar.addWorkingDays(s.at, TIME_LIMITS.certificateDelivery),
      });
    else Object.assign(app, { decisionReason: reason, denialLegalBasis: item.legalBasis });
    s.move(to, officerStamp(o.officer, s.at), reason);
  };
  const promised = item.promisedTimeLimitDays;
  switch (outcome) {
    case 'NOT_ACCEPTED':
      notAccepted(s);
      return;
    case 'ACCEPTED_PENDING':
    case 'DEFICIENCY_PENDING':
      accept(s, outcome === 'DEFICIENCY_PENDING');
      return;
    case 'WITHDRAWN':
      withdrawn(s);
      return;
    case 'SUBMITTED':
    case 'SUPPLEMENT_REQUESTED':
    case 'DRAFT':
      return;
    default:
      break;
  }
  accept(s, outcome.startsWith('DEFICIENCY'));
  s.at = during(random, s.at, 1);
  s.move('UNDER_REVIEW', officerStamp(o.officer, s.at));
  if (outcome === 'DEFICIENCY_FULFILLED') {
    const arrived = during(random, app.acceptedAt!, randomInt(random, 1, promised));
    s.materials = [...s.materials, ...s.optional.map((c) => s.material(c, arrived, random() < 0.5 ? 'PHOTO_TO_OFFICER' : 'ONLINE'))];
    app.commitment = { ...app.commitment!, status: 'FULFILLED', fulfilledAt: arrived };
    s.at = arrived;
  }
  if (outcome === 'DEFICIENCY_LAPSED') {
    const lapse = new Date(app.commitment!.deadline.getTime() + 1);
    app.commitment = { ...app.commitment!, status: 'LAPSED' };
    app.decisionReason = '容缺承诺逾期未履行';
    s.move('TERMINATED', systemStamp(lapse), `容缺承诺逾期: ${s.optional.join(', ')}`);
    s.record.supervision = s.openCase('TERMINATED', lapse, '容缺承诺逾期未履行，办理终止');
    s.at = lapse;
    return;
  }
  if (outcome === 'EXTENDED_APPROVED') {
    const start = during(random, app.acceptedAt!, 3);
    const end = during(random, start, 5);
    const days = workingCalendar.workingDaysBetween(start, end);
    app.specialProcedures = [
      {
        kind: pick(random, ['HEARING', 'TESTING', 'EXPERT_REVIEW'] as const),
        reason: '需组织专家评审安全方案',
        startedAt: start,
        endedAt: end,
        workingDays: days,
      },
    ];
    app.extension = { days: TIME_LIMITS.extension, reason: '情况复杂，需现场核查', approvedBy: '分局分管副局长', recorded: officerStamp(o.officer, end) };
    app.decisionDueDate = workingCalendar.addWorkingDays(workingCalendar.addWorkingDays(app.decisionDueDate!, TIME_LIMITS.extension), days);
    app.promisedDueDate = workingCalendar.addWorkingDays(app.promisedDueDate!, days);
    decide('APPROVED', item.statutoryTimeLimitDays + 8);
  } else if (outcome === 'DENIED') {
    decide('DENIED', randomInt(random, 1, Math.max(1, promised)), '现场核查安全条件不符合要求');
    s.record.supervision = s.openCase('DENIED', s.at, '现场核查安全条件不符合要求');
  } else if (outcome === 'APPROVED_LATE') {
    decide('APPROVED', item.statutoryTimeLimitDays + randomInt(random, 2, 6));
    const late = new Date(app.decisionDueDate!.getTime() + 1);
    s.record.supervision = s.openCase('OVERDUE', late, '超过办理时限');
    app.overdueAt = late;
  } else if (outcome !== 'UNDER_REVIEW') {
    decide(
      'APPROVED',
      Math.min(promised, randomInt(random, 1, promised + 2)) +
        (outcome === 'DEFICIENCY_FULFILLED' ? workingCalendar.workingDaysBetween(app.acceptedAt!, s.at) : 0),
    );
  }
}
