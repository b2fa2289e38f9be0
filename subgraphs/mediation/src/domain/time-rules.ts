import { addCalendarDays, dayKey, endOfDay, nextDay, workingCalendar } from '@pecg/common';
import type { DisputeDoc, DisputeKind, DisputeStatus } from '../models';

/**
 * The time rules of mediation, each from its source:
 * - 人民调解工作若干规定 (司法部令第75号) art. 33: "人民调解委员会调解纠纷，一般在一个月内调结" — one calendar
 *   month from acceptance; the month is counted as 民法典 arts. 201–203 count it (the corresponding day of
 *   the next month, or its last day when it has none, to the end of that day).
 * - 人民调解法 art. 33: the parties may apply for judicial confirmation "自调解协议生效之日起三十日内" — 30
 *   calendar days, starting the day after the agreement took effect (民法典 art. 201), so the window ends
 *   on the 30th day after the effective day.
 * - 公安机关治安调解工作规范 (公通字〔2007〕81号) art. 9: "治安调解一般为一次，必要时可以增加一次"; the mediation
 *   is done within 3 working days of accepting the case, a second one within 7 working days of the
 *   first — working days on the project's official calendar (workingCalendar in @pecg/common).
 * - Follow-up visits (人民调解法 art. 31 ¶2, the committee supervises performance): due FOLLOW_UP_DAYS of the
 *   kind (calendar days) after the agreement took effect.
 */
export const MEDIATION_LIMIT_MONTHS = 1;
export const CONFIRMATION_WINDOW_DAYS = 30;
export const SECURITY_FIRST_SESSION_WORKING_DAYS = 3;
export const SECURITY_SECOND_SESSION_WORKING_DAYS = 7;
export const SECURITY_MAX_SESSIONS = 2;

/** Days after the agreement took effect by which the first follow-up visit is due, per kind. */
export const FOLLOW_UP_DAYS: Readonly<Record<DisputeKind, number>> = {
  ENTERPRISE_RELATED: 30,
  CONTRACT: 30,
  TOURIST: 7,
  DEMOLITION_RESETTLEMENT: 30,
  NEIGHBOUR: 15,
  FAMILY: 15,
  LABOUR: 15,
  NEIGHBOUR_FAMILY: 15,
  OTHER: 30,
};

/** States in which the dispute is still being mediated (the 1-month limit runs). */
export const IN_MEDIATION: readonly DisputeStatus[] = ['ACCEPTED', 'MEDIATORS_ASSIGNED', 'MEDIATING'];
/** States with an agreement in force, awaiting a follow-up visit. */
export const AWAITING_FOLLOW_UP: readonly DisputeStatus[] = ['AGREEMENT_REACHED', 'CONFIRMATION_APPLIED', 'JUDICIALLY_CONFIRMED'];

/** The calendar day (YYYY-MM-DD) of a `Date` scalar value (midnight UTC of that day). */
export const dateKey = (date: Date): string => date.toISOString().slice(0, 10);

/** The CST day `days` calendar days after a CST day. */
export function addDaysKey(key: string, days: number): string {
  let day = key;
  for (let i = 0; i < days; i += 1) day = nextDay(day);
  return day;
}

/** End (23:59:59.999 CST) of the day one calendar month after the day of `from` (民法典 arts. 201–203). */
export function addMonthsEnd(from: Date, months: number): Date {
  const [y, m, d] = dayKey(from).split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return endOfDay(`${dateKey(target).slice(0, 8)}${String(Math.min(d, lastDay)).padStart(2, '0')}`);
}

/** End of the 1-month mediation limit from acceptance. */
export const mediationDueAt = (acceptedAt: Date): Date => addMonthsEnd(acceptedAt, MEDIATION_LIMIT_MONTHS);

/** Last day (CST) on which judicial confirmation may be applied for. */
export const confirmationWindowEndsOn = (effectiveOn: Date): string => addDaysKey(dayKey(effectiveOn), CONFIRMATION_WINDOW_DAYS);

/** When the first follow-up visit is due. */
export const followUpDueAt = (kind: DisputeKind, effectiveOn: Date): Date => addCalendarDays(effectiveOn, FOLLOW_UP_DAYS[kind]);

/** 治安调解: end of the last working day for the first session (throws PRECONDITION_FAILED past the loaded calendar). */
export const firstSessionDueAt = (acceptedAt: Date): Date => workingCalendar.addWorkingDays(acceptedAt, SECURITY_FIRST_SESSION_WORKING_DAYS);
/** 治安调解: end of the last working day for the one further session. */
export const secondSessionDueAt = (firstSession: Date): Date => workingCalendar.addWorkingDays(firstSession, SECURITY_SECOND_SESSION_WORKING_DAYS);

export interface TimeRules {
  mediationDueAt: Date | null;
  mediationOverdue: boolean;
  firstSessionDueOn: string | null;
  secondSessionDueOn: string | null;
  securitySessionsLate: boolean;
  confirmationWindowEndsOn: string | null;
  confirmationWindowOpen: boolean;
  followUpDueAt: Date | null;
  followUpOverdue: boolean;
}

/** A dispute's time rules at `now`. */
export function timeRulesOf(d: DisputeDoc, now: Date): TimeRules {
  const sessions = [...(d.sessions ?? [])].sort((a, b) => a.at.getTime() - b.at.getTime());
  let firstDue: Date | null = null;
  let secondDue: Date | null = null;
  let late = false;
  if (d.securityMediation && d.acceptedAt) {
    firstDue = firstSessionDueAt(d.acceptedAt);
    const [first, second] = sessions;
    if (first ? first.at > firstDue : IN_MEDIATION.includes(d.status) && now > firstDue) late = true;
    if (first) {
      secondDue = secondSessionDueAt(first.at);
      if (second && second.at > secondDue) late = true;
    }
  }
  const effective = d.agreement?.effectiveOn ?? null;
  const windowEnd = effective ? confirmationWindowEndsOn(effective) : null;
  const dueFollowUp = d.followUpDueAt ?? null;
  return {
    mediationDueAt: d.mediationDueAt ?? null,
    mediationOverdue: Boolean(d.mediationDueAt && IN_MEDIATION.includes(d.status) && now > d.mediationDueAt),
    firstSessionDueOn: firstDue ? dayKey(firstDue) : null,
    secondSessionDueOn: secondDue ? dayKey(secondDue) : null,
    securitySessionsLate: late,
    confirmationWindowEndsOn: windowEnd,
    confirmationWindowOpen: Boolean(windowEnd && d.status === 'AGREEMENT_REACHED' && dayKey(now) <= windowEnd),
    followUpDueAt: dueFollowUp,
    followUpOverdue: Boolean(dueFollowUp && AWAITING_FOLLOW_UP.includes(d.status) && !(d.followUps ?? []).length && now > dueFollowUp),
  };
}
