import { Types } from 'mongoose';
import { demoId } from '@pecg/demo';
import { monthKey, type ActorStamp } from '@pecg/common';
import type { DisputeDoc, DisputeKind, DisputeStatus, MediationModels } from '../../src/models';
import { followUpDueAt, mediationDueAt } from '../../src/domain/time-rules';

/** Fixed past moments (China Standard Time) for fixtures: never the real clock. */
export const cst = (s: string) => new Date(`${s}+08:00`);
export const REPORTED_AT = cst('2026-02-27T09:00:00');
export const ACCEPTED_AT = cst('2026-02-27T10:00:00');
export const SESSION_AT = cst('2026-03-01T10:00:00');
export const EFFECTIVE_ON = cst('2026-03-02T10:00:00');
export const APPLIED_ON = new Date('2026-03-10T00:00:00Z');
/** A people's mediator of the demo park (demo seed), and another. */
export const MEDIATOR_4 = demoId('volunteer', 4);
export const MEDIATOR_5 = demoId('volunteer', 5);
export const PARK_GRID = demoId('grid', 5);

const stamp = (at: Date): ActorStamp => ({ subject: 'fixture', role: 'MEDIATOR', name: '测试', at });

const WITH_MEDIATORS: DisputeStatus[] = [
  'MEDIATORS_ASSIGNED',
  'MEDIATING',
  'AGREEMENT_REACHED',
  'FAILED',
  'CONFIRMATION_APPLIED',
  'JUDICIALLY_CONFIRMED',
  'PERFORMING',
  'URGED',
  'LITIGATION',
  'FOLLOWED_UP',
  'CLOSED',
];
const WITH_AGREEMENT: DisputeStatus[] = [
  'AGREEMENT_REACHED',
  'CONFIRMATION_APPLIED',
  'JUDICIALLY_CONFIRMED',
  'PERFORMING',
  'URGED',
  'LITIGATION',
  'FOLLOWED_UP',
  'CLOSED',
];

export interface FixtureOptions {
  kind?: DisputeKind;
  acceptedAt?: Date;
  effectiveOn?: Date;
  sessions?: Date[];
  securityMediation?: boolean;
  firstSessionDueAt?: Date | null;
  gridId?: Types.ObjectId;
  communityId?: Types.ObjectId;
  extra?: Partial<DisputeDoc>;
}

/**
 * A dispute written straight into the database in `status`, with what that state implies (mediators,
 * a session, an oral agreement effective EFFECTIVE_ON, an application, a confirmation) — at fixed past
 * dates. Version 1.
 */
export async function disputeIn(models: MediationModels, status: DisputeStatus, options: FixtureOptions = {}): Promise<DisputeDoc> {
  const accepted = status !== 'REPORTED' && status !== 'DECLINED';
  const acceptedAt = options.acceptedAt ?? ACCEPTED_AT;
  const effectiveOn = options.effectiveOn ?? EFFECTIVE_ON;
  const kind = options.kind ?? 'NEIGHBOUR';
  const agreed = WITH_AGREEMENT.includes(status);
  const mediators = WITH_MEDIATORS.includes(status) ? [{ kind: 'VOLUNTEER' as const, id: MEDIATOR_4 }] : [];
  const sessions = options.sessions ?? (WITH_MEDIATORS.includes(status) && status !== 'MEDIATORS_ASSIGNED' ? [SESSION_AT] : []);
  const doc = {
    _id: new Types.ObjectId(),
    title: `测试纠纷（${status}）`,
    description: null,
    kind,
    urgency: 'NORMAL',
    level: 'GRID',
    status,
    channel: 'WALK_IN',
    resolved: agreed,
    resolvedLevel: agreed ? 'GRID' : null,
    gridId: options.gridId ?? PARK_GRID,
    communityId: options.communityId ?? demoId('community', 2),
    parties: [
      { name: '王建华', phone: '13900001111', idNumber: null, role: 'APPLICANT', enterpriseId: null },
      { name: '李志强', phone: '13900002222', idNumber: null, role: 'RESPONDENT', enterpriseId: null },
    ],
    enterpriseIds: [],
    reportedAt: REPORTED_AT,
    reportedMonth: monthKey(REPORTED_AT),
    escalated: false,
    escalations: [],
    acceptedAt: accepted ? acceptedAt : null,
    mediationDueAt: accepted ? mediationDueAt(acceptedAt) : null,
    securityMediation: Boolean(options.securityMediation),
    firstSessionDueAt: options.firstSessionDueAt ?? null,
    mediators,
    mediatorIds: mediators.map((m) => m.id),
    mediatorChanges: [],
    sessions: sessions.map((at) => ({ mode: 'ON_SITE', mediators, mediatorName: null, at, notes: null, recorded: stamp(at) })),
    agreement: agreed
      ? { form: 'ORAL', terms: '双方达成口头协议', signatures: [], seal: null, effectiveOn, signedAt: effectiveOn, recorded: stamp(effectiveOn) }
      : null,
    followUpDueAt: agreed ? followUpDueAt(kind, effectiveOn) : null,
    failureReason: status === 'FAILED' ? '未达成协议' : null,
    judicialConfirmation:
      status === 'CONFIRMATION_APPLIED'
        ? { appliedOn: APPLIED_ON, court: '眉山市东坡区人民法院', jointApplication: true, recorded: stamp(APPLIED_ON) }
        : status === 'JUDICIALLY_CONFIRMED'
          ? {
              appliedOn: APPLIED_ON,
              court: '眉山市东坡区人民法院',
              jointApplication: true,
              reference: '（2026）东坡调确字第1号',
              outcome: 'CONFIRMED',
              decidedOn: APPLIED_ON,
              confirmedAt: APPLIED_ON,
              recorded: stamp(APPLIED_ON),
            }
          : null,
    followUps: [],
    urges: [],
    history: [{ from: null, to: 'REPORTED', action: 'REPORT', reason: null, changed: stamp(REPORTED_AT) }],
    version: 1,
    created: stamp(REPORTED_AT),
    updated: stamp(REPORTED_AT),
    ...options.extra,
  };
  await models.Dispute.collection.insertOne(doc as never);
  return doc as unknown as DisputeDoc;
}
