import { demoId } from '@pecg/demo';
import type { ActorStamp } from '@pecg/common';
import type { DisputeDoc, MediatorRef } from '../models';
import { BAIHUTAN_MEDIATORS, PARK_MEDIATORS, seedStamp } from './people';
import type { DemoTimeline } from './timeline';

/** Where a demo dispute's handling stops (its final state, and how it got there). */
export type Scenario =
  | 'closed'
  | 'oral_closed'
  | 'slow_closed'
  | 'escalated_closed'
  | 'confirmed_closed'
  | 'failed_closed'
  | 'declined'
  | 'reported'
  | 'accepted'
  | 'assigned'
  | 'mediating'
  | 'replaced_mediating'
  | 'escalated_mediating'
  | 'failed'
  | 'agreed'
  | 'applied'
  | 'confirmed'
  | 'performing'
  | 'urged'
  | 'litigation'
  | 'enforcement'
  | 'followed_up';

const stamp = (at: Date): ActorStamp => seedStamp(at);

const COMMITTEE = (grid: number, level: string) =>
  level === 'STREET' || level === 'DISTRICT' ? '东坡区人民调解委员会' : grid <= 4 ? '白虎滩社区人民调解委员会' : '万象创新科技产业园人民调解委员会';

/** Walks a demo dispute through the steps of its scenario (each a step the life-cycle table allows, on its own day). */
export function play(t: DemoTimeline, scenario: Scenario): DisputeDoc {
  const committee = () => COMMITTEE(t.seed.grid, t.doc.level);
  if (scenario === 'reported') return t.doc;
  if (scenario === 'declined')
    return t.step(
      'DECLINE',
      1,
      (at) => ({
        declined: { ground: 'PARTY_REFUSES', reason: '被申请人明确表示不同意调解', declined: stamp(at) },
      }),
      'PARTY_REFUSES: 被申请人明确表示不同意调解',
    ).doc;
  t.accept(0.1);
  if (scenario === 'accepted') return t.doc;
  t.assign(1);
  if (scenario === 'assigned') return t.doc;
  t.session(2);
  if (scenario === 'replaced_mediating') {
    const other = t.seed.grid <= 4 ? BAIHUTAN_MEDIATORS : PARK_MEDIATORS;
    const next: MediatorRef[] = [{ kind: 'VOLUNTEER', id: demoId('volunteer', other[(t.seed.n + 5) % other.length]) }];
    return t.step(
      'REPLACE_MEDIATORS',
      3,
      (at) => ({
        mediators: next,
        mediatorIds: [...t.doc.mediatorIds, next[0].id],
        mediatorChanges: [
          ...t.doc.mediatorChanges,
          {
            from: t.doc.mediators,
            to: next,
            reason: '申请人认为调解员与被申请人相识，申请更换',
            requestedBy: 'APPLICANT',
            changed: stamp(at),
          },
        ],
      }),
      '申请人申请更换调解员',
    ).doc;
  }
  if (scenario === 'mediating') return t.doc;
  if (scenario.startsWith('escalated')) {
    t.escalate(4, '网格调解未果，提交社区').assign(4.5).session(6);
    if (scenario === 'escalated_mediating') return t.doc;
    t.written(9, committee());
    t.step('FOLLOW_UP_FULFILLED', t.followUpDay(), (at) => ({
      performance: 'FULFILLED',
      followUps: [{ at, notes: '回访：协议已履行', performance: 'FULFILLED', newRisks: null, recorded: stamp(at) }],
    }));
    return t.close(t.followUpDay() + 1, 4).doc;
  }
  if (scenario === 'failed' || scenario === 'failed_closed') {
    t.session(5).step(
      'END_WITHOUT_AGREEMENT',
      7,
      (at) => ({
        failureReason: '双方分歧较大，未能达成协议',
        endNotice: { routes: ['LITIGATION', 'ARBITRATION'], notified: stamp(at) },
      }),
      '双方分歧较大，未能达成协议',
    );
    return scenario === 'failed' ? t.doc : t.close(9, 3).doc;
  }
  if (scenario === 'oral_closed') {
    t.oral(2.5);
    t.step('FOLLOW_UP_FULFILLED', t.followUpDay(), (at) => ({
      performance: 'FULFILLED',
      followUps: [{ at, notes: '回访：已即时履行', performance: 'FULFILLED', newRisks: null, recorded: stamp(at) }],
    }));
    return t.close(t.followUpDay() + 1, 5).doc;
  }
  const agreedOn = scenario === 'slow_closed' ? 40 : 8;
  if (scenario === 'slow_closed') {
    if (t.seed.securityMediation) t.session(5);
    else t.session(20).session(35);
  }
  t.written(agreedOn, committee());
  if (scenario === 'agreed') return t.doc;
  const visit = (days: number, performance: 'FULFILLED' | 'PARTLY' | 'NOT_PERFORMED', notes: string) =>
    t.step(performance === 'FULFILLED' ? 'FOLLOW_UP_FULFILLED' : 'FOLLOW_UP_UNFULFILLED', days, (at) => ({
      performance,
      followUps: [
        ...t.doc.followUps,
        {
          at,
          notes,
          performance,
          newRisks: performance === 'FULFILLED' ? null : '被申请人经营困难，存在再次激化风险',
          recorded: stamp(at),
        },
      ],
    }));
  if (['applied', 'confirmed', 'confirmed_closed', 'enforcement'].includes(scenario)) {
    const appliedOn = t.at(agreedOn + 4);
    const day = (d: Date) =>
      new Date(
        Date.UTC(
          new Date(d.getTime() + 8 * 3600_000).getUTCFullYear(),
          new Date(d.getTime() + 8 * 3600_000).getUTCMonth(),
          new Date(d.getTime() + 8 * 3600_000).getUTCDate(),
        ),
      );
    t.step('APPLY_CONFIRMATION', agreedOn + 4, (at) => ({
      judicialConfirmation: {
        appliedOn: day(appliedOn),
        court: '眉山市东坡区人民法院',
        jointApplication: true,
        reference: null,
        outcome: null,
        decidedOn: null,
        recorded: stamp(at),
      },
    }));
    if (scenario === 'applied') return t.doc;
    t.step('CONFIRM', agreedOn + 10, (at) => ({
      judicialConfirmation: {
        ...t.doc.judicialConfirmation!,
        reference: `（${at.getUTCFullYear()}）东坡调确字第${t.seed.n}号`,
        outcome: 'CONFIRMED',
        decidedOn: day(at),
        confirmedAt: day(at),
      },
    }));
    if (scenario === 'confirmed') return t.doc;
    if (scenario === 'enforcement') {
      visit(t.followUpDay(), 'NOT_PERFORMED', '回访：被申请人未按期履行');
      return t.step(
        'GO_TO_COURT',
        t.followUpDay() + 5,
        (at) => ({
          courtAction: {
            kind: 'ENFORCEMENT',
            court: '眉山市东坡区人民法院',
            filedOn: day(at),
            caseNumber: null,
            recorded: stamp(at),
          },
        }),
        'ENFORCEMENT',
      ).doc;
    }
  }
  if (scenario === 'performing' || scenario === 'urged' || scenario === 'litigation') {
    visit(t.followUpDay(), 'PARTLY', '回访：仅支付部分款项');
    if (scenario === 'performing') return t.doc;
    t.step('URGE', t.followUpDay() + 3, (at) => ({ urges: [{ notes: '电话督促被申请人按协议履行', urged: stamp(at) }] }), '电话督促被申请人按协议履行');
    if (scenario === 'urged') return t.doc;
    const filed = t.at(t.followUpDay() + 20);
    return t.step(
      'GO_TO_COURT',
      t.followUpDay() + 20,
      (at) => ({
        courtAction: {
          kind: 'LITIGATION',
          court: '眉山市东坡区人民法院',
          filedOn: new Date(Date.UTC(filed.getUTCFullYear(), filed.getUTCMonth(), filed.getUTCDate())),
          caseNumber: null,
          recorded: stamp(at),
        },
      }),
      'LITIGATION',
    ).doc;
  }
  visit(t.followUpDay(), 'FULFILLED', '回访：协议已履行，双方满意');
  if (scenario === 'followed_up') return t.doc;
  return t.close(t.followUpDay() + 2, 4 + (t.seed.n % 4 === 0 ? 0 : 1)).doc;
}
