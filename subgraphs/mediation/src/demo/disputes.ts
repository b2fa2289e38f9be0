import { demoEnterpriseId, demoId, demoIdNumber, demoPersonName, demoPhone } from '@pecg/demo';
import { monthKey, type ActorStamp } from '@pecg/common';
import type { DisputeDoc, DisputeKind, DisputeLevel, DisputeStatus, IntakeChannel, PartyDoc } from '../models';
import { PARK_GRIDS, RESIDENTIAL_GRIDS, SCENIC_GRID } from './places';

export const SEED_ACTOR: ActorStamp = { subject: 'demo-seed', role: 'MEDIATOR', name: '演示数据', at: new Date('2023-01-01T00:00:00+08:00') };

interface Plan {
  kind: DisputeKind;
  title: string;
  grid: number;
  channel: IntakeChannel;
  level: DisputeLevel;
  status: DisputeStatus;
  enterprise?: number;
  judicial?: boolean;
}

const CHANNELS: IntakeChannel[] = ['GRID_PATROL', 'ENTERPRISE_REPORT', 'WALK_IN', 'HOTLINE', 'REMOTE_VIDEO_PLATFORM', 'LEGAL_TOUCH_SCREEN'];

/** The demo caseload: 56 enterprise-related disputes found and resolved, plus the community's usual kinds. */
export function demoDisputePlans(): Plan[] {
  const plans: Plan[] = [];
  for (let i = 0; i < 56; i++) {
    plans.push({
      kind: 'ENTERPRISE_RELATED',
      title: ['货款结算纠纷', '厂房租赁纠纷', '邻厂噪声纠纷', '合同履行纠纷'][i % 4],
      grid: PARK_GRIDS[i % 3],
      channel: CHANNELS[i % 3],
      level: i % 3 === 2 ? 'COMMUNITY' : 'GRID',
      status: 'CLOSED',
      enterprise: (i % 42) + 1,
      judicial: i % 5 === 4,
    });
  }
  for (let i = 0; i < 20; i++)
    plans.push({
      kind: 'TOURIST',
      title: ['游客停车纠纷', '景区商户消费纠纷', '游客人身损害纠纷'][i % 3],
      grid: SCENIC_GRID,
      channel: CHANNELS[2 + (i % 3)],
      level: 'GRID',
      status: i < 18 ? 'CLOSED' : 'MEDIATING',
    });
  for (let i = 0; i < 12; i++)
    plans.push({
      kind: 'DEMOLITION_RESETTLEMENT',
      title: ['征地补偿纠纷', '安置房分配纠纷'][i % 2],
      grid: RESIDENTIAL_GRIDS[i % 3],
      channel: i % 2 ? 'WALK_IN' : 'REMOTE_VIDEO_PLATFORM',
      level: 'COMMUNITY',
      status: i < 10 ? 'CLOSED' : 'MEDIATING',
      judicial: i % 3 === 0,
    });
  for (let i = 0; i < 16; i++)
    plans.push({
      kind: 'NEIGHBOUR_FAMILY',
      title: ['邻里漏水纠纷', '赡养纠纷', '宅基地界址纠纷', '婚姻家庭纠纷'][i % 4],
      grid: RESIDENTIAL_GRIDS[i % 3],
      channel: i % 2 ? 'GRID_PATROL' : 'LEGAL_TOUCH_SCREEN',
      level: 'GRID',
      status: i < 14 ? 'CLOSED' : i === 14 ? 'REPORTED' : 'ACCEPTED',
    });
  for (let i = 0; i < 6; i++)
    plans.push({
      kind: 'LABOUR',
      title: '工资支付纠纷',
      grid: PARK_GRIDS[i % 3],
      channel: 'ENTERPRISE_REPORT',
      level: i === 5 ? 'STREET' : 'GRID',
      status: i < 4 ? 'CLOSED' : i === 4 ? 'FOLLOWED_UP' : 'ACCEPTED',
      enterprise: 43 + i,
    });
  return plans;
}

