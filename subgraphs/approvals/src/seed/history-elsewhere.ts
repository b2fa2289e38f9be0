import { randomInt } from '@pecg/demo';
import { dayKey } from '@pecg/common';
import { dueAfter, promisedDue } from '../domain/clocks';
import type { HistoryState } from './history';
import { accept } from './history';
import { during, enterpriseStamp, officerStamp, type Outcome } from './history-outcomes';

/**
 * The demo paths of filings (recorded on receipt of complete materials, here or by the higher
 * authority) and of permits decided above the workstation (forwarded on the workstation's clock,
 * decided on the authority's), written as the services would have.
 */
const minutesAfter = (s: HistoryState, at: Date, from: number, to: number) => new Date(at.getTime() + randomInt(s.random, from, to) * 60_000);

/** The workstation's part ends: the file goes to the higher authority, whose clock starts. */
function forward(s: HistoryState, at: Date) {
  const { app, o } = s;
  const forwarding = o.item.forwarding!;
  const promised = app.promisedDueDate ?? null;
  Object.assign(app, {
    forwardedAt: at,
    forwardedTo: forwarding.to,
    forwardedOnTime: app.decisionDueDate ? at <= app.decisionDueDate : null,
    decidedWithinPromise: promised ? at <= promised : null,
    decisionDueDate: forwarding.authorityLimit ? dueAfter(at, forwarding.authorityLimit) : null,
    acceptanceDueDate: null,
  });
  s.at = at;
  s.move('FORWARDED', officerStamp(o.officer, at), `报送${forwarding.to}`);
}

/** The higher authority's decision, recorded the next working day with its document number. */
function higherDecision(s: HistoryState, to: 'APPROVED' | 'DENIED' | 'RECORDED', decidedAt: Date, reason: string | null = null) {
  const { app, o } = s;
  const forwarding = o.item.forwarding!;
  const documentNumber = `眉公治${to === 'RECORDED' ? '备' : '许'}字〔${dayKey(decidedAt).slice(0, 4)}〕${100 + (o.n % 900)}号`;
  const recordedAt = during(s.random, decidedAt, 1);
  app.higherDecision = { authority: forwarding.decidedBy, documentNumber, decidedAt, recorded: officerStamp(o.officer, recordedAt) };
  Object.assign(app, { decidedAt, decidedOnTime: app.decisionDueDate ? decidedAt <= app.decisionDueDate : null });
  if (to === 'APPROVED') app.certificateNumber = documentNumber;
  if (to === 'RECORDED') app.filingNumber = documentNumber;
  if (to === 'DENIED') Object.assign(app, { decisionReason: reason, denialLegalBasis: o.item.legalBasis });
  s.at = recordedAt;
  s.move(to, officerStamp(o.officer, recordedAt), `${forwarding.decidedBy} ${documentNumber}${reason ? `: ${reason}` : ''}`);
  if (to === 'DENIED') s.record.supervision = s.openCase('DENIED', recordedAt, reason ?? '上级机关不予许可');
}

/** A filing: recorded on receipt of complete materials here, or forwarded and recorded by the higher authority. */
export function fileHere(s: HistoryState, outcome: Outcome) {
  const { app, o, random } = s;
  if (outcome === 'WITHDRAWN') return withdrawn(s);
  if (!['RECORDED', 'SUPPLEMENT_RECORDED', 'FORWARDED', 'FORWARDED_RECORDED'].includes(outcome)) return;
  // the promise runs from receipt of complete materials (the supplement, if one was asked for)
  const complete = s.at.getTime() > (app.submittedAt?.getTime() ?? 0) ? s.at : app.submittedAt!;
  app.promisedDueDate = promisedDue(complete, o.item);
  if (o.item.forwarding) {
    forward(s, outcome === 'FORWARDED' || random() < 0.5 ? minutesAfter(s, complete, 20, 180) : during(random, complete, randomInt(random, 1, 2)));
    if (outcome === 'FORWARDED_RECORDED') higherDecision(s, 'RECORDED', during(random, s.at, randomInt(random, 1, 5)));
    return;
  }
  const at = minutesAfter(s, complete, 5, 90);
  Object.assign(app, {
    decidedAt: at,
    decidedWithinPromise: at <= app.promisedDueDate,
    filingNumber: `${o.item.code}-BA-${dayKey(at).replace(/-/g, '')}-${o.id.toHexString().toUpperCase()}`,
  });
  s.at = at;
  s.move('RECORDED', officerStamp(o.officer, at));
}

/** A permit the higher authority decides: accepted and reviewed here, forwarded, decided there. */
export function decidedElsewhere(s: HistoryState, outcome: Outcome) {
  const { app, o, random } = s;
  const item = o.item;
  if (outcome === 'NOT_ACCEPTED') return notAccepted(s);
  if (outcome === 'WITHDRAWN') return withdrawn(s);
  if (['SUBMITTED', 'SUPPLEMENT_REQUESTED', 'DRAFT'].includes(outcome)) return;
  accept(s, false);
  if (outcome === 'ACCEPTED_PENDING') return;
  s.at = during(random, s.at, 1);
  s.move('UNDER_REVIEW', officerStamp(o.officer, s.at));
  if (outcome === 'UNDER_REVIEW') return;
  // forwarded within the promise mostly, now and then a day or two late
  const days = random() < 0.85 ? randomInt(random, 1, item.promisedTimeLimitDays) : item.promisedTimeLimitDays + randomInt(random, 1, 2);
  forward(s, during(random, app.acceptedAt!, days));
  if (outcome === 'FORWARDED') return;
  const limit = item.forwarding!.authorityLimit!;
  // in working days, well inside the authority's limit (calendar days run faster) — or past it
  const inside = Math.max(1, Math.floor((limit.unit === 'DAYS' ? (limit.value * 5) / 7 : limit.value) * 0.7));
  const decidedAt =
    outcome === 'FORWARDED_APPROVED_LATE' ? during(random, s.at, limit.value + randomInt(random, 2, 5)) : during(random, s.at, randomInt(random, 1, inside));
  higherDecision(s, outcome === 'FORWARDED_DENIED' ? 'DENIED' : 'APPROVED', decidedAt, outcome === 'FORWARDED_DENIED' ? '经审核不符合许可条件' : null);
  if (outcome === 'FORWARDED_APPROVED_LATE') {
    const late = new Date(app.decisionDueDate!.getTime() + 1);
    s.record.supervision = s.openCase('OVERDUE', late, `${item.forwarding!.decidedBy}超过办理时限`);
    app.overdueAt = late;
  }
}

/** Not accepted (不予受理): the automatic supervision case opens. */
export function notAccepted(s: HistoryState) {
  s.at = during(s.random, s.at, randomInt(s.random, 0, 3));
  s.app.decisionReason = '申请事项不属于本机关职权范围';
  s.app.acceptanceDueDate = null;
  s.move('NOT_ACCEPTED', officerStamp(s.o.officer, s.at), s.app.decisionReason);
  s.record.supervision = s.openCase('NOT_ACCEPTED', s.at, s.app.decisionReason);
}

/** Withdrawn by the applicant before a decision. */
export function withdrawn(s: HistoryState) {
  s.at = during(s.random, s.at, randomInt(s.random, 0, 2));
  s.app.decisionReason = '企业经营计划调整，主动撤回';
  s.move('WITHDRAWN', enterpriseStamp(s.o.enterprise, s.at), s.app.decisionReason);
}
