import { demoId, demoIdNumber, demoPersonName, demoPhone, demoEnterpriseId } from '@pecg/demo';
import { monthKey } from '@pecg/common';
import { DISPUTE_ACTIONS, nextLevel, targetOf, type DisputeAction } from '../domain/dispute-lifecycle';
import { followUpDueAt, mediationDueAt, firstSessionDueAt } from '../domain/time-rules';
import type { DisputeDoc, DisputeKind, IntakeChannel, MediatorRef, PartyDoc, Urgency } from '../models';
import { seedStamp } from './people';

const DAY = 86_400_000;

export interface DisputeSeed {
  n: number;
  kind: DisputeKind;
  title: string;
  grid: number;
  channel: IntakeChannel;
  urgency: Urgency;
  reportedAt: Date;
  enterprise?: number;
  /** Volunteer numbers of its mediators, or police officer numbers (demoOfficerId) when `officers`. */
  mediators: MediatorRef[];
  securityMediation?: boolean;
}

/**
 * A demo dispute built by walking the life cycle table (DISPUTE_ACTIONS) day by day: every step is one
 * the table allows from the state reached, and every date (history, sessions, agreement, application,
 * follow-ups, closing) is the day of its step — so the record's dates agree with each other.
 */
export class DemoTimeline {
  readonly doc: DisputeDoc;
  constructor(readonly seed: DisputeSeed) {
    const { n, reportedAt } = seed;
    const person = (k: number) => ({ name: demoPersonName(n * 3 + k), phone: demoPhone(n * 3 + k), idNumber: demoIdNumber(n * 3 + k) });
    const parties: PartyDoc[] = [
      { ...person(0), role: 'APPLICANT', enterpriseId: null },
      { ...person(1), role: 'RESPONDENT', enterpriseId: seed.enterprise ? demoEnterpriseId(seed.enterprise) : null },
    ];
    const stamp = seedStamp(reportedAt);
    this.doc = {
      _id: demoId('dispute', n),
      title: `${seed.title}（${n}号）`,
      description: null,
      kind: seed.kind,
      urgency: seed.urgency,
      level: 'GRID',
      status: 'REPORTED',
      channel: seed.channel,
      resolved: false,
      resolvedLevel: null,
      gridId: demoId('grid', seed.grid),
      communityId: demoId('community', seed.grid <= 4 ? 1 : 2),
      parties,
      enterpriseIds: seed.enterprise ? [demoEnterpriseId(seed.enterprise)] : [],
      reportedAt,
      occurredAt: new Date(reportedAt.getTime() - DAY),
      reportedMonth: monthKey(reportedAt),
      escalated: false,
      escalations: [],
      securityMediation: Boolean(seed.securityMediation),
      mediators: [],
      mediatorIds: [],
      mediatorChanges: [],
      sessions: [],
      followUps: [],
      urges: [],
      history: [{ from: null, to: 'REPORTED', action: 'REPORT', reason: null, changed: stamp }],
      version: 1,
      created: stamp,
      updated: stamp,
    };
  }

  /** The moment `days` (fractions allowed) after the report. */
  at(days: number): Date {
    return new Date(this.seed.reportedAt.getTime() + days * DAY);
  }

  /** Day of the latest step (steps never go back in time). */
  lastDay = 0;

  /** One step on day `days`; throws when the table does not allow it or the day is before the last step (a demo bug, caught by the seed test). */
  step(action: DisputeAction, days: number, change: (at: Date) => Partial<DisputeDoc> = () => ({}), reason: string | null = null): this {
    const from = this.doc.status;
    if (!DISPUTE_ACTIONS[action].from.includes(from)) throw new Error(`demo dispute ${this.seed.n}: ${action} is not allowed from ${from}`);
    if (days < this.lastDay) throw new Error(`demo dispute ${this.seed.n}: ${action} on day ${days} is before the step of day ${this.lastDay}`);
    this.lastDay = days;
    const at = this.at(days);
    const to = targetOf(action, from);
    Object.assign(this.doc, change(at));
    this.doc.history.push({ from, to, action, reason, changed: seedStamp(at) });
    this.doc.status = to;
    this.doc.version += 1;
    this.doc.updated = seedStamp(at);
    return this;
  }

  accept(days: number) {
    return this.step('ACCEPT', days, (at) => ({
      acceptedAt: at,
      mediationDueAt: mediationDueAt(at),
      ...(this.seed.securityMediation ? { firstSessionDueAt: firstSessionDueAt(at) } : {}),
    }));
  }