const PATH: DisputeStatus[] = ['REPORTED', 'ACCEPTED', 'MEDIATING', 'AGREEMENT_REACHED', 'JUDICIALLY_CONFIRMED', 'FOLLOWED_UP', 'CLOSED'];

/** One demo dispute document, consistent with its status (sessions, agreement, follow-ups, history). */
export function demoDispute(n: number, plan: Plan): DisputeDoc {
  const reportedAt = new Date(Date.UTC(2023, (n * 5) % 12, 1 + (n % 27), 2 + (n % 8)));
  const day = (d: number) => new Date(reportedAt.getTime() + d * 86_400_000);
  const person = (k: number) => ({ name: demoPersonName(n * 3 + k), phone: demoPhone(n * 3 + k), idNumber: demoIdNumber(n * 3 + k) });
  const parties: PartyDoc[] = [{ ...person(0), role: 'APPLICANT', enterpriseId: null }];
  parties.push({ ...person(1), role: 'RESPONDENT', enterpriseId: plan.enterprise ? demoEnterpriseId(plan.enterprise) : null });
  const path = PATH.filter((s) => s !== 'JUDICIALLY_CONFIRMED' || plan.judicial);
  const reached = path.slice(0, path.indexOf(plan.status) + 1);
  const escalated = plan.level !== 'GRID';
  const after = (s: DisputeStatus) => reached.includes(s);
  return {
    _id: demoId('dispute', n),
    title: `${plan.title}（${n}号）`,
    description: null,
    kind: plan.kind,
    level: plan.level,
    status: plan.status,
    channel: plan.channel,
    resolved: after('AGREEMENT_REACHED'),
    resolvedLevel: after('AGREEMENT_REACHED') ? plan.level : null,
    gridId: demoId('grid', plan.grid),
    communityId: demoId('community', plan.grid <= 4 ? 1 : 2),
    parties,
    enterpriseIds: plan.enterprise ? [demoEnterpriseId(plan.enterprise)] : [],
    reportedAt,
    reportedMonth: monthKey(reportedAt),
    escalations: escalated
      ? [
          { from: 'GRID', to: 'COMMUNITY', reason: '网格调解未果，提交社区', escalated: SEED_ACTOR },
          ...(plan.level === 'STREET' ? [{ from: 'COMMUNITY' as const, to: 'STREET' as const, reason: '涉及多方，提交街道', escalated: SEED_ACTOR }] : []),
        ]
      : [],
    sessions: after('MEDIATING')
      ? [
          {
            mode: plan.channel === 'REMOTE_VIDEO_PLATFORM' ? 'REMOTE_VIDEO' : 'ON_SITE',
            mediatorName: demoPersonName(9100 + (n % 9)),
            at: day(2),
            notes: '听取双方陈述，释法明理',
            recorded: SEED_ACTOR,
          },
        ]
      : [],
    agreement: after('AGREEMENT_REACHED') ? { terms: '双方自愿达成调解协议，按约定履行', signedAt: day(5), recorded: SEED_ACTOR } : null,
    failureReason: null,
    judicialConfirmation: after('JUDICIALLY_CONFIRMED')
      ? { court: '眉山市东坡区人民法院', reference: `(2023)川1402民特${100 + n}号`, confirmedAt: day(12), recorded: SEED_ACTOR }
      : null,
    followUps: after('FOLLOWED_UP') ? [{ at: day(30), notes: '回访：协议已履行，双方满意', recorded: SEED_ACTOR }] : [],
    satisfaction: plan.status === 'CLOSED' ? 4 + (n % 4 === 0 ? 0 : 1) : null,
    history: reached.map((to, i) => ({ from: i ? reached[i - 1] : null, to, changed: { ...SEED_ACTOR, at: day(i) } })),
    version: reached.length,
    created: SEED_ACTOR,
    updated: SEED_ACTOR,
  };
}