  assign(days: number, mediators = this.seed.mediators) {
    return this.step('ASSIGN_MEDIATORS', days, (at) => ({
      mediators,
      mediatorIds: [...this.doc.mediatorIds, ...mediators.map((m) => m.id)],
      mediatorChanges: [
        ...this.doc.mediatorChanges,
        { from: this.doc.mediators, to: mediators, reason: '指定调解员', requestedBy: null, changed: seedStamp(at) },
      ],
    }));
  }

  session(days: number, notes = '听取双方陈述，释法明理') {
    if (this.seed.securityMediation && this.doc.sessions.length >= 2) throw new Error(`demo dispute ${this.seed.n}: a 治安调解 has at most two sessions`);
    return this.step('RECORD_SESSION', days, (at) => ({
      sessions: [
        ...this.doc.sessions,
        {
          mode: this.seed.channel === 'REMOTE_VIDEO_PLATFORM' ? 'REMOTE_VIDEO' : 'ON_SITE',
          mediators: this.doc.mediators,
          mediatorName: null,
          at,
          notes,
          recorded: seedStamp(at),
        },
      ],
    }));
  }

  escalate(days: number, reason: string) {
    const to = nextLevel(this.doc.level)!;
    const from = this.doc.level;
    const restart = this.doc.status !== 'REPORTED' && this.doc.status !== 'ACCEPTED';
    return this.step(
      'ESCALATE',
      days,
      (at) => ({
        level: to,
        escalated: true,
        escalations: [...this.doc.escalations, { from, to, reason, escalated: seedStamp(at) }],
        ...(restart ? { mediators: [] } : {}),
      }),
      `${from} → ${to}: ${reason}`,
    );
  }

  written(days: number, committee: string) {
    return this.step('REACH_AGREEMENT', days, (at) => {
      const signed = (h: number) => new Date(at.getTime() + h * 3600_000);
      const effectiveOn = signed(2);
      return {
        agreement: {
          form: 'WRITTEN',
          number: `调协字〔${at.getUTCFullYear()}〕${this.seed.n}号`,
          facts: `${this.seed.title}：双方因${this.seed.title.replace(/纠纷$/, '')}事宜发生争执。`,
          disputedMatters: '赔偿（补偿）数额及支付方式',
          responsibilities: '经调查，双方均有一定责任，被申请人承担主要责任',
          terms: '被申请人一次性向申请人支付款项，双方就本纠纷再无其他争议',
          performanceMethod: '银行转账',
          performanceDeadline: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 15)),
          signatures: [
            { signer: 'PARTY', partyIndex: 0, mediator: null, method: 'SIGNATURE', at: signed(1) },
            { signer: 'PARTY', partyIndex: 1, mediator: null, method: this.seed.enterprise ? 'SEAL' : 'FINGERPRINT', at: signed(1) },
            { signer: 'MEDIATOR', partyIndex: null, mediator: this.doc.mediators[0], method: 'SIGNATURE', at: signed(1.5) },
          ],
          seal: { committee, at: effectiveOn },
          effectiveOn,
          signedAt: effectiveOn,
          recorded: seedStamp(signed(3)),
        },
        resolved: true,
        resolvedLevel: this.doc.level,
        followUpDueAt: followUpDueAt(this.seed.kind, effectiveOn),
      };
    });
  }

  oral(days: number) {
    return this.step('REACH_AGREEMENT', days, (at) => ({
      agreement: {
        form: 'ORAL',
        terms: '双方当场达成口头协议，互相谅解，即时履行完毕',
        signatures: [],
        seal: null,
        effectiveOn: at,
        signedAt: at,
        recorded: seedStamp(at),
      },
      resolved: true,
      resolvedLevel: this.doc.level,
      followUpDueAt: followUpDueAt(this.seed.kind, at),
    }));
  }

  /** Day (from the report) on which the follow-up is due, less `early` days. */
  followUpDay(early = 1): number {
    return Math.max((this.doc.followUpDueAt!.getTime() - this.seed.reportedAt.getTime()) / DAY - early, this.lastDay + 1);
  }

  close(days: number, satisfaction: number) {
    return this.step('CLOSE', days, (at) => {
      const ended = this.doc.agreement?.recorded.at ?? [...this.doc.history].reverse().find((h) => h.to === 'FAILED')?.changed.at ?? at;
      return {
        satisfaction,
        closedAt: at,
        daysToClose: Math.floor((at.getTime() - this.seed.reportedAt.getTime()) / DAY),
        closedWithinLimit: Boolean(this.doc.mediationDueAt && ended <= this.doc.mediationDueAt),
      };
    });
  }
}
